// @ts-check
/**
 * What a still map costs: open a step in reading mode (`/#step`), presentation
 * (`/present#step`) and an interactive embed starting there (`/embed?from=step`) at full speed and the
 * Pixel 7 size, wait until the map is live, its camera has landed and its ambient
 * motion has come to rest (or `settleMs` after landing, for a map whose motion never
 * rests), then for `windowMs` count:
 * - main-thread busy time, from CDP `Performance.getMetrics` TaskDuration, as a
 *   share of one core (the figure issue 14 budgets at 3 %);
 * - the map's frames (MapLibre 'render' events);
 * - animation frames the page asked for (requestAnimationFrame callbacks run).
 * The step is one whose places pulse (the map's only ambient motion), found on the page.
 */
import { phonePage } from './reader.mjs';
import { median, round } from './stats.mjs';

export const STILL_MODES = /** @type {const} */ ({
	reading: (/** @type {string} */ id) => `/#${id}`,
	presentation: (/** @type {string} */ id) => `/present#${id}`,
	embed: (/** @type {string} */ id) => `/embed?from=${encodeURIComponent(id)}`
});

/** Counts requestAnimationFrame callbacks from the page's first script on. */
function countFrames() {
	const w = /** @type {any} */ (window);
	w.__rafs = 0;
	const raf = window.requestAnimationFrame.bind(window);
	window.requestAnimationFrame = (cb) =>
		raf((t) => {
			w.__rafs++;
			cb(t);
		});
}

/**
 * One measurement of one mode.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ windowMs: number, settleMs: number }} o
 */
async function measure(browser, url, { windowMs, settleMs }) {
	const { context, page, cdp } = await phonePage(browser, 1);
	try {
		await page.addInitScript(countFrames);
		await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForSelector('[data-map-state="ready"], [data-map-state="failed"]', { state: 'attached', timeout: 180_000 });
		const state = await page.getAttribute('[data-map-state]', 'data-map-state');
		if (state !== 'ready') return { failed: `map state ${state}` };
		await page.waitForFunction(() => /** @type {HTMLElement | null} */ (document.querySelector('[data-map]'))?.dataset.moving !== 'true', undefined, { timeout: 60_000, polling: 100 });
		const t0 = Date.now();
		const rested = await page
			.waitForFunction(() => /** @type {HTMLElement | null} */ (document.querySelector('[data-map]'))?.dataset.animating !== 'true', undefined, { timeout: settleMs, polling: 100 })
			.then(() => true, () => false);
		const settledAfterMs = Date.now() - t0;
		// The map's last frame and the page's own timers settle.
		await page.waitForTimeout(500);
		const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
		const before = await busy();
		const counted = await page.evaluate(
			(ms) =>
				new Promise((done) => {
					const map = /** @type {any} */ (document.querySelector('[data-map]'))?.__map;
					const w = /** @type {any} */ (window);
					let renders = 0;
					const count = () => renders++;
					map?.on('render', count);
					const rafs0 = w.__rafs;
					const start = performance.now();
					setTimeout(() => {
						map?.off('render', count);
						done({ renders, rafs: w.__rafs - rafs0, ms: performance.now() - start });
					}, ms);
				}),
			windowMs
		);
		const after = await busy();
		const c = /** @type {{ renders: number, rafs: number, ms: number }} */ (counted);
		const taskMs = (after - before) * 1000;
		return { renders: c.renders, rafs: c.rafs, taskMs: round(taskMs), cpuPct: round((100 * taskMs) / c.ms, 1), rested, settledAfterMs };
	} finally {
		await context.close();
	}
}

/**
 * @param {object} o
 * @param {import('@playwright/test').Browser} o.browser
 * @param {string} o.origin the served site, without a trailing slash
 * @param {number} o.runs
 * @param {(msg: string) => void} o.log
 * @param {number} [o.windowMs]
 * @param {number} [o.settleMs] how long after landing to wait for the ambient motion to rest
 * @param {string} [o.step] the step to open (else the first whose places pulse)
 */
export async function stillMap({ browser, origin, runs, log, windowMs = 5000, settleMs = 12_000, step }) {
	const id = step ?? (await pulsingStep(browser, origin));
	/** @type {Record<string, any>} */
	const out = { step: id, windowMs };
	for (const [mode, path] of Object.entries(STILL_MODES)) {
		const all = [];
		for (let i = 0; i < runs; i++) all.push(await measure(browser, origin + path(id), { windowMs, settleMs }));
		const ok = all.filter((r) => !('failed' in r));
		out[mode] = {
			cpuPct: round(median(ok.map((r) => /** @type {any} */ (r).cpuPct)), 1),
			taskMs: round(median(ok.map((r) => /** @type {any} */ (r).taskMs))),
			renders: round(median(ok.map((r) => /** @type {any} */ (r).renders))),
			rafs: round(median(ok.map((r) => /** @type {any} */ (r).rafs))),
			rested: ok.every((r) => /** @type {any} */ (r).rested),
			runs: all
		};
		const m = out[mode];
		log(`  still map, ${mode}: main thread ${m.cpuPct}% of a core (${m.taskMs} ms in ${windowMs} ms), ${m.renders} map renders, ${m.rafs} animation frames${m.rested ? '' : ' (ambient motion never rested)'}`);
	}
	return out;
}

