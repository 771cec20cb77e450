/**
 * Plays a beat: moves progress from one value to another over a fixed time,
 * one value per animation frame. Reading mode gets progress from the scroll
 * position; a lecturer's click, or an embedded step coming on screen, gets it
 * from this clock.
 */

/** How long one presentation beat plays. */
export const BEAT_MS = 1200;
/** How long an embedded step plays its animation from 0 to 1. */
export const STEP_PLAY_MS = 1500;

export interface FrameSource {
	request(cb: (t: number) => void): number;
	cancel(id: number): void;
	now(): number;
}

const browserFrames: FrameSource = {
	request: (cb) => requestAnimationFrame(cb),
	cancel: (id) => cancelAnimationFrame(id),
	now: () => performance.now()
};

/** Progress at time `elapsed` of a beat from `from` to `to`: linear, so dates pass at an even pace. */
export function tween(from: number, to: number, elapsed: number, duration: number): number {
	if (duration <= 0 || elapsed >= duration) return to;
	const t = Math.max(0, elapsed) / duration;
	return from + (to - from) * t;
}

export class BeatClock {
	private frame = 0;
	private done: (() => void) | null = null;

	constructor(private frames: FrameSource = browserFrames) {}

	get running(): boolean {
		return this.frame !== 0;
	}

	/** Calls onFrame with each frame's progress, ending exactly on `to`. A new play stops the last one. */
	play(from: number, to: number, onFrame: (p: number) => void, duration = BEAT_MS): void {
		this.stop();
		const start = this.frames.now();
		onFrame(from);
		const tick = (t: number) => {
			const p = tween(from, to, t - start, duration);
			onFrame(p);
			if (p === to) {
				this.frame = 0;
				this.done = null;
			} else this.frame = this.frames.request(tick);
		};
		this.done = () => onFrame(to);
		this.frame = this.frames.request(tick);
	}

	/** Stops the beat where it is; with `finish`, shows its end value first. */
	stop(finish = false): void {
		if (!this.frame) return;
		this.frames.cancel(this.frame);
		this.frame = 0;
		if (finish) this.done?.();
		this.done = null;
	}
}
