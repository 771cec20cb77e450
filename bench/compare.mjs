// @ts-check
/**
 * `npm run bench:compare -- <git ref> [--rounds=N]`
 *
 * This machine's speed moves by half between days and within an hour, so two
 * benchmark runs made apart cannot say whether a change made the story start
 * faster. This script measures the working tree and an earlier commit side by
 * side in one run: it builds both, serves both, and takes turns (A then B, then
 * B then A) so a slow spell hits both alike. Each round measures, on `/`:
 * - the page's start at the Pixel 7 size with the CPU slowed 4x: the longest
 *   long task from the project's own code and the own code's total, until the
 *   network has been quiet for 1.5 s (the reader has not scrolled: the map is not loaded);
 * - one Lighthouse run (mobile defaults): score, TBT, and the benchmark index;
 * - the still map (bench/still.mjs): main-thread share of a core and map renders over
 *   5 s once a pulsing step has landed, in reading, presentation and embed.
 * Writes bench/compare.json and bench/COMPARE.md with each side's medians and
 * the ratios. The committed budgets are checked by `npm run bench -- --check`.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkoutBeside, run } from './checkout.mjs';
import { serve } from './server.mjs';
import { inspectBuild, knownScripts } from './buildfiles.mjs';
import { lighthouseMedians } from './lighthouse.mjs';
import { installProbe } from './probe.mjs';
import { launch, phonePage } from './reader.mjs';
import { attributeLongTasks } from './attribute.mjs';
import { median, round } from './stats.mjs';
import { pulsingStep, stillMap } from './still.mjs';

const args = process.argv.slice(2);
const ref = args.find((a) => !a.startsWith('--'));
const rounds = Math.max(1, Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 5) || 5);
const root = fileURLToPath(new URL('..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const chromePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** @param {string} msg */
const log = (msg) => console.log(msg);

/**
 * Build a tree and copy its build/ aside, so later builds cannot change what is served.
 * @param {string} dir
 */
async function buildCopy(dir) {
	run('npx', ['vite', 'build'], dir);
	const copy = await mkdtemp(join(tmpdir(), 'bench-compare-'));
	await cp(join(dir, 'build'), copy, { recursive: true });
	return copy;
}

/**
 * The other commit, checked out beside this one and built with this tree's packages.
 * @param {string} commit
 */
async function buildRef(commit) {
	const { tree, remove } = await checkoutBeside(root, commit, 'bench-ref-');
	try {
		return await buildCopy(tree);
	} finally {
		remove();
	}
}

/**
 * One load of the story's first page at a phone's size with the CPU slowed 4x.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {ReturnType<typeof knownScripts>} known
 */
async function pageStart(browser, url, known) {
	const { context, page } = await phonePage(browser, 4);
	try {
		await page.addInitScript(installProbe);
		await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
		await page.waitForTimeout(1500);
		/** @type {any} */
		const probe = await page.evaluate(() => /** @type {any} */ (window).__bench);
		const tasks = attributeLongTasks(probe.longTasks, probe.frames, known, 1);
		return { ownLongestMs: tasks.byOwner.own.longestMs, ownTotalMs: tasks.byOwner.own.totalMs, longestMs: tasks.longestMs, top: tasks.topOwn[0] ?? null };
	} finally {
		await context.close();
	}
}

/** @param {number | null} a @param {number | null} b */
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : round(a / b, 2));

