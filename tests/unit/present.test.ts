import { describe, expect, it } from 'vitest';
import { story } from '../../data/story';
import { beatsFor } from '../../src/lib/map/legend';
import { actionForKey, pressesControl, shouldHandle, KEY_HELP } from '../../src/lib/modes/present/keys';
import { isTextEntry, swipeDirection } from '../../src/lib/modes/input';
import { beatSpan, firstPosition, lastPosition, nextPosition, positionForNumber, prevPosition, type Position } from '../../src/lib/modes/present/beats';
import { parsePosition, serializePosition } from '../../src/lib/modes/present/url';
import { channelName, parseMessage } from '../../src/lib/modes/present/sync';
import { BeatClock, tween, type FrameSource } from '../../src/lib/modes/clock';

const steps = story.steps;
const counts = steps.map(beatsFor);
const multi = steps.findIndex((_, i) => (counts[i] ?? 1) > 1);

describe('keys', () => {
	it('maps next, previous and clicker keys', () => {
		for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(actionForKey({ key })).toEqual({ kind: 'next' });
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(actionForKey({ key })).toEqual({ kind: 'prev' });
		expect(actionForKey({ key: ' ', shiftKey: true })).toEqual({ kind: 'prev' });
	});

	it('maps the other keys of the help list', () => {
		expect(actionForKey({ key: 'Home' })).toEqual({ kind: 'first' });
		expect(actionForKey({ key: 'End' })).toEqual({ kind: 'last' });
		expect(actionForKey({ key: '7' })).toEqual({ kind: 'digit', digit: '7' });
		expect(actionForKey({ key: 'Enter' })).toEqual({ kind: 'enter' });
		expect(actionForKey({ key: 'Backspace' })).toEqual({ kind: 'backspace' });
		for (const key of ['f', 'F']) expect(actionForKey({ key })).toEqual({ kind: 'fullscreen' });
		for (const key of ['b', 'B', '.']) expect(actionForKey({ key })).toEqual({ kind: 'blackout' });
		expect(actionForKey({ key: 'Escape' })).toEqual({ kind: 'escape' });
		expect(actionForKey({ key: '?', shiftKey: true })).toEqual({ kind: 'help' });
		for (const key of ['p', 'P']) expect(actionForKey({ key })).toEqual({ kind: 'presenter' });
		for (const key of ['l', 'L']) expect(actionForKey({ key })).toEqual({ kind: 'legend' });
		expect(KEY_HELP.length).toBeGreaterThan(5);
	});

	it('leaves browser shortcuts and unknown keys alone', () => {
		expect(actionForKey({ key: 'f', ctrlKey: true })).toBeNull();
		expect(actionForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(actionForKey({ key: 'r', metaKey: true })).toBeNull();
		expect(actionForKey({ key: 'x' })).toBeNull();
		expect(actionForKey({ key: 'F5' })).toBeNull();
	});

	it('does not fire in text fields, and lets Space and Enter press a focused button', () => {
		expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true);
		expect(isTextEntry({ tagName: 'INPUT', type: 'search' })).toBe(true);
		expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
		expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
		expect(isTextEntry({ tagName: 'SELECT' })).toBe(true);
		expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
		expect(isTextEntry({ tagName: 'BODY' })).toBe(false);
		expect(isTextEntry(null)).toBe(false);
		expect(pressesControl(' ', { tagName: 'BUTTON' })).toBe(true);
		expect(pressesControl('ArrowRight', { tagName: 'BUTTON' })).toBe(false);
		expect(shouldHandle({ key: 'ArrowRight' }, { tagName: 'INPUT', type: 'text' })).toBe(false);
		expect(shouldHandle({ key: 'ArrowRight' }, { tagName: 'BUTTON' })).toBe(true);
		expect(shouldHandle({ key: ' ' }, { tagName: 'BODY' })).toBe(true);
	});

	it('reads a level swipe left as next and right as previous', () => {
		expect(swipeDirection(-120, 10)).toBe('next');
		expect(swipeDirection(120, -5)).toBe('prev');
		expect(swipeDirection(-30, 0)).toBeNull();
		expect(swipeDirection(-100, 90)).toBeNull();
	});
});

describe('beats', () => {
	it('the story has at least one step with several beats', () => {
		expect(multi).toBeGreaterThanOrEqual(0);
	});

	it('splits progress evenly: beat b of n runs from (b-1)/n to b/n', () => {
		expect(beatSpan(1, 1)).toEqual({ from: 0, to: 1 });
		expect(beatSpan(1, 4)).toEqual({ from: 0, to: 0.25 });
		expect(beatSpan(3, 4)).toEqual({ from: 0.5, to: 0.75 });
		expect(beatSpan(9, 4)).toEqual({ from: 0.75, to: 1 });
	});

	it('walks forward through every beat of every step and back again', () => {
		const forward: Position[] = [firstPosition()];
		for (let p = nextPosition(firstPosition(), counts); p; p = nextPosition(p, counts)) forward.push(p);
		expect(forward.length).toBe(counts.reduce((a, b) => a + b, 0));
		expect(forward.at(-1)).toEqual(lastPosition(counts));
		const back: Position[] = [lastPosition(counts)];
		for (let p = prevPosition(lastPosition(counts), counts); p; p = prevPosition(p, counts)) back.push(p);
		expect(back.reverse()).toEqual(forward);
	});

	it('goes from a step’s first beat back to the previous step’s last beat', () => {
		const n = counts[multi] as number;
		expect(prevPosition({ index: multi + 1, beat: 1 }, counts)).toEqual({ index: multi, beat: n });
		expect(prevPosition({ index: multi, beat: 2 }, counts)).toEqual({ index: multi, beat: 1 });
		expect(prevPosition(firstPosition(), counts)).toBeNull();
		expect(nextPosition(lastPosition(counts), counts)).toBeNull();
	});

	it('turns a typed number into a step, or nothing', () => {
		expect(positionForNumber('1', counts)).toEqual({ index: 0, beat: 1 });
		expect(positionForNumber(String(steps.length), counts)).toEqual({ index: steps.length - 1, beat: 1 });
		expect(positionForNumber('0', counts)).toBeNull();
		expect(positionForNumber(String(steps.length + 1), counts)).toBeNull();
		expect(positionForNumber('', counts)).toBeNull();
	});
});

