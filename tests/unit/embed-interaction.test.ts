import { describe, expect, it } from 'vitest';
import { BeatClock, STEP_PLAY_MS, type FrameSource } from '../../src/lib/modes/clock';
import { swipeDirection, SWIPE_MIN_PX } from '../../src/lib/modes/input';

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
	/** Animation frames the test hands out itself, starting at 1000 ms. */
	function fakeFrames(id = 1) {
		const frames: ((t: number) => void)[] = [];
		const cancelled: number[] = [];
		const source: FrameSource = {
			request: (cb) => (frames.push(cb), id),
			cancel: (n) => cancelled.push(n),
			now: () => 1000
		};
		return { frames, cancelled, source };
	}

	it('plays progress from 0 to 1 over the given time, one value a frame, then stops', () => {
		const { frames, source } = fakeFrames();
		const seen: number[] = [];
		new BeatClock(source).play(0, 1, (p) => seen.push(p), 1500);
		for (const t of [1000, 1750, 2500, 3000]) frames.shift()?.(t);
		expect(seen).toEqual([0, 0, 0.5, 1]);
		expect(frames).toHaveLength(0);
	});

	it('stops when asked', () => {
		const { cancelled, source } = fakeFrames(7);
		const clock = new BeatClock(source);
		clock.play(0, 1, () => {}, STEP_PLAY_MS);
		clock.stop();
		expect(cancelled).toEqual([7]);
	});
});
