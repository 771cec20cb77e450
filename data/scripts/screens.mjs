/**
 * Screenshots of what a reader sees, for looking at before a change lands:
 * every step in reading mode at each size, presentation mode, and an embed in a
 * white host page. `npm run screens -- [--sizes 390x844,1440x900] [--out DIR]
 * [--steps id,id] [--present] [--embed] [--lang ru] [--no-build]`. Writes PNGs into DIR
 * (default screens/, ignored by git) named size-index-step.png.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] && !process.argv[i + 1].startsWith('--') ? process.argv[i + 1] : fallback;
};
const has = (name) => process.argv.includes(`--${name}`);
const sizes = arg('sizes', '390x844,1440x900')
	.split(',')
	.map((s) => s.split('x').map(Number));
const out = resolve(ROOT, arg('out', 'screens'));
/** The language's pages (`/ru/…`); English without. */
const langRoot = arg('lang', 'en') === 'en' ? '' : `/${arg('lang', 'en')}`;
const only = arg('steps', '')?.split(',').filter(Boolean) ?? [];

function run(cmd, args) {
	return new Promise((resolve, reject) => {
		const p = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
		p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`))));
	});
}

if (!has('no-build')) await run('npx', ['vite', 'build']);
const site = await mkdtemp(join(tmpdir(), 'screens-site-'));
await cp(join(ROOT, 'build'), site, { recursive: true });
const server = await serveStatic(site);
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars']
});

/** Waits until the live map has landed on the step and drawn it. */
async function settle(page) {
	await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
	await page.waitForFunction(() => {
		const el = document.querySelector('[data-map]');
		return el?.dataset.moving === 'false' && el.__map?.loaded();
	}, null, { timeout: 30_000 });
	await page.waitForTimeout(600);
}

try {
	const base = server.url;
	const { story } = await import(join(ROOT, 'data/story.ts')).catch(() => ({ story: null }));
	for (const [width, height] of sizes) {
		const mobile = width < 768;
		const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: mobile, hasTouch: mobile, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto(langRoot ? `${base}${langRoot}` : `${base}/`);
		const ids = await page.$$eval('.steps > li.step', (els) => els.map((e) => e.id));
		await page.screenshot({ path: join(out, `${width}x${height}-00-opening.png`) });
		for (const [i, id] of ids.entries()) {
			if (only.length && !only.includes(id)) continue;
			await page.evaluate((stepId) => {
				const el = document.getElementById(stepId);
				const y = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3;
				window.scrollTo({ top: y, behavior: 'instant' });
			}, id);
			await page.waitForFunction((stepId) => document.querySelector('.scrolly')?.dataset.activeStep === stepId, id, { timeout: 10_000 }).catch(() => {});
			await settle(page);
			await page.screenshot({ path: join(out, `${width}x${height}-${String(i + 1).padStart(2, '0')}-${id}.png`) });
		}
		await context.close();
	}
	if (has('present')) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto(`${base}${langRoot}/present`);
		const n = await page.evaluate(() => document.querySelectorAll('[data-slide-step], .steps > li').length);
		for (let i = 0; i < 40; i++) {
			await settle(page);
			const id = await page.evaluate(() => location.hash.slice(1).split('/')[0] || 'start');
			await page.screenshot({ path: join(out, `present-${String(i + 1).padStart(2, '0')}-${id}.png`) });
			const before = await page.evaluate(() => location.hash);
			await page.keyboard.press('PageDown');
			await page.waitForTimeout(300);
			if ((await page.evaluate(() => location.hash)) === before) break;
		}
		void n;
		await context.close();
	}
	if (has('embed')) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.setContent(`<!doctype html><html><body style="background:#fff;font-family:Georgia,serif;max-width:700px;margin:2rem auto"><h1>A host article</h1><p>Article text above the embed.</p><iframe src="${base}${langRoot}/embed?from=airlift&to=force-size" style="width:100%;height:760px;border:0" title="Embedded story"></iframe><p>Article text below.</p></body></html>`);
		await page.waitForTimeout(8000);
		await page.screenshot({ path: join(out, 'embed-host.png'), fullPage: true });
		await context.close();
	}
	void story;
} finally {
	await browser.close();
	server.close?.();
}
console.log(`Screens in ${out}`);
