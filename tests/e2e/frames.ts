import type { BrowserContext } from '@playwright/test';

/**
 * A cheaper live map for tests whose subject is not how the map moves (the page's words, keys,
 * requests, embeds, languages, fallbacks, charts, print and layout): the same map, drawn at a few frames a second.
 *
 * Software WebGL cannot draw this map at 60 frames a second; while it animates it takes both of
 * the machine's cores, and the other worker's test waits. Every animation here runs on the clock,
 * not on a frame count, so a step, beat or flight ends where and when it would have; only the
 * frames between are fewer. Specs about the map's motion and what it draws (layers, visibility,
 * still, first-map, warm, embed-lazy) keep every frame.
 *
 * Two frames a second. The embed and presentation specs took 268 s summed at 5 frames a second and
 * 220 s at 2 on this machine (desktop, 2 workers, one run each).
 */
export const CHEAP_FPS = 2;

/** Runs in the page, before its scripts: hands out animation frames at most `fps` times a second. */
export function throttleFrames(fps: number): void {
	const raf = window.requestAnimationFrame.bind(window);
	const gap = 1000 / fps;
	const due = new Map<number, FrameRequestCallback>();
	let last = -Infinity;
	let next = 1;
	let waiting = false;
	const tick = (t: number) => {
		if (t - last < gap - 1) {
			raf(tick);
			return;
		}
		last = t;
		waiting = false;
		const callbacks = [...due.values()];
		due.clear();
		for (const cb of callbacks) cb(t);
	};
	window.requestAnimationFrame = (cb) => {
		const id = next++;
		due.set(id, cb);
		if (!waiting) {
			waiting = true;
			raf(tick);
		}
		return id;
	};
	window.cancelAnimationFrame = (id) => void due.delete(id);
}

/** For `test.beforeEach`: every page of the test's context, and its frames, gets the cheaper map. */
export async function cheaperMap({ context }: { context: BrowserContext }): Promise<void> {
	await context.addInitScript(throttleFrames, CHEAP_FPS);
}
