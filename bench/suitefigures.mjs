// @ts-check
/**
 * Pure parts of `bench/suite.mjs`: what one Playwright run took, read from its JSON report, and
 * the side-by-side summary of a sitting (`SUITE.md`).
 */
import { round } from './stats.mjs';

/**
 * @typedef {{ duration: number; status?: string }} PwResult
 * @typedef {{ projectName?: string; status?: string; results?: PwResult[] }} PwTest
 * @typedef {{ file?: string; tests?: PwTest[] }} PwSpec
 * @typedef {{ file?: string; specs?: PwSpec[]; suites?: PwSuite[] }} PwSuite
 * @typedef {{ suites?: PwSuite[]; stats?: { startTime?: string; duration?: number; expected?: number; skipped?: number; unexpected?: number; flaky?: number } }} PwReport
 * @typedef {{ ms: number; tests: number; byProject: Record<string, number> }} FileTime
 * @typedef {{ tree: 'baseline' | 'now'; commit: string; start: string; wallS: number; summedS: number; passed: number; skipped: number; failed: number; flaky: number; cpuBusyCoreS: number | null; files: Record<string, FileTime> }} SuiteRun
 */

/**
 * Test time by spec file, summed over projects and retries, as the slowest-files reporter prints it.
 * A skipped test runs no code and is not counted.
 * @param {PwReport} report
 * @returns {Record<string, FileTime>}
 */
export function timeByFile(report) {
	/** @type {Record<string, FileTime>} */
	const out = {};
	/** @param {PwSuite} suite @param {string} file */
	const walk = (suite, file) => {
		const here = suite.file ?? file;
		for (const spec of suite.specs ?? []) {
			const name = spec.file ?? here;
			for (const test of spec.tests ?? []) {
				if (test.status === 'skipped') continue;
				const entry = (out[name] ??= { ms: 0, tests: 0, byProject: {} });
				const ms = (test.results ?? []).reduce((s, r) => s + (r.duration ?? 0), 0);
				entry.ms += ms;
				entry.tests += 1;
				const project = test.projectName ?? '';
				entry.byProject[project] = (entry.byProject[project] ?? 0) + ms;
			}
		}
		for (const child of suite.suites ?? []) walk(child, here);
	};
	for (const suite of report.suites ?? []) walk(suite, suite.file ?? '');
	return out;
}

/**
 * The figures of one run: wall time from the report, test time summed, the tests' outcomes.
 * @param {PwReport} report
 * @param {{ tree: 'baseline' | 'now'; commit: string; start: string; cpuBusyCoreS: number | null }} meta
 * @returns {SuiteRun}
 */
export function suiteRun(report, meta) {
	const files = timeByFile(report);
	const stats = report.stats ?? {};
	return {
		...meta,
		wallS: round((stats.duration ?? 0) / 1000, 1) ?? 0,
		summedS: round(Object.values(files).reduce((s, f) => s + f.ms, 0) / 1000, 1) ?? 0,
		passed: stats.expected ?? 0,
		skipped: stats.skipped ?? 0,
		failed: stats.unexpected ?? 0,
		flaky: stats.flaky ?? 0,
		files
	};
}

/**
 * a ÷ b, or null when either is missing (or b is 0).
 * @param {number | null} a
 * @param {number | null} b
 */
const ratio = (a, b) => (a != null && b ? a / b : null);

/**
 * Each run of the current tests beside the baseline run nearest to it in time (midpoint to
 * midpoint: a baseline run takes twice as long): the host's speed drifts through a sitting, so a
 * run is compared with its neighbour, not the first run.
 * @param {readonly SuiteRun[]} runs
 * @returns {{ now: SuiteRun; baseline: SuiteRun; wall: number | null; summed: number | null; cpu: number | null }[]}
 */
export function nearestPairs(runs) {
	const base = runs.filter((r) => r.tree === 'baseline');
	if (!base.length) return [];
	const at = (/** @type {SuiteRun} */ r) => Date.parse(r.start) + (r.wallS * 1000) / 2;
	return runs
		.filter((r) => r.tree === 'now')
		.map((now) => {
			const baseline = base.reduce((best, b) => (Math.abs(at(b) - at(now)) < Math.abs(at(best) - at(now)) ? b : best));
			const r2 = (/** @type {number | null} */ a, /** @type {number | null} */ b) => round(ratio(a, b), 2);
			return { now, baseline, wall: r2(now.wallS, baseline.wallS), summed: r2(now.summedS, baseline.summedS), cpu: r2(now.cpuBusyCoreS, baseline.cpuBusyCoreS) };
		});
}

/**
 * @param {readonly SuiteRun[]} runs
 * @param {'baseline' | 'now'} tree
 * @param {(r: SuiteRun) => number | null} pick
 */
function meanOf(runs, tree, pick) {
	const v = runs.filter((r) => r.tree === tree).map(pick).filter(/** @returns {x is number} */ (x) => typeof x === 'number');
	return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
}

/**
 * Mean test time per spec file on each side, slowest baseline file first.
 * @param {readonly SuiteRun[]} runs
 * @returns {{ file: string; baselineS: number | null; baselineTests: number | null; nowS: number | null; nowTests: number | null; ratio: number | null }[]}
 */
