// @ts-check
/**
 * The reader's side, in a real browser at a phone's size (Pixel 7):
 * - `scriptedRead`: load the story with the CPU slowed 4x, note what the first
 *   screen downloaded, then scroll through every step as a reader would, and
 *   keep long tasks, frames and camera timings, and the whole story's bytes;
 * - `firstScrollToMap`: how long from the first scroll until the map is live.
 */
import { chromium, devices } from '@playwright/test';
import { installProbe } from './probe.mjs';
import { recordNetwork, reconcile, firstScreen, summarize } from './network.mjs';
import { attributeLongTasks } from './attribute.mjs';
import { frameStats, stepDelays, delayStats } from './timeline.mjs';
import { medianCountingFailures, round } from './stats.mjs';

const DEVICE = 'Pixel 7';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** @param {string} executablePath */
export async function launch(executablePath) {
	return chromium.launch({ executablePath, args: ARGS });
}

/**
 * A fresh phone-sized page (empty cache) with the CPU slowed `rate` times.
 * @param {import('@playwright/test').Browser} browser
 * @param {number} rate
 */
export async function phonePage(browser, rate) {
	const context = await browser.newContext({ ...devices[DEVICE] });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	return { context, page, cdp };
}

/**
 * Scroll the way a thumb does: a short eased glide, frame by frame, until the
 * step's top sits at 30% of the screen (past scrollama's 60% trigger line).
 * @param {import('@playwright/test').Page} page
 * @param {string | null} id a step's id, or null for the end of the page
 */
async function glideTo(page, id) {
	await page.evaluate(
		(stepId) =>
			new Promise((done) => {
				const el = stepId ? document.getElementById(stepId) : null;
				const target = el ? el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3 : document.documentElement.scrollHeight;
				const from = window.scrollY;
				const t0 = performance.now();
				const ms = 700;
				const step = () => {
					const k = Math.min(1, (performance.now() - t0) / ms);
					const eased = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
					window.scrollTo(0, from + (target - from) * eased);
					if (k < 1) requestAnimationFrame(step);
					else done(undefined);
				};
				requestAnimationFrame(step);
			}),
		id
	);
}

/**
 * Loads a story page as its first screen ends: the network idle, the page
 * started (it has asked for everything it needs to follow the reader; on a
 * slow phone the network can fall quiet while its scripts still run), and the
 * server quiet once more.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @param {{ path: string }[]} sent
 */
async function openFirstScreen(page, url, sent) {
	await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
	await page.waitForSelector('.scrolly[data-started="true"]', { timeout: 120_000 });
	await quiet(sent, 1000, 60_000);
}

/**
 * Wait until the server has had no new request for `ms` (workers and service
 * workers included, which the page's own idle state does not cover).
 * @param {unknown[]} sent the server's log
 * @param {number} ms
 * @param {number} timeout
 */
async function quiet(sent, ms, timeout) {
	const until = Date.now() + timeout;
	let seen = sent.length;
	let since = Date.now();
	while (Date.now() < until) {
		await new Promise((r) => setTimeout(r, 200));
		if (sent.length !== seen) {
			seen = sent.length;
			since = Date.now();
		} else if (Date.now() - since >= ms) return;
	}
}

/**
 * @param {object} o
 * @param {import('@playwright/test').Browser} o.browser
 * @param {string} o.url the story's URL
 * @param {{ url: string, sent: import('./network.mjs').WireEntry[] }} o.server
 * @param {Set<string>} o.mapPaths URL paths whose request means the map has started loading
 * @param {Parameters<typeof attributeLongTasks>[2]} o.known what counts as MapLibre
 * @param {(msg: string) => void} o.log
 */
