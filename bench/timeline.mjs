// @ts-check
/** Turning the probe's raw timeline (see probe.mjs) into figures. Pure functions. */
import { median, round } from './stats.mjs';

/** One frame at 60 Hz, and the interval beyond which a frame counts as dropped (1.5 frames). */
export const FRAME_MS = 1000 / 60;
export const DROPPED_AFTER_MS = 1.5 * FRAME_MS;

/**
 * Frames while the camera flies (map `data-moving="true"`) and while it rests.
 * @param {number[]} rafs flat [time, interval, moving 0|1, …]
 * @param {number} [from] only frames at or after this time
 */
export function frameStats(rafs, from = 0) {
	let flying = 0;
	let dropped = 0;
	let worst = 0;
	let still = 0;
	let stillDropped = 0;
	for (let i = 0; i + 2 < rafs.length; i += 3) {
		const t = /** @type {number} */ (rafs[i]);
		const dt = /** @type {number} */ (rafs[i + 1]);
		if (t < from) continue;
		if (rafs[i + 2]) {
			flying += 1;
			if (dt > DROPPED_AFTER_MS) dropped += 1;
			worst = Math.max(worst, dt);
		} else {
			still += 1;
			if (dt > DROPPED_AFTER_MS) stillDropped += 1;
		}
	}
	return {
		flying,
		dropped,
		droppedPct: flying ? round((100 * dropped) / flying, 1) : 0,
		worstMs: round(worst),
		// The same count while nothing flies: what the page and this browser drop anyway.
		still,
		stillDropped
	};
}

/**
 * For each change of the active step, how long until the camera started to
 * move (movestart) and until its first moved frame. A step whose camera is
 * already in place has no flight and no delay.
 * @param {{ id: string, t: number }[]} activations
 * @param {{ type: string, t: number }[]} moves
 * @param {number} [from] ignore activations before this time (before the map was live)
 */
export function stepDelays(activations, moves, from = 0) {
	const acts = activations.filter((a, i) => a.t >= from && (i === 0 || a.id !== activations[i - 1]?.id));
	return acts.map((a, i) => {
		const until = acts[i + 1]?.t ?? Infinity;
		const start = moves.find((m) => m.type === 'movestart' && m.t >= a.t && m.t < until);
		const first = start && moves.find((m) => m.type === 'move' && m.t >= start.t && m.t < until);
		return {
			id: a.id,
			movestartMs: start ? round(start.t - a.t, 1) : null,
			firstMoveMs: first ? round(first.t - a.t, 1) : null
		};
	});
}

/**
 * @param {ReturnType<typeof stepDelays>} delays
 */
export function delayStats(delays) {
	const starts = delays.map((d) => d.movestartMs).filter(/** @returns {x is number} */ (x) => x != null);
	const firsts = delays.map((d) => d.firstMoveMs).filter(/** @returns {x is number} */ (x) => x != null);
	return {
		steps: delays.length,
		flights: starts.length,
		movestartMedianMs: round(median(starts), 1),
		movestartMaxMs: starts.length ? round(Math.max(...starts), 1) : null,
		firstMoveMedianMs: round(median(firsts), 1),
		firstMoveMaxMs: firsts.length ? round(Math.max(...firsts), 1) : null
	};
}
