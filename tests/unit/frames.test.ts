import { afterEach, describe, expect, it } from 'vitest';
import { throttleFrames } from '../../tests/e2e/frames';

/** A stand-in for the browser's frame clock: `advance(ms)` runs a frame every 1000/60 ms. */
function frameClock() {
	let now = 0;
	let queue: { id: number; cb: FrameRequestCallback }[] = [];
	let id = 0;
	const win = {
		requestAnimationFrame: (cb: FrameRequestCallback) => (queue.push({ id: ++id, cb }), id),
		cancelAnimationFrame: (n: number) => void (queue = queue.filter((q) => q.id !== n))
	};
	const advance = (ms: number) => {
		for (const end = now + ms; now + 1000 / 60 <= end + 1e-9; ) {
			now += 1000 / 60;
			const due = queue;
			queue = [];
			for (const q of due) q.cb(now);
		}
	};
	return { win, advance };
}

describe('the cheaper map of the browser tests (frames.ts)', () => {
	const saved = (globalThis as { window?: unknown }).window;
	afterEach(() => void ((globalThis as { window?: unknown }).window = saved));

	it('hands out at most the set number of frames a second, each with the clock’s time, and loses no callback', () => {
		const { win, advance } = frameClock();
		(globalThis as { window?: unknown }).window = win;
		throttleFrames(5);
		const times: number[] = [];
		const loop = (t: number) => {
			times.push(t);
			win.requestAnimationFrame(loop);
		};
		win.requestAnimationFrame(loop);
		advance(2000);
		expect(times.length).toBeGreaterThanOrEqual(9);
		expect(times.length).toBeLessThanOrEqual(11);
		for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(199 - 1000 / 60);
	});

	it('runs every callback asked for in the same frame, and none that was cancelled', () => {
		const { win, advance } = frameClock();
		(globalThis as { window?: unknown }).window = win;
		throttleFrames(5);
		const ran: string[] = [];
		win.requestAnimationFrame(() => ran.push('a'));
		const b = win.requestAnimationFrame(() => ran.push('b'));
		win.requestAnimationFrame(() => ran.push('c'));
		win.cancelAnimationFrame(b);
		advance(250);
		expect(ran).toEqual(['a', 'c']);
	});
});
