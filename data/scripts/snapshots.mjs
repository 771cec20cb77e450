/**
 * Photographs every step's map, at its end state, in the two snapshot sizes,
 * into static/snapshots/, with a manifest of the key each picture was made
 * from (src/lib/snapshots/key.ts). Run with `npm run snapshots`: it builds the
 * site, serves it, and drives Chromium through the /snapshot route of each
 * language (`-- --langs ru,uk` for some; all by default; `-- --steps a,b` for
 * some steps, keeping the other pictures). English pictures go
 * in static/snapshots/, the others' in static/snapshots/<lang>/, since their
 * map labels and key are in their words.
 *
 * The pictures are used as the map's poster until the live map is ready, as
 * the map itself without WebGL, on paper, for readers without JavaScript and
 * as link previews.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = join(ROOT, 'static/snapshots');
const SIZES = { wide: { width: 1200, height: 630 }, phone: { width: 640, height: 560 } };
const QUALITY = 72;
const WEBP_QUALITY = 0.62;
/**
 * AVIF at this quality and the encoder's slowest effort looks like the WebP to
 * the eye (flat fills, haloed labels) at about 60 % of its bytes; 45 at
 * effort 6 took 16.5 KB for the phone's first picture, this 14.1 KB.
 */
const AVIF_QUALITY = 40;
const AVIF_EFFORT = 9;
const LANGS = ['en', 'ru', 'uk'];
const langsArg = process.argv.find((a) => a.startsWith('--langs='))?.split('=')[1] ?? process.argv[process.argv.indexOf('--langs') + 1];
const langs = process.argv.some((a) => a.startsWith('--langs')) ? langsArg.split(',').filter((l) => LANGS.includes(l)) : LANGS;
if (!langs.length) throw new Error(`--langs: give some of ${LANGS.join(', ')}`);
/** `--steps a,b`: photograph only these steps, keeping every other picture as it is. */
const stepsArg = process.argv.find((a) => a.startsWith('--steps='))?.split('=')[1] ?? (process.argv.includes('--steps') ? process.argv[process.argv.indexOf('--steps') + 1] : undefined);
const only = stepsArg ? new Set(stepsArg.split(',').filter(Boolean)) : null;

/** A PNG screenshot as WebP, encoded by Chromium's canvas. */
async function toWebp(page, png) {
	const b64 = await page.evaluate(
		async ({ data, quality }) => {
			const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			canvas.getContext('2d').drawImage(bitmap, 0, 0);
			const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
			const bytes = new Uint8Array(await blob.arrayBuffer());
			let s = '';
			for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return btoa(s);
		},
		{ data: png.toString('base64'), quality: WEBP_QUALITY }
	);
	return Buffer.from(b64, 'base64');
}

function run(cmd, args, opts = {}) {
	return new Promise((resolve, reject) => {
		const p = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
		p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
	});
}

if (!process.argv.includes('--no-build')) await run('npx', ['vite', 'build']);
// Photograph a copy, so another build in the same folder cannot pull the site away mid-run.
const site = await mkdtemp(join(tmpdir(), 'snapshots-site-'));
await cp(join(ROOT, 'build'), site, { recursive: true });
const server = await serveStatic(site);
try {
	const base = server.url;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--hide-scrollbars']
	});
	await mkdir(OUT, { recursive: true });
	// Chromium encodes the WebP copies: no image tool to install.
	const encoder = await browser.newPage();
	// The languages not photographed this time keep their pictures.
	const old = await readFile(join(OUT, 'manifest.json'), 'utf8').then(JSON.parse, () => ({}));
	const manifest = { builtBy: 'data/scripts/snapshots.mjs', sizes: SIZES, steps: langs.includes('en') && !only ? {} : (old.steps ?? {}), langs: {} };
	for (const l of LANGS.filter((l) => l !== 'en')) manifest.langs[l] = langs.includes(l) && !only ? {} : (old.langs?.[l] ?? {});
	for (const lang of langs) {
	const root = lang === 'en' ? '' : `/${lang}`;
	const dir = lang === 'en' ? OUT : join(OUT, lang);
	const rel = lang === 'en' ? 'snapshots' : `snapshots/${lang}`;
	await mkdir(dir, { recursive: true });
	for (const [size, viewport] of Object.entries(SIZES)) {
		const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
		const page = await context.newPage();
		page.on('pageerror', (e) => console.error('page error:', e.message));
		await page.goto(`${base}${root}/snapshot`);
		await page.waitForFunction(() => Array.isArray(window.__snapshotSteps));
		const steps = await page.evaluate(() => window.__snapshotSteps);
		for (const { id, key } of steps) {
			if (only && !only.has(id)) continue;
			await page.goto(`${base}${root}/snapshot#${id}`);
			await page.reload();
			await page.waitForSelector(`[data-map-state="ready"][data-step="${id}"]`, { timeout: 60_000 });
			// Let MapLibre finish placing labels and loading glyphs before the picture.
			await page.evaluate(
				() =>
					new Promise((resolve) => {
						const map = document.querySelector('[data-map]').__map;
						const done = () => setTimeout(resolve, 300);
						if (map.loaded() && !map.isMoving()) map.once('idle', done), map.triggerRepaint();
						else map.once('idle', done);
					})
			);
			// JPEG for paper, link previews and old browsers; WebP, about a third smaller, and AVIF,
			// smaller again, for the poster a phone loads first (PosterSources offers them before the JPEG).
			const file = `${id}-${size}.jpg`;
			await page.screenshot({ path: join(dir, file), type: 'jpeg', quality: QUALITY });
			const png = await page.screenshot({ type: 'png' });
			const webp = `${id}-${size}.webp`;
			await writeFile(join(dir, webp), await toWebp(encoder, png));
			const avif = `${id}-${size}.avif`;
			await sharp(png).avif({ quality: AVIF_QUALITY, effort: AVIF_EFFORT }).toFile(join(dir, avif));
			if (lang === 'en') {
				manifest.steps[id] = { ...(manifest.steps[id] ?? { files: {}, webp: {}, avif: {} }), key };
				manifest.steps[id].files[size] = `${rel}/${file}`;
				manifest.steps[id].webp[size] = `${rel}/${webp}`;
				manifest.steps[id].avif[size] = `${rel}/${avif}`;
			} else manifest.langs[lang][id] = key; // at snapshots/<lang>/<id>-<size>.<ext> (src/lib/snapshots/pictures.ts)
			console.log(`${lang} ${size.padEnd(5)} ${id}`);
		}
		await context.close();
	}
	}
	await browser.close();
	await writeFile(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	// Pictures of steps that no longer exist go; the manifest (which the app imports) is never missing.
	const keep = new Set(Object.values(manifest.steps).flatMap((s) => [...Object.values(s.files), ...Object.values(s.webp), ...Object.values(s.avif)].map((f) => f.replace('snapshots/', ''))));
	for (const [l, ids] of Object.entries(manifest.langs))
		for (const id of Object.keys(ids)) for (const size of Object.keys(SIZES)) for (const ext of ['jpg', 'webp', 'avif']) keep.add(`${l}/${id}-${size}.${ext}`);
	for (const f of await readdir(OUT, { recursive: true })) if (f !== 'manifest.json' && !LANGS.includes(f) && !keep.has(f)) await rm(join(OUT, f));
	console.log(`${keep.size} pictures written to static/snapshots/`);
} finally {
	await server.close();
	await rm(site, { recursive: true, force: true });
}
