/**
 * With no scroll to drive it, an embedded step plays its layers' animation
 * (dates ticking on, routes drawing) from 0 to 1 on a clock.
 */

export const STEP_PLAY_MS = 1500;

/** Call `set` with progress 0→1 over `ms`, once a frame; returns a function that stops it. */
export function playProgress(set: (progress: number) => void, ms = STEP_PLAY_MS): () => void {
	let frame = 0;
	let start: number | null = null;
	const tick = (t: number) => {
		start ??= t;
		const p = Math.min(1, (t - start) / ms);
		set(p);
		frame = p < 1 ? requestAnimationFrame(tick) : 0;
	};
	set(0);
	frame = requestAnimationFrame(tick);
	return () => cancelAnimationFrame(frame);
}
