// @ts-check
/**
 * Lighthouse with its mobile defaults (simulated slow 4G, 4x CPU, a phone's
 * screen), performance only, a fresh browser for every run; the medians of
 * the runs are what the benchmark keeps.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { median, round } from './stats.mjs';
import { ownerOf } from './classify.mjs';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

/**
 * Lighthouse's long tasks (each with the script it blames), as blocking time
 * (the part over 50 ms) by owner: what makes up Total Blocking Time.
 * @param {{ url?: string, duration?: number }[]} items
 * @param {Parameters<typeof ownerOf>[1]} known
 */
export function blockingByOwner(items, known) {
	const out = { own: 0, maplibre: 0, other: 0 };
	for (const t of items) out[ownerOf(t.url ?? '', known)] += Math.max(0, (t.duration ?? 0) - 50);
	return out;
}

/**
 * One Lighthouse run.
 * @param {string} url
 * @param {string} chromePath
 * @param {Parameters<typeof ownerOf>[1]} known
 * @param {string[]} extraFlags
 */
async function once(url, chromePath, known, extraFlags) {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...FLAGS, ...extraFlags], logLevel: 'silent' });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
		const lhr = result?.lhr;
		if (!lhr) throw new Error('Lighthouse returned no result');
		if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		const a = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null;
		const score = lhr.categories.performance?.score;
		const longTasks = /** @type {any} */ (lhr.audits['long-tasks']?.details)?.items ?? [];
		return {
			blocking: blockingByOwner(longTasks, known),
			score: score == null ? null : score * 100,
			fcpMs: a('first-contentful-paint'),
			lcpMs: a('largest-contentful-paint'),
			tbtMs: a('total-blocking-time'),
			cls: a('cumulative-layout-shift'),
			bytes: a('total-byte-weight'),
			benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
			warnings: lhr.runWarnings ?? []
		};
	} finally {
		await chrome.kill();
	}
}

/**
 * `runs` Lighthouse runs on one URL, reduced to medians.
 * @param {string} url
 * @param {object} o
 * @param {number} o.runs
 * @param {string} o.chromePath
 * @param {Parameters<typeof ownerOf>[1]} o.known
 * @param {string[]} [o.flags] extra browser flags (the diagnostic run without WebGL)
 * @param {(msg: string) => void} o.log
 */
export async function lighthouseMedians(url, { runs, chromePath, known, flags = [], log }) {
	/** @type {Awaited<ReturnType<typeof once>>[]} */
	const results = [];
	/** @type {string[]} */
	const errors = [];
	for (let i = 0; i < runs; i++) {
		try {
			const r = await once(url, chromePath, known, flags);
			results.push(r);
			log(`  run ${i + 1}: score ${round(r.score)}, FCP ${round(r.fcpMs)} ms, LCP ${round(r.lcpMs)} ms, TBT ${round(r.tbtMs)} ms, CLS ${round(r.cls, 3)}`);
		} catch (e) {
			errors.push(String(/** @type {Error} */ (e).message ?? e));
			log(`  run ${i + 1} failed: ${errors.at(-1)}`);
		}
	}
	const m = (/** @type {keyof Awaited<ReturnType<typeof once>>} */ k) => median(results.map((r) => /** @type {number | null} */ (r[k])));
	return {
		runsDone: results.length,
		score: round(m('score')),
		fcpMs: round(m('fcpMs')),
		lcpMs: round(m('lcpMs')),
		tbtMs: round(m('tbtMs')),
		cls: round(m('cls'), 4),
		bytes: round(m('bytes')),
		benchmarkIndex: round(m('benchmarkIndex')),
		// Lighthouse's long tasks, blocking part by whose script it blames (median of runs).
		blockingMsByOwner: {
			own: round(median(results.map((r) => r.blocking.own))),
			maplibre: round(median(results.map((r) => r.blocking.maplibre))),
			other: round(median(results.map((r) => r.blocking.other)))
		},
		runs: results.map((r) => ({ score: r.score, fcpMs: round(r.fcpMs), lcpMs: round(r.lcpMs), tbtMs: round(r.tbtMs), cls: round(r.cls, 4), bytes: r.bytes })),
		warnings: [...new Set(results.flatMap((r) => r.warnings))],
		errors
	};
}