/**
 * The first step whose places pulse, read from the live page: the step the map
 * shows first on `/#id` has them when the pulse layer is visible.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 */
export async function pulsingStep(browser, origin) {
	const { context, page } = await phonePage(browser, 1);
	try {
		await page.goto(origin + '/', { waitUntil: 'load', timeout: 120_000 });
		const ids = await page.evaluate(() => Array.from(document.querySelectorAll('.step')).map((s) => s.id).filter(Boolean));
		await page.goto(`${origin}/#${ids[0]}`, { waitUntil: 'load', timeout: 120_000 });
		// As a reader's first scroll would, in case the link alone does not start the map.
		await page.evaluate(() => window.dispatchEvent(new Event('scroll')));
		await page.waitForSelector('[data-map-state="ready"]', { state: 'attached', timeout: 180_000 });
		for (const id of ids) {
			await page.evaluate((stepId) => document.getElementById(stepId)?.scrollIntoView({ block: 'center' }), id);
			await page.waitForFunction((stepId) => /** @type {HTMLElement | null} */ (document.querySelector('.scrolly'))?.dataset.activeStep === stepId, id, { timeout: 20_000 }).catch(() => {});
			const pulses = await page.evaluate(() => {
				const map = /** @type {any} */ (document.querySelector('[data-map]'))?.__map;
				return !!map?.getLayer('places-pulse') && map.getLayoutProperty('places-pulse', 'visibility') === 'visible';
			});
			if (pulses) return id;
		}
		return /** @type {string} */ (ids[0]);
	} finally {
		await context.close();
	}
}

/**
 * A newsroom's article (served from an origin of its own) with an interactive embed three
 * screens below the fold, in an iframe without loading="lazy": what the site's server sent
 * for it before the reader scrolled (map files: MapLibre's chunk and worker, geodata; the fonts are
 * the page's, since the map draws its labels with them; and every file), then after the reader
 * scrolled to it and its map started.
 * @param {object} o
 * @param {import('@playwright/test').Browser} o.browser
 * @param {{ url: string, sent: { path: string, bytes: number }[] }} o.server the site's server, with its log
 * @param {Set<string>} o.mapPaths paths of MapLibre's chunk and worker and the geodata
 * @param {(msg: string) => void} o.log
 */
export async function embedBelowFold({ browser, server, mapPaths, log }) {
	const { createServer } = await import('node:http');
	const para = `<p style="font:18px/1.6 serif;max-width:40em">${'The article goes on. '.repeat(30)}</p>`;
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host article</title></head><body><h1>A host article</h1><div style="min-height:300vh">${para.repeat(12)}</div><iframe id="embed" src="${server.url}/embed" title="The story" width="100%" height="640" style="border:0;display:block"></iframe><div style="height:150vh">${para}</div></body></html>`;
	const host = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(html);
	});
	await new Promise((r) => host.listen(0, '127.0.0.1', () => r(undefined)));
	const address = host.address();
	const { context, page } = await phonePage(browser, 1);
	const isMap = (/** @type {string} */ p) => mapPaths.has(p) || p.startsWith('/geo/');
	/** @param {{ path: string, bytes: number }[]} list */
	const tally = (list) => ({ paths: list.map((e) => e.path), requests: list.length, bytes: list.reduce((s, e) => s + e.bytes, 0), mapRequests: list.filter((e) => isMap(e.path)).length, mapFiles: list.filter((e) => isMap(e.path)).map((e) => e.path) });
	try {
		const from = server.sent.length;
		await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, { waitUntil: 'load', timeout: 120_000 });
		// Until the site's server has had no request for 3 s (at most 60 s): the frame has done all it will do unseen.
		for (let seen = -1, since = Date.now(), until = Date.now() + 60_000; Date.now() < until; await page.waitForTimeout(200)) {
			if (server.sent.length !== seen) [seen, since] = [server.sent.length, Date.now()];
			else if (Date.now() - since >= 3000) break;
		}
		const before = tally(server.sent.slice(from));
		await page.locator('#embed').scrollIntoViewIfNeeded();
		const frame = page.frameLocator('#embed');
		const started = await frame
			.locator('[data-map-state="ready"]')
			.waitFor({ state: 'attached', timeout: 120_000 })
			.then(() => true, () => false);
		const after = tally(server.sent.slice(from));
		const out = { beforeScroll: before, afterScroll: { ...after, mapStarted: started } };
		log(`  embed three screens down: before the scroll ${before.requests} requests (${(before.bytes / 1024).toFixed(1)} KB), ${before.mapRequests} map files; after scrolling to it ${after.requests} requests, ${after.mapRequests} map files, map ${started ? 'started' : 'did not start'}`);
		return out;
	} finally {
		await context.close();
		await new Promise((r) => host.close(() => r(undefined)));
	}
}
