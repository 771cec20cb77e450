import { describe, expect, it } from 'vitest';
import { scaleValue, strongColour, strongOpacity, strongValue } from '../../src/lib/map/projector';
import { IdleBar, type Timers } from '../../src/lib/modes/present/idle';
import { actionForKey, KEY_HELP } from '../../src/lib/modes/present/keys';

describe('the projector style scales text and lines', () => {
	it('numbers, and the outputs of zoom curves, matches and cases (never their inputs or stops)', () => {
		expect(scaleValue(12, 1.5)).toBe(18);
		expect(scaleValue(12, 1)).toBe(12);
		expect(scaleValue(['interpolate', ['linear'], ['zoom'], 2, 0.6, 7, 1.4], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 2, 1.2, 7, 2.8]);
		expect(scaleValue(['step', ['zoom'], 10, 5, 14], 2)).toEqual(['step', ['zoom'], 20, 5, 28]);
		expect(scaleValue(['match', ['get', 'size'], 3, 15, 2, 11, 7], 2)).toEqual(['match', ['get', 'size'], 3, 30, 2, 22, 14]);
		expect(scaleValue(['case', ['==', ['get', 'a'], 1], 4, 6], 2)).toEqual(['case', ['==', ['get', 'a'], 1], 8, 12]);
		// A zoom curve of matches: each output match scaled.
		expect(scaleValue(['interpolate', ['linear'], ['zoom'], 2, ['match', ['get', 'kind'], 'capital', 12, 11], 5, 13], 2)).toEqual([
			'interpolate',
			['linear'],
			['zoom'],
			2,
			['match', ['get', 'kind'], 'capital', 24, 22],
			5,
			26
		]);
		expect(scaleValue(['get', 'r'], 2)).toEqual(['*', ['get', 'r'], 2]);
	});
});

describe('the projector style makes fills survive a washed-out picture', () => {
	it('saturates and darkens colours, and leaves white, greys and transparent alone', () => {
		const pale = strongColour('#e8c468');
		expect(pale).toMatch(/^#[0-9a-f]{6}$/);
		expect(pale).not.toBe('#e8c468');
		expect(strongColour('#ffffff')).toBe('#ffffff');
		expect(strongColour('#777')).toBe('#777');
		expect(strongColour('rgba(0,0,0,0)')).toBe('rgba(0,0,0,0)');
		expect(strongColour('not a colour')).toBe('not a colour');
		// Stronger: more saturated and no lighter.
		const sat = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
			const max = Math.max(r, g, b), min = Math.min(r, g, b), l = (max + min) / 2;
			return { s: max === min ? 0 : (max - min) / (l > 0.5 ? 2 - max - min : max + min), l };
		};
		expect(sat(pale).s).toBeGreaterThan(sat('#e8c468').s);
		expect(sat(pale).l).toBeLessThan(sat('#e8c468').l);
	});
	it('strengthens every colour in an expression, not its keys', () => {
		expect(strongValue(['match', ['get', 'force'], 'russia', '#c0392b', '#2e86c1'])).toEqual(['match', ['get', 'force'], 'russia', strongColour('#c0392b'), strongColour('#2e86c1')]);
	});
	it('raises opacities a third of the way to 1', () => {
		expect(strongOpacity(0.25)).toBe(0.5);
		expect(strongOpacity(0.85)).toBe(0.9);
		expect(strongOpacity(1)).toBe(1);
		expect(strongOpacity(['get', 'o'])).toEqual(['get', 'o']);
	});
});

describe('the presentation’s control bar hides when the pointer is still', () => {
	function fakeTimers() {
		let now = 0;
		const pending = new Map<number, { at: number; cb: () => void }>();
		let next = 1;
		const timers: Timers = {
			set: (cb, ms) => (pending.set(next, { at: now + ms, cb }), next++),
			clear: (id) => void pending.delete(id)
		};
		const advance = (ms: number) => {
			now += ms;
			for (const [id, t] of [...pending]) if (t.at <= now) (pending.delete(id), t.cb());
		};
		return { timers, advance };
	}

	it('shows on a move or key, hides after a still spell, and never while the focus is in it', () => {
		const { timers, advance } = fakeTimers();
		const seen: boolean[] = [];
		const bar = new IdleBar((s) => seen.push(s), timers, 1000);
		bar.wake();
		expect(seen.at(-1)).toBe(true);
		advance(999);
		expect(seen.at(-1)).toBe(true);
		advance(1);
		expect(seen.at(-1)).toBe(false);
		// A move brings it back and restarts the wait.
		bar.wake();
		advance(600);
		bar.wake();
		advance(600);
		expect(seen.at(-1)).toBe(true);
		// Focus in the bar: it stays, however long the pointer is still.
		bar.focus(true);
		advance(10_000);
		expect(seen.at(-1)).toBe(true);
		bar.wake();
		advance(10_000);
		expect(seen.at(-1)).toBe(true);
		// Focus leaves: the wait starts again.
		bar.focus(false);
		advance(1000);
		expect(seen.at(-1)).toBe(false);
		bar.stop();
	});
});

describe('the presentation’s key is hidden until asked for', () => {
	it('K (and L) show or hide it, and the keys list says so', () => {
		for (const key of ['k', 'K', 'l', 'L']) expect(actionForKey({ key })).toEqual({ kind: 'legend' });
		expect(KEY_HELP.find((r) => r.keys.includes('K'))?.does).toMatch(/map key/);
	});
});
