// @ts-check
/**
 * `npm run bench:first-screen [-- --runs=N]`
 *
 * The first screen of the story page in each language, measured as the full
 * benchmark measures it (bench/reader.mjs `firstScreenAt`: a Pixel 7 at 4x CPU
 * loads the page, waits for it to start and the network to settle, without
 * scrolling), against the budget in bench/budgets.mjs. A quick check for work
 * on the page's bytes; it reads the current build/ and writes nothing.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { inspectBuild, mapPathsOf } from './buildfiles.mjs';
import { launch, firstScreenAt } from './reader.mjs';
import { budgets } from './budgets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1) || 1);
const chromePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(join(root, 'build', 'index.html'))) throw new Error('build/index.html is missing: run npm run build first');

const copy = await mkdtemp(join(tmpdir(), 'bench-first-screen-'));
await cp(join(root, 'build'), copy, { recursive: true });
const site = await inspectBuild(copy, root);
const server = await serve(copy);
const mapPaths = mapPathsOf(site);
const browser = await launch(chromePath);
try {
	for (const lang of ['en', 'ru', 'uk']) {
		const totals = [];
		let last;
		for (let i = 0; i < runs; i++) {
			last = await firstScreenAt({ browser, url: `${server.url}/${lang === 'en' ? '' : lang}`, server, mapPaths });
			totals.push(last.total);
		}
		const budget = budgets.find((b) => b.id === (lang === 'en' ? 'first-screen-bytes' : `first-screen-bytes-${lang}`))?.max;
		const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
		const median = [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)] ?? 0;
		console.log(`${lang}: ${kb(median)} KB in ${last?.count} requests${budget ? ` (budget ${kb(budget)} KB: ${median <= budget ? 'within' : 'over'})` : ''}`);
		for (const r of last?.requests ?? []) console.log(`  ${kb(r.bytes).padStart(6)} KB  ${r.path}`);
	}
} finally {
	await browser.close();
	await server.close();
	await rm(copy, { recursive: true, force: true });
}