describe('URL fragment', () => {
	const id = steps[multi]!.id;
	it('round-trips every place in the talk', () => {
		for (let p: Position | null = firstPosition(); p; p = nextPosition(p, counts)) {
			expect(parsePosition(serializePosition(p, steps, counts), steps, counts)).toEqual(p);
		}
		expect(serializePosition({ index: multi, beat: 1 }, steps, counts)).toBe(`#${id}/1`);
		expect(serializePosition({ index: multi, beat: 2 }, steps, counts)).toBe(`#${id}/2`);
		const single = counts.findIndex((n) => n === 1);
		expect(serializePosition({ index: single, beat: 1 }, steps, counts)).toBe(`#${steps[single]!.id}`);
	});

	it('opens a step named without a beat finished, at its last beat, as a step link does', () => {
		expect(parsePosition(`#${id}`, steps, counts)).toEqual({ index: multi, beat: counts[multi] });
	});

	it('falls back to step 1 for an unknown step, and to the step finished for a bad beat', () => {
		expect(parsePosition('', steps, counts)).toEqual({ index: 0, beat: 1 });
		expect(parsePosition('#no-such-step', steps, counts)).toEqual({ index: 0, beat: 1 });
		expect(parsePosition('#no-such-step/2', steps, counts)).toEqual({ index: 0, beat: 1 });
		expect(parsePosition('#%E0%A4%A', steps, counts)).toEqual({ index: 0, beat: 1 });
		for (const bad of ['x', '0', '-1', '1.5', '999', '']) expect(parsePosition(`#${id}/${bad}`, steps, counts)).toEqual({ index: multi, beat: counts[multi] });
	});
});

describe('sync messages', () => {
	const id = steps[multi]!.id;
	const ok = { v: 1, type: 'position', step: id, beat: 2, animate: true, blackout: false };
	it('accepts well-formed messages for this story', () => {
		expect(parseMessage(ok, steps, counts)).toEqual(ok);
		expect(parseMessage({ v: 1, type: 'hello' }, steps, counts)).toEqual({ v: 1, type: 'hello' });
		expect(channelName(story.slug)).toContain(story.slug);
	});

	it('ignores anything else', () => {
		const bad: unknown[] = [
			null,
			'next',
			42,
			[],
			{},
			{ ...ok, v: 2 },
			{ ...ok, type: 'jump' },
			{ ...ok, step: 'no-such-step' },
			{ ...ok, step: 3 },
			{ ...ok, beat: 0 },
			{ ...ok, beat: 1.5 },
			{ ...ok, beat: (counts[multi] as number) + 1 },
			{ ...ok, beat: '2' },
			{ ...ok, animate: 'yes' },
			{ ...ok, blackout: undefined }
		];
		for (const m of bad) expect(parseMessage(m, steps, counts), JSON.stringify(m)).toBeNull();
	});
});

describe('beat clock', () => {
	function fakeFrames() {
		let t = 0;
		let queued: ((t: number) => void) | null = null;
		const frames: FrameSource = {
			request: (cb) => ((queued = cb), 1),
			cancel: () => (queued = null),
			now: () => t
		};
		const step = (ms: number) => {
			t += ms;
			const cb = queued;
			queued = null;
			cb?.(t);
		};
		return { frames, step, pending: () => queued !== null };
	}

	it('moves linearly and ends exactly on the target', () => {
		expect(tween(0.25, 0.5, 600, 1200)).toBeCloseTo(0.375);
		expect(tween(0.25, 0.5, 5000, 1200)).toBe(0.5);
		const f = fakeFrames();
		const seen: number[] = [];
		const clock = new BeatClock(f.frames);
		clock.play(0.5, 0.75, (p) => seen.push(p), 1200);
		while (f.pending()) f.step(100);
		expect(seen[0]).toBe(0.5);
		expect(seen.at(-1)).toBe(0.75);
		expect(seen.every((v, i) => i === 0 || v >= (seen[i - 1] as number))).toBe(true);
		expect(clock.running).toBe(false);
	});

	it('can be stopped, and finished at once', () => {
		const f = fakeFrames();
		const seen: number[] = [];
		const clock = new BeatClock(f.frames);
		clock.play(0, 1, (p) => seen.push(p), 1200);
		f.step(100);
		clock.stop(true);
		expect(seen.at(-1)).toBe(1);
		expect(f.pending()).toBe(false);
	});
});