export function fileTable(runs) {
	const names = [...new Set(runs.flatMap((r) => Object.keys(r.files)))];
	const side = (/** @type {'baseline' | 'now'} */ tree, /** @type {string} */ file) => {
		const of = runs.filter((r) => r.tree === tree);
		if (!of.length) return { s: null, tests: null };
		return { s: round(of.reduce((s, r) => s + (r.files[file]?.ms ?? 0), 0) / of.length / 1000, 1), tests: Math.max(...of.map((r) => r.files[file]?.tests ?? 0)) };
	};
	return names
		.map((file) => {
			const b = side('baseline', file);
			const n = side('now', file);
			return { file, baselineS: b.s, baselineTests: b.tests, nowS: n.s, nowTests: n.tests, ratio: round(ratio(n.s, b.s), 2) };
		})
		.sort((a, b) => (b.baselineS ?? 0) - (a.baselineS ?? 0) || (b.nowS ?? 0) - (a.nowS ?? 0));
}

/**
 * @typedef {{ timestamp: string; machine: { cpus: number; model: string; chromium: string }; baseline: { commit: string; patch: string | null }; now: { commit: string; dirty: boolean }; args: string[]; runs: SuiteRun[] }} SuiteResult
 */

/**
 * SUITE.md: the sitting's runs in order, each current run against its nearest baseline run, the
 * means, and the per-file times.
 * @param {SuiteResult} r
 */
export function suiteMarkdown(r) {
	const min = (/** @type {number} */ s) => (s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);
	const num = (/** @type {number | null} */ x, d = 1) => (x == null ? '–' : x.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d }));
	const times = (/** @type {number | null} */ x) => (x == null ? '–' : `×${x.toFixed(2)}`);
	const pairs = nearestPairs(r.runs);
	const lines = [
		'# The Playwright suite: the baseline and the current tests in one sitting',
		'',
		`${r.timestamp.slice(0, 16).replace('T', ' ')} UTC · ${r.machine.cpus} × ${r.machine.model} · ${r.machine.chromium} · \`npm run bench:suite${r.args.length ? ` -- ${r.args.join(' ')}` : ''}\``,
		'',
		`- **baseline**: the tests of ${r.baseline.commit.slice(0, 7)}${r.baseline.patch ? ` with \`${r.baseline.patch}\` applied` : ''}`,
		`- **now**: the tests of ${r.now.commit.slice(0, 7)}${r.now.dirty ? ' with uncommitted changes' : ''}`,
		'- Both test the same built site, served the same way, one run at a time, taking turns so a slow spell of the host hits both. Wall time is the runner\'s; test time is every test\'s time summed (retries included); CPU is the whole machine\'s busy time from /proc/stat.',
		'',
		'| # | start (UTC) | tests | passed | skipped | failed | flaky | wall | test time | CPU busy | now ÷ nearest baseline (wall, test time, CPU) |',
		'|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|'
	];
	r.runs.forEach((run, i) => {
		const pair = pairs.find((p) => p.now === run);
		const against = pair ? `${times(pair.wall)}, ${times(pair.summed)}, ${times(pair.cpu)} (to #${r.runs.indexOf(pair.baseline) + 1})` : '';
		lines.push(
			`| ${i + 1} | ${run.start.slice(11, 16)} | ${run.tree} | ${run.passed} | ${run.skipped} | ${run.failed} | ${run.flaky} | ${min(run.wallS)} | ${num(run.summedS)} s | ${run.cpuBusyCoreS == null ? '–' : `${num(run.cpuBusyCoreS, 0)} core-s`} | ${against} |`
		);
	});
	const mean = (/** @type {'baseline' | 'now'} */ t, /** @type {(r: SuiteRun) => number | null} */ f) => meanOf(r.runs, t, f);
	const [bw, nw, bs, ns] = [mean('baseline', (x) => x.wallS), mean('now', (x) => x.wallS), mean('baseline', (x) => x.summedS), mean('now', (x) => x.summedS)];
	if (bw != null && nw != null) {
		lines.push('', `**Means**: wall ${min(bw)} → ${min(nw)} (${times(ratio(nw, bw))}); test time ${num(bs)} s → ${num(ns)} s (${times(ratio(ns, bs))}).`);
	}
	const failed = r.runs.filter((x) => x.failed || x.flaky);
	if (failed.length) lines.push('', `**${failed.length} run(s) had failed or flaky tests** (#${failed.map((x) => r.runs.indexOf(x) + 1).join(', #')}): their times are not like for like.`);
	lines.push('', '## Test time by spec file (mean of each side\'s runs)', '', '| spec file | baseline s (tests) | now s (tests) | now ÷ baseline |', '|---|---:|---:|---:|');
	for (const row of fileTable(r.runs)) {
		lines.push(`| ${row.file} | ${num(row.baselineS)} (${row.baselineTests ?? '–'}) | ${num(row.nowS)} (${row.nowTests ?? '–'}) | ${times(row.ratio)} |`);
	}
	return lines.join('\n') + '\n';
}
