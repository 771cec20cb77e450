// @ts-check
/**
 * Whose code made each long task. A 'longtask' entry says only that the main
 * thread was busy; the long-animation-frame entries of the same moments list
 * the scripts that ran (entry points of 5 ms or more, with their file). A long
 * task goes to whichever took most of it: the project's scripts, MapLibre's
 * scripts, or work no script accounts for (style, layout, paint, the GPU,
 * garbage collection), which is 'other'. So a frame that spends 50 ms in a
 * script and 600 ms drawing is not blamed on the script.
 */
import { ownerOf } from './classify.mjs';
import { round } from './stats.mjs';

/** @typedef {import('./classify.mjs').Owner} Owner */
/** @typedef {{ startTime: number, duration: number }} Span */
/** @typedef {Span & { sourceURL?: string, sourceFunctionName?: string, sourceCharPosition?: number, invoker?: string }} ScriptSpan */
/** @typedef {Span & { scripts?: ScriptSpan[] }} Frame */
/** @typedef {{ count: number, longestMs: number, totalMs: number }} Tally */

/**
 * @param {Span} a
 * @param {Span} b
 */
function overlap(a, b) {
	return Math.max(0, Math.min(a.startTime + a.duration, b.startTime + b.duration) - Math.max(a.startTime, b.startTime));
}

/** @returns {Tally} */
const tally = () => ({ count: 0, longestMs: 0, totalMs: 0 });

/**
 * @param {Span[]} longTasks
 * @param {Frame[]} frames long-animation-frame entries
 * @param {Parameters<typeof ownerOf>[1]} known
 * @param {number} [topN] how many of the longest tasks to describe in detail
 */
export function attributeLongTasks(longTasks, frames, known, topN = 5) {
	const scripts = frames.flatMap((f) => f.scripts ?? []);
	/** @type {Record<Owner, Tally>} */
	const byOwner = { own: tally(), maplibre: tally(), other: tally() };
	const all = tally();
	const described = longTasks.map((task) => {
		/** @type {Record<Owner, number>} */
		const ms = { own: 0, maplibre: 0, other: 0 };
		const inside = [];
		for (const s of scripts) {
			const o = overlap(task, s);
			if (o <= 0) continue;
			const owner = ownerOf(s.sourceURL ?? '', known, s.sourceCharPosition);
			ms[owner] += o;
			inside.push({ owner, file: shortName(s.sourceURL ?? ''), fn: s.sourceFunctionName || '', at: s.sourceCharPosition ?? -1, invoker: s.invoker ?? '', ms: round(o, 1) });
		}
		const unscripted = Math.max(0, task.duration - ms.own - ms.maplibre - ms.other);
		const otherMs = ms.other + unscripted;
		/** @type {Owner} */
		const owner = ms.own > 0 && ms.own >= ms.maplibre && ms.own >= otherMs ? 'own' : ms.maplibre > 0 && ms.maplibre >= otherMs ? 'maplibre' : 'other';
		for (const t of [all, byOwner[owner]]) {
			t.count += 1;
			t.totalMs += task.duration;
			t.longestMs = Math.max(t.longestMs, task.duration);
		}
		return {
			startMs: round(task.startTime),
			durationMs: round(task.duration),
			owner,
			ownMs: round(ms.own),
			maplibreMs: round(ms.maplibre),
			unscriptedMs: round(unscripted),
			scripts: inside.sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0)).slice(0, 4)
		};
	});
	const longestFirst = [...described].sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0));
	const top = longestFirst.slice(0, topN);
	// The project's own longest tasks, which the budget is about, even when MapLibre's are longer.
	const topOwn = longestFirst.filter((t) => t.owner === 'own').slice(0, topN);
	/** @param {Tally} t */
	const tidy = (t) => ({ count: t.count, longestMs: round(t.longestMs) ?? 0, totalMs: round(t.totalMs) ?? 0 });
	return {
		...tidy(all),
		byOwner: { own: tidy(byOwner.own), maplibre: tidy(byOwner.maplibre), other: tidy(byOwner.other) },
		top,
		topOwn
	};
}

/**
 * A script URL as a short name for tables: the file name, without origin or hash-named folders.
 * @param {string} url
 */
export function shortName(url) {
	if (!url) return '(none)';
	try {
		const u = new URL(url);
		return u.pathname.split('/').pop() || u.pathname;
	} catch {
		return url;
	}
}
