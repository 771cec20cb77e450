// @ts-check
/**
 * What the story promises a reader on a mid-range phone over a mobile network.
 * `npm run bench -- --check` fails when one is missed. Change a number only
 * with a reason a reader would accept; never to make a slow machine pass.
 * KB here is 1024 bytes, compressed as sent (brotli), headers included.
 */

const KB = 1024;

/**
 * @typedef {object} Budget
 * @property {string} id
 * @property {string} label what a reader gets, in words
 * @property {'bytes' | 'score' | 'ms' | 'shift' | 'percent' | 'count'} unit
 * @property {number} [max] the figure must be at most this
 * @property {number} [min] the figure must be at least this
 * @property {(results: any) => number | null | undefined} figure where the figure is in bench/results.json
 */

/** @type {Budget[]} */
export const budgets = [
	{
		// The first screen (headline, dek, first card) within about a second on a slow mobile link:
		// at Lighthouse's 1.6 Mbit/s, 120 KB is 0.6 s of transfer before round trips. The map waits.
		id: 'first-screen-bytes',
		label: 'First screen, before the map starts loading',
		unit: 'bytes',
		max: 120 * KB,
		figure: (r) => r?.bytes?.firstScreen?.total
	},
	...['ru', 'uk'].map((lang) => ({
		// The same first screen in Russian and Ukrainian: their text, fonts and pictures within the same budget.
		id: `first-screen-bytes-${lang}`,
		label: `First screen of /${lang}, before the map starts loading`,
		unit: /** @type {const} */ ('bytes'),
		max: 120 * KB,
		figure: (/** @type {any} */ r) => r?.bytes?.firstScreenByLang?.[lang]?.total
	})),
	{
		// Everything a full read downloads, MapLibre, its worker and the geodata included:
		// a reader on a metered plan pays for all of it.
		id: 'whole-story-bytes',
		label: 'Whole story, map library and geodata included',
		unit: 'bytes',
		max: 700 * KB,
		figure: (r) => r?.bytes?.wholeStory?.total
	},
	{
		// Lighthouse mobile (simulated slow 4G, 4x CPU) on the page readers land on.
		id: 'lighthouse-performance',
		label: 'Lighthouse performance, story page (median)',
		unit: 'score',
		min: 95,
		figure: (r) => r?.lighthouse?.['/']?.score
	},
	{
		// Text that jumps while someone starts reading loses them; the map must not push the copy.
		id: 'lighthouse-cls',
		label: 'Cumulative layout shift, story page (median)',
		unit: 'shift',
		max: 0.01,
		figure: (r) => r?.lighthouse?.['/']?.cls
	},
	{
		// A 200 ms freeze is a swipe that does nothing. The project's own code must never cause one;
		// MapLibre's rendering is reported beside it, not excused by it.
		id: 'own-long-task',
		label: "Longest long task from the project's own code, scripted read at 4x CPU (median read)",
		unit: 'ms',
		max: 200,
		figure: (r) => r?.read?.longTasks?.byOwner?.own?.longestMs ?? (r?.read?.longTasks ? 0 : undefined)
	},
	{
		// A map that nobody moves must cost nothing: a phone that keeps drawing a still map drains its
		// battery and heats up. Main-thread busy time over 5 s once the camera has landed and the pulses
		// have played out, as a share of one core (CDP TaskDuration); the worst of reading, presentation
		// and embed, at full speed.
		id: 'still-map-cpu',
		label: 'Still map: main thread busy, worst of reading / presentation / embed (% of a core over 5 s)',
		unit: 'percent',
		max: 3,
		figure: (r) => worstStill(r, 'cpuPct')
	},
	{
		// The same 5 s: at most 10 frames drawn by the map (a late label fade, a resize), never a loop.
		id: 'still-map-renders',
		label: 'Still map: map frames drawn in 5 s, worst of reading / presentation / embed',
		unit: 'count',
		max: 10,
		figure: (r) => worstStill(r, 'renders')
	},
	{
		// A lecturer's first slide: the map starts at once, so this carries the live map's cost.
		id: 'lighthouse-present',
		label: 'Lighthouse performance, /present (median)',
		unit: 'score',
		min: 90,
		figure: (r) => r?.lighthouse?.['/present']?.score
	},
	{
		// An embed on a newsroom's page: what the host's readers pay for our map.
		id: 'lighthouse-embed',
		label: 'Lighthouse performance, /embed (median)',
		unit: 'score',
		min: 90,
		figure: (r) => r?.lighthouse?.['/embed']?.score
	},
	{
		// The reader's first scroll, once the first screen has settled, to a live map: within
		// about a second on a phone, a few seconds on a slow one.
		id: 'first-map-full-speed',
		label: 'First scroll → live map, full speed (median)',
		unit: 'ms',
		max: 1000,
		figure: (r) => r?.firstScrollToMap?.fullSpeed?.medianMs
	},
	{
		id: 'first-map-cpu4x',
		label: 'First scroll → live map, CPU 4x slower (median)',
		unit: 'ms',
		max: 3000,
		figure: (r) => r?.firstScrollToMap?.cpu4x?.medianMs
	}
];

/**
 * The worst still-map figure of the three modes; undefined when any was not measured.
 * @param {any} r
 * @param {'cpuPct' | 'renders'} key
 */
function worstStill(r, key) {
	const values = ['reading', 'presentation', 'embed'].map((m) => r?.stillMap?.[m]?.[key]);
	return values.every((v) => typeof v === 'number') ? Math.max(...values) : undefined;
}

/**
 * @typedef {{ id: string, label: string, unit: Budget['unit'], limit: string, value: number | null, pass: boolean }} Verdict
 */

/**
 * Hold the figures against each budget. A figure that was not measured fails:
 * a budget cannot pass on a number nobody took.
 * @param {unknown} results
 * @param {Budget[]} [list]
 * @returns {Verdict[]}
 */
export function checkBudgets(results, list = budgets) {
	return list.map((b) => {
		const raw = b.figure(results);
		const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
		const pass = value != null && (b.max == null || value <= b.max) && (b.min == null || value >= b.min);
		const limit = b.max != null ? `≤ ${formatValue(b.max, b.unit)}` : `≥ ${formatValue(/** @type {number} */ (b.min), b.unit)}`;
		return { id: b.id, label: b.label, unit: b.unit, limit, value, pass };
	});
}

/**
 * The budgets missed, as lines to print.
 * @param {Verdict[]} verdicts
 * @returns {string[]}
 */
export function misses(verdicts) {
	return verdicts.filter((v) => !v.pass).map((v) => `${v.label}: ${v.value == null ? 'not measured' : formatValue(v.value, v.unit)} (budget ${v.limit})`);
}

/**
 * @param {number} v
 * @param {Budget['unit']} unit
 */
export function formatValue(v, unit) {
	if (unit === 'bytes') return `${(v / KB).toFixed(1)} KB`;
	if (unit === 'ms') return `${Math.round(v)} ms`;
	if (unit === 'shift') return v.toFixed(3);
	if (unit === 'percent') return `${v.toFixed(1)} %`;
	return String(Math.round(v));
}
