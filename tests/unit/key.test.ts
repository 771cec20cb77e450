import { describe, expect, it } from 'vitest';
import { story } from '../../data/story';
import { legendFor, screenKey } from '../../src/lib/map/legend';

describe('the key on the map is compact', () => {
	it('shows swatches and short labels only, without sources or details, each once', () => {
		const key = screenKey([
			{ swatch: 'dot', color: '#c00', label: 'A long label about protests reported on 5 January', short: 'Protests', note: 'TASS' },
			{ swatch: 'dot', color: '#c00', label: 'Another long label', short: 'Protests' },
			{ swatch: 'fill', color: '#eee', label: 'Armenia: chaired the CSTO', detail: true }
		]);
		expect(key).toEqual([{ swatch: 'dot', color: '#c00', label: 'Protests' }]);
	});

	it('every step’s key has at most five entries of at most 45 characters', () => {
		for (const step of story.steps) {
			const key = screenKey(legendFor(step));
			expect(key.length, step.id).toBeLessThanOrEqual(5);
			for (const e of key) expect(e.label.length, `${step.id}: "${e.label}"`).toBeLessThanOrEqual(45);
		}
	});
});