export async function scriptedRead({ browser, url, server, mapPaths, known, log }) {
	const { context, page, cdp } = await phonePage(browser, 4);
	const net = await recordNetwork(cdp);
	const sentFrom = server.sent.length;
	const errors = /** @type {string[]} */ ([]);
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addInitScript(installProbe);
	try {
		await openFirstScreen(page, url, server.sent);
		// The first screen ends at the first scroll: the story starts its map on the reader's first scroll, key or touch.
		const beforeScroll = server.sent.length - sentFrom;

		const stepIds = await page.evaluate(() => Array.from(document.querySelectorAll('.step')).map((s) => s.id).filter(Boolean));
		const ids = [...new Set(stepIds)];
		if (ids.length === 0) throw new Error('no .step elements with ids on the page');

		// A reader starts at the top and scrolls to the first card; that starts the map.
		await glideTo(page, /** @type {string} */ (ids[0]));
		await page.waitForSelector('[data-map-state="ready"], [data-map-state="failed"]', { timeout: 120_000 });
		const mapState = await page.getAttribute('[data-map-state]', 'data-map-state');
		if (mapState !== 'ready') log(`  the map did not start (state ${mapState}); camera figures will be empty`);
		await page.waitForTimeout(500);
		const readStart = await page.evaluate(() => performance.now());

		for (const [i, id] of ids.entries()) {
			await glideTo(page, id);
			await page
				.waitForFunction((stepId) => /** @type {HTMLElement | null} */ (document.querySelector('.scrolly'))?.dataset.activeStep === stepId, id, { timeout: 20_000 })
				.catch(() => log(`  step ${id} did not become active`));
			await page
				.waitForFunction(() => /** @type {HTMLElement | null} */ (document.querySelector('[data-map]'))?.dataset.moving !== 'true', undefined, { timeout: 30_000, polling: 100 })
				.catch(() => log(`  the camera was still moving 30 s after step ${id}`));
			// A moment to read before the next swipe.
			await page.waitForTimeout(400);
			if ((i + 1) % 5 === 0) log(`  read ${i + 1}/${ids.length} steps`);
		}
		await glideTo(page, null);
		await quiet(server.sent, 2000, 60_000);

		/** @type {any} */
		const probe = await page.evaluate(() => /** @type {any} */ (window).__bench);
		const { transfers: all, fromCache } = reconcile(server.sent.slice(sentFrom), net.requests());
		const first = firstScreen(all.slice(0, beforeScroll), mapPaths);
		const delays = stepDelays(probe.activations, probe.moves, readStart);
		const longTasks = attributeLongTasks(probe.longTasks, probe.frames, known);
		const readOnly = attributeLongTasks(
			probe.longTasks.filter((/** @type {{ startTime: number }} */ t) => t.startTime >= readStart),
			probe.frames,
			known,
			0
		);
		const { top: _top, topOwn: _topOwn, ...readTasks } = readOnly;
		return {
			bytes: {
				firstScreen: { ...summarize(first.transfers), cutAt: first.cutAt, requests: first.transfers.map(brief) },
				wholeStory: { ...summarize(all), answeredFromCache: fromCache, requests: all.map(brief) }
			},
			read: {
				steps: ids.length,
				mapState,
				loafSupported: probe.loafSupported,
				longTasks: { ...longTasks, duringSteps: readTasks },
				frames: frameStats(probe.rafs, readStart),
				camera: delayStats(delays),
				perStep: delays,
				pageErrors: errors
			}
		};
	} finally {
		await context.close();
	}
}

/** @param {import('./network.mjs').Transfer} t */
function brief(t) {
	return { path: t.path, status: t.status, bytes: t.bytes, seenBy: t.seenBy };
}

/**
 * Opens a page as a reader finds it before scrolling: loaded, and its network
 * (the page's and its workers' requests) quiet for a second. A reader reads the
 * headline before scrolling; what the page fetches while it sits idle (the
 * story page readies its map, src/lib/map/warm.ts) is done by then.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 */
export async function settled(page, url) {
	// Quiet: nothing in flight, and nothing started or ended for a second.
	let last = Date.now();
	let inFlight = 0;
	const started = () => {
		inFlight++;
		last = Date.now();
	};
	const ended = () => {
		inFlight = Math.max(0, inFlight - 1);
		last = Date.now();
	};
	const context = page.context();
	context.on('request', started);
	context.on('requestfinished', ended);
	context.on('requestfailed', ended);
	try {
		await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
		const until = Date.now() + 60_000;
		while ((inFlight > 0 || Date.now() - last < 1000) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
	} finally {
		context.off('request', started);
		context.off('requestfinished', ended);
		context.off('requestfailed', ended);
	}
}

/**
 * The first scroll's settings: full speed and the CPU slowed 4x on the machine's own
 * network (the budgets' figures), and full speed on a slow 4G link (Lighthouse's mobile
 * link: 150 ms latency, 1.6 Mbps down, 750 kbps up), where fetching the map's files
 * is most of a phone's wait.
 * @type {{ key: string, rate: number, network?: { latency: number, downloadThroughput: number, uploadThroughput: number } }[]}
 */
export const FIRST_SCROLL_RUNS = [
	{ key: 'fullSpeed', rate: 1 },
	{ key: 'cpu4x', rate: 4 },
	{ key: 'slow4g', rate: 1, network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } }
];

