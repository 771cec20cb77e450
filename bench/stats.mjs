// @ts-check
/** Small numeric helpers for the benchmark: medians, rounding, and comparing two runs. */

/**
 * The median of the finite numbers given (the mean of the middle two for an even count).
 * @param {readonly (number | null | undefined)[]} values
 * @returns {number | null} null when there is nothing to take the median of
 */
export function median(values) {
	const v = values.filter(/** @returns {x is number} */ (x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? /** @type {number} */ (v[mid]) : (/** @type {number} */ (v[mid - 1]) + /** @type {number} */ (v[mid])) / 2;
}

/**
 * @param {number | null | undefined} x
 * @param {number} [digits]
 * @returns {number | null}
 */
export function round(x, digits = 0) {
	if (typeof x !== 'number' || !Number.isFinite(x)) return null;
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

/** Keys whose numbers describe the run, not the site: never compared. */
const NOT_FIGURES = new Set(['machine', 'previous', 'settings', 'timestamp', 'budgets', 'perStep', 'top', 'runs', 'reads', 'requests', 'notes']);

/**
 * Every numeric figure in a results object, by dotted path. Arrays and
 * descriptive sections (machine, settings, per-step detail) are left out.
 * @param {unknown} obj
 * @param {string} [prefix]
 * @returns {Record<string, number>}
 */
export function figures(obj, prefix = '') {
	/** @type {Record<string, number>} */
	const out = {};
	if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return out;
	for (const [k, v] of Object.entries(obj)) {
		if (NOT_FIGURES.has(k)) continue;
		const key = prefix ? `${prefix}.${k}` : k;
		if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
		else if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, figures(v, key));
	}
	return out;
}

/**
 * @typedef {{ key: string, old: number | null, now: number | null, ratio: number | null }} Change
 */

/**
 * Each figure of the new run beside the old one, with the ratio new/old.
 * The ratio is null when either side is missing or the old value is 0
 * (then the two values tell the story alone).
 * @param {unknown} now
 * @param {unknown} old
 * @returns {Change[]}
 */
export function compare(now, old) {
	const a = figures(now);
	const b = figures(old);
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
	return keys.map((key) => {
		const n = a[key] ?? null;
		const o = b[key] ?? null;
		const ratio = n != null && o != null && o !== 0 ? n / o : n === 0 && o === 0 ? 1 : null;
		return { key, old: o, now: n, ratio };
	});
}

/**
 * The median of timed runs where a run that never finished (null) counts as
 * slower than every run that did, so failures cannot flatter the figure.
 * Null when the middle run failed.
 * @param {readonly (number | null | undefined)[]} values
 * @returns {number | null}
 */
export function medianCountingFailures(values) {
	const v = values.map((x) => (typeof x === 'number' && Number.isFinite(x) ? x : Infinity)).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const mid = Math.floor(v.length / 2);
	const m = v.length % 2 ? /** @type {number} */ (v[mid]) : (/** @type {number} */ (v[mid - 1]) + /** @type {number} */ (v[mid])) / 2;
	return Number.isFinite(m) ? m : null;
}

/**
 * Of several scripted reads, the one whose figure is the median (the upper of
 * the middle two for an even count, so a tie never flatters), with every read's
 * figure beside it. A read that failed (null) counts as the slowest.
 * @template T
 * @param {readonly (T | null)[]} reads
 * @param {(read: T) => number | null | undefined} figure
 * @returns {{ read: T | null, figures: (number | null)[] }}
 */
export function medianRun(reads, figure) {
	const scored = reads.map((r) => ({ r, v: r == null ? Infinity : (figure(r) ?? Infinity) }));
	const figures = scored.map(({ v }) => (Number.isFinite(v) ? v : null));
	const sorted = [...scored].sort((a, b) => a.v - b.v);
	const mid = sorted[Math.floor(sorted.length / 2)];
	return { read: mid && Number.isFinite(mid.v) ? mid.r : null, figures };
}
