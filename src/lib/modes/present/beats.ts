/**
 * Beats: a step whose layers unfold (waves of flights, dates of a build-up)
 * is shown in several clicks. A place in the talk is a step and a beat; beat b
 * of n shows the step's progress from (b-1)/n to b/n. Pure arithmetic, so
 * every edge (first, last, one-beat steps) is unit-tested.
 */

/** A place in the talk: the step's index (0-based) and its beat (1-based). */
export interface Position {
	index: number;
	beat: number;
}

/** Beats per step, in story order; each at least 1. */
export type BeatCounts = readonly number[];

export function samePosition(a: Position, b: Position): boolean {
	return a.index === b.index && a.beat === b.beat;
}

export function beatsAt(counts: BeatCounts, index: number): number {
	return Math.max(1, Math.trunc(counts[index] ?? 1));
}

/** The progress a beat animates from and to. */
export function beatSpan(beat: number, beats: number): { from: number; to: number } {
	const n = Math.max(1, beats);
	const b = Math.min(n, Math.max(1, beat));
	return { from: (b - 1) / n, to: b / n };
}

/** One click on: the next beat of this step, or the next step's first beat; null at the end. */
export function nextPosition(p: Position, counts: BeatCounts): Position | null {
	if (p.beat < beatsAt(counts, p.index)) return { index: p.index, beat: p.beat + 1 };
	if (p.index + 1 < counts.length) return { index: p.index + 1, beat: 1 };
	return null;
}

/** One click back: the previous beat, or the previous step's last beat; null at the start. */
export function prevPosition(p: Position, counts: BeatCounts): Position | null {
	if (p.beat > 1) return { index: p.index, beat: p.beat - 1 };
	if (p.index > 0) return { index: p.index - 1, beat: beatsAt(counts, p.index - 1) };
	return null;
}

export function firstPosition(): Position {
	return { index: 0, beat: 1 };
}

/** The end of the talk: the last step with all its beats shown. */
export function lastPosition(counts: BeatCounts): Position {
	const index = Math.max(0, counts.length - 1);
	return { index, beat: beatsAt(counts, index) };
}

/** A step number as typed (1-based) to its first beat, or null when there is no such step. */
export function positionForNumber(typed: string, counts: BeatCounts): Position | null {
	if (!/^\d{1,4}$/.test(typed)) return null;
	const n = Number(typed);
	if (n < 1 || n > counts.length) return null;
	return { index: n - 1, beat: 1 };
}