/**
 * Time from the reader's first scroll to a live map, `runs` times with a cold
 * cache, for each of FIRST_SCROLL_RUNS. The story starts its map
 * on the reader's first scroll, so the scroll is what starts it; the scroll
 * comes once the first screen has settled (`settled`).
 * @param {object} o
 * @param {import('@playwright/test').Browser} o.browser
 * @param {string} o.url
 * @param {number} o.runs
 * @param {(msg: string) => void} o.log
 */
export async function firstScrollToMap({ browser, url, runs, log }) {
	/** @type {Record<string, { medianMs: number | null, runs: (number | null)[], failures: string[], phases: Record<string, number | null> }>} */
	const out = {};
	for (const { key, rate, network } of FIRST_SCROLL_RUNS) {
		/** @type {(number | null)[]} */
		const times = [];
		/** @type {string[]} */
		const failures = [];
		/** @type {Record<string, number>[]} */
		const phaseRuns = [];
		for (let i = 0; i < runs; i++) {
			const { context, page } = await phonePage(browser, rate);
			try {
				if (network) await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', { offline: false, ...network });
				await settled(page, url);
				await page.waitForSelector('.scrolly[data-started="true"]', { timeout: 120_000 });
				/** @type {{ ms: number | null, why: string, phases?: Record<string, number> }} */
				const r = await page.evaluate(
					() =>
						new Promise((done) => {
							const stage = document.querySelector('[data-map-state]');
							const state = stage?.getAttribute('data-map-state');
							if (!stage || state !== 'waiting') return done({ ms: null, why: `map state was ${state ?? 'absent'} before the scroll` });
							const t0 = performance.now();
							const finish = () => {
								const s = stage.getAttribute('data-map-state');
								if (s === 'ready') {
									const ms = performance.now() - t0;
									// Where the time went: the map's own marks (src/lib/map/marks.ts), from the scroll.
									/** @type {Record<string, number>} */
									const phases = {};
									for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('map:') && !(m.name.slice(4) in phases)) phases[m.name.slice(4)] = Math.round(m.startTime - t0);
									done({ ms, why: '', phases });
								}
								else if (s === 'failed') done({ ms: null, why: `failed after ${Math.round(performance.now() - t0)} ms: ${stage.querySelector('.why')?.textContent?.trim() ?? ''}` });
								else return false;
								return true;
							};
							new MutationObserver((_, obs) => {
								if (finish()) obs.disconnect();
							}).observe(stage, { attributes: true, attributeFilter: ['data-map-state'] });
							window.scrollBy(0, Math.round(window.innerHeight * 0.6));
							setTimeout(() => done({ ms: null, why: 'not ready after 120 s' }), 120_000);
						})
				);
				times.push(round(r.ms));
				if (r.phases) phaseRuns.push(r.phases);
				if (r.why) failures.push(r.why);
			} finally {
				await context.close();
			}
		}
		// Each mark's median time from the scroll, in the order the map reaches them.
		/** @type {Record<string, number | null>} */
		const phases = {};
		for (const name of [...new Set(phaseRuns.flatMap((p) => Object.keys(p)))].sort((a, b) => (phaseRuns[0]?.[a] ?? 0) - (phaseRuns[0]?.[b] ?? 0)))
			phases[name] = round(medianCountingFailures(phaseRuns.map((p) => p[name] ?? null)));
		out[key] = { medianMs: round(medianCountingFailures(times)), runs: times, failures, phases };
		log(`  first scroll → map ready, ${key}: ${times.map((t) => (t == null ? 'failed' : `${t} ms`)).join(', ')}${failures.length ? ` (${failures.join('; ')})` : ''}`);
	}
	return out;
}

/**
 * The first screen of a page in another language (`/ru`, `/uk`), counted as the
 * scripted read counts English's: a Pixel 7 at 4x CPU loads the page and waits
 * for it to start and the network to settle, without scrolling; everything requested before the
 * first map file is the first screen.
 * @param {{ browser: import('@playwright/test').Browser, url: string, server: { sent: import('./network.mjs').WireEntry[] }, mapPaths: Set<string> }} o
 */
export async function firstScreenAt({ browser, url, server, mapPaths }) {
	const { context, page, cdp } = await phonePage(browser, 4);
	const net = await recordNetwork(cdp);
	const sentFrom = server.sent.length;
	try {
		await openFirstScreen(page, url, server.sent);
		const beforeScroll = server.sent.length - sentFrom;
		const { transfers } = reconcile(server.sent.slice(sentFrom, sentFrom + beforeScroll), net.requests());
		const first = firstScreen(transfers, mapPaths);
		return { ...summarize(first.transfers), cutAt: first.cutAt, requests: first.transfers.map(brief) };
	} finally {
		await context.close();
	}
}