async function main() {
	if (!ref) throw new Error('usage: npm run bench:compare -- <git ref> [--rounds=N]');
	const commit = run('git', ['rev-parse', '--short', ref], root);
	const head = run('git', ['rev-parse', '--short', 'HEAD'], root);
	const dirty = run('git', ['status', '--porcelain', '--untracked-files=no'], root) !== '';
	const names = { now: `working tree (${head}${dirty ? ' + changes' : ''})`, then: `${ref} (${commit})` };
	log(`Building ${names.now} and ${names.then}…`);
	const dirs = { now: await buildCopy(root), then: await buildRef(commit) };
	const servers = { now: await serve(dirs.now), then: await serve(dirs.then) };
	const known = {
		now: knownScripts(await inspectBuild(dirs.now, root), servers.now.url),
		then: knownScripts(await inspectBuild(dirs.then, root), servers.then.url)
	};
	const browser = await launch(chromePath);
	/** @type {Record<'now' | 'then', any[]>} */
	const samples = { now: [], then: [] };
	try {
		const steps = { now: await pulsingStep(browser, servers.now.url), then: await pulsingStep(browser, servers.then.url) };
		for (let r = 0; r < rounds; r++) {
			const order = /** @type {const} */ (r % 2 ? ['then', 'now'] : ['now', 'then']);
			for (const side of order) {
				const start = await pageStart(browser, `${servers[side].url}/`, known[side]);
				const lh = await lighthouseMedians(`${servers[side].url}/`, { runs: 1, chromePath, known: known[side], log: () => {} });
				const st = await stillMap({ browser, origin: servers[side].url, runs: 1, log: () => {}, step: steps[side] });
				const still = Object.fromEntries(
					['reading', 'presentation', 'embed'].flatMap((m) => {
						const M = m[0].toUpperCase() + m.slice(1);
						return [[`still${M}CpuPct`, st[m]?.cpuPct ?? null], [`still${M}Renders`, st[m]?.renders ?? null]];
					})
				);
				/** @type {Record<string, any>} */
				const sample = { ...start, score: lh.score, tbtMs: lh.tbtMs, benchmarkIndex: lh.benchmarkIndex, ...still };
				samples[side].push(sample);
				log(
					`  round ${r + 1} ${side === 'now' ? 'now ' : 'then'}: own longest ${sample.ownLongestMs} ms, own total ${sample.ownTotalMs} ms; Lighthouse ${sample.score}, TBT ${sample.tbtMs} ms, index ${sample.benchmarkIndex}; still map % of a core / renders: reading ${sample.stillReadingCpuPct} / ${sample.stillReadingRenders}, presentation ${sample.stillPresentationCpuPct} / ${sample.stillPresentationRenders}, embed ${sample.stillEmbedCpuPct} / ${sample.stillEmbedRenders}`
				);
			}
		}
	} finally {
		await browser.close();
		await Promise.all([servers.now.close(), servers.then.close()]);
		await Promise.all([rm(dirs.now, { recursive: true, force: true }), rm(dirs.then, { recursive: true, force: true })]);
	}

	const keys = /** @type {const} */ ([
		'ownLongestMs',
		'ownTotalMs',
		'longestMs',
		'score',
		'tbtMs',
		'benchmarkIndex',
		'stillReadingCpuPct',
		'stillReadingRenders',
		'stillPresentationCpuPct',
		'stillPresentationRenders',
		'stillEmbedCpuPct',
		'stillEmbedRenders'
	]);
	/** @param {'now' | 'then'} side */
	const medians = (side) => Object.fromEntries(keys.map((k) => [k, round(median(samples[side].map((s) => s[k])), 1)]));
	const result = {
		timestamp: new Date().toISOString(),
		cores: cpus().length,
		rounds,
		sides: names,
		medians: { now: medians('now'), then: medians('then') },
		samples
	};
	await writeFile(join(here, 'compare.json'), JSON.stringify(result, null, '\t') + '\n');
	const label = {
		ownLongestMs: 'Longest own long task while the page starts, 4x CPU (ms)',
		ownTotalMs: 'Own long tasks in all while the page starts, 4x CPU (ms)',
		longestMs: 'Longest long task of any kind while the page starts (ms)',
		score: 'Lighthouse performance',
		tbtMs: 'Lighthouse total blocking time (ms)',
		benchmarkIndex: 'Lighthouse benchmark index (the machine’s speed)',
		stillReadingCpuPct: 'Still map, reading: main thread, % of a core over 5 s',
		stillReadingRenders: 'Still map, reading: map renders in 5 s',
		stillPresentationCpuPct: 'Still map, presentation: main thread, % of a core over 5 s',
		stillPresentationRenders: 'Still map, presentation: map renders in 5 s',
		stillEmbedCpuPct: 'Still map, embed: main thread, % of a core over 5 s',
		stillEmbedRenders: 'Still map, embed: map renders in 5 s'
	};
	const rows = keys.map((k) => `| ${label[k]} | ${result.medians.then[k] ?? '–'} | ${result.medians.now[k] ?? '–'} | ${ratio(result.medians.now[k], result.medians.then[k]) ?? '–'} |`);
	const md = [
		'# Side-by-side comparison',
		'',
		`Run ${result.timestamp}: ${rounds} rounds, each side measured in turn (\`npm run bench:compare -- ${ref}\`). Medians of the rounds; story page \`/\`, Pixel 7.`,
		'',
		`| figure | then: ${names.then} | now: ${names.now} | now/then |`,
		'|---|---:|---:|---:|',
		...rows,
		''
	].join('\n');
	await writeFile(join(here, 'COMPARE.md'), md);
	log('\n' + md);
	log('Wrote bench/compare.json and bench/COMPARE.md.');
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exitCode = 1;
});
