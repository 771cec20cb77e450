import { describe, expect, it } from 'vitest';
import { story } from '../../data/story';
import { StepModel, stepIndexFromHash } from '../../src/lib/modes/stepModel.svelte';

describe('the step model', () => {
	it('moves forward and back, and stays within the story', () => {
		const m = new StepModel(story.steps);
		expect(m.index).toBe(0);
		expect(m.isFirst).toBe(true);
		m.prev();
		expect(m.index).toBe(0);
		m.next();
		expect(m.step.id).toBe(story.steps[1]?.id);
		m.goTo(999);
		expect(m.isLast).toBe(true);
		m.goTo(Number.NaN);
		expect(m.index).toBe(0);
	});

	it('goes to a step by id and keeps progress between 0 and 1', () => {
		const m = new StepModel(story.steps);
		const target = story.steps[5]!;
		expect(m.goToId(target.id, 0.4)).toBe(true);
		expect(m.step).toBe(target);
		expect(m.progress).toBe(0.4);
		m.setProgress(7);
		expect(m.progress).toBe(1);
		expect(m.goToId('no-such-step')).toBe(false);
		expect(m.step).toBe(target);
	});

	it('reads a step from a URL fragment and falls back to the first step for anything else', () => {
		const last = story.steps.at(-1)!;
		expect(stepIndexFromHash(story.steps, `#${last.id}`)).toBe(story.steps.length - 1);
		expect(stepIndexFromHash(story.steps, '#nope')).toBe(0);
		expect(stepIndexFromHash(story.steps, '#%E0%A4%A')).toBe(0);
		expect(stepIndexFromHash(story.steps, '')).toBe(0);
		expect(stepIndexFromHash(story.steps, '#<script>')).toBe(0);
	});
});
