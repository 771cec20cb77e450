import { afterEach, describe, expect, it } from 'vitest';
import { swipeDirection, SWIPE_MIN_PX } from '../../src/lib/modes/embed/swipe';

describe('swipes', () => {
	it('go forward on a swipe to the left and back on a swipe to the right', () => {
		expect(swipeDirection(-120, 10)).toBe('next');
		expect(swipeDirection(120, -10)).toBe('prev');
	});

	it('ignore taps, short drags and mostly vertical drags (those scroll the page)', () => {
		expect(swipeDirection(0, 0)).toBeNull();
		expect(swipeDirection(-(SWIPE_MIN_PX - 1), 0)).toBeNull();
		expect(swipeDirection(-100, 80)).toBeNull();
	});
});

describe('the step clock', () => {
	const g = globalThis as unknown as { requestAnimationFrame: unknown; cancelAnimationFrame: unknown };
	const saved = { raf: g.requestAnimationFrame, caf: g.cancelAnimationFrame };
	afterEach(() => {
		g.requestAnimationFrame = saved.raf;
		g.cancelAnimationFrame = saved.caf;
	});

	it('plays progress from 0 to 1 over the given time, one value a frame, then stops', async () => {
		const { playProgress } = await import('../../src/lib/modes/embed/clock');
		const frames: FrameRequestCallback[] = [];
		g.requestAnimationFrame = (cb: FrameRequestCallback) => frames.push(cb);
		g.cancelAnimationFrame = () => {};
		const seen: number[] = [];
		playProgress((p) => seen.push(p), 1500);
		for (const t of [1000, 1750, 2500, 3000]) frames.shift()?.(t);
		expect(seen).toEqual([0, 0, 0.5, 1]);
		expect(frames).toHaveLength(0);
	});

	it('stops when asked', async () => {
		const { playProgress } = await import('../../src/lib/modes/embed/clock');
		const cancelled: number[] = [];
		g.requestAnimationFrame = () => 7;
		g.cancelAnimationFrame = (id: number) => cancelled.push(id);
		playProgress(() => {})();
		expect(cancelled).toEqual([7]);
	});
});
