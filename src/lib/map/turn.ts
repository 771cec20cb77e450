/**
 * Giving the page a turn during the map's start-up, so a reader's scroll is
 * never held up for long: a long task is anything over 50 ms, and on a slow
 * phone decoding the geodata or adding every layer at once runs for hundreds.
 */

/** Longest stretch of start-up work before the page gets a turn. */
export const SLICE_MS = 25;

/** Resolves in a later task, after the browser has handled input and painted. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Hands out turns: `await slicer.pause()` after each piece of work yields once a slice has run its time. */
export class Slicer {
	private start = performance.now();
	constructor(private readonly sliceMs = SLICE_MS) {}

	async pause(): Promise<void> {
		if (performance.now() - this.start <= this.sliceMs) return;
		await nextTurn();
		this.start = performance.now();
	}
}
