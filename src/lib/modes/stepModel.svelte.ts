/**
 * The one step model. Scroll, keys, presentation, embeds and links all move
 * the story through it; the map and the text only read from it.
 */
import type { Step } from '../story/types';

export class StepModel {
	readonly steps: readonly Step[];
	index = $state(0);
	/** Progress through the current step, 0–1 (scroll position, or a clock). */
	progress = $state(0);
	step = $derived.by(() => this.steps[this.index] as Step);
	isFirst = $derived(this.index === 0);
	isLast = $derived.by(() => this.index === this.steps.length - 1);

	constructor(steps: readonly Step[], start = 0) {
		if (steps.length === 0) throw new Error('a story needs at least one step');
		this.steps = steps;
		this.index = this.clamp(start);
	}

	private clamp(i: number): number {
		return Math.min(this.steps.length - 1, Math.max(0, Math.trunc(Number.isFinite(i) ? i : 0)));
	}

	/** Index of the step with this id, or -1. */
	indexOf(id: string): number {
		return this.steps.findIndex((s) => s.id === id);
	}

	goTo(i: number, progress = 0): void {
		const next = this.clamp(i);
		if (next !== this.index) this.index = next;
		this.progress = Math.min(1, Math.max(0, progress));
	}

	goToId(id: string, progress = 0): boolean {
		const i = this.indexOf(id);
		if (i < 0) return false;
		this.goTo(i, progress);
		return true;
	}

	next(): void {
		this.goTo(this.index + 1);
	}

	prev(): void {
		this.goTo(this.index - 1);
	}

	setProgress(p: number): void {
		const v = Math.min(1, Math.max(0, p));
		if (v !== this.progress) this.progress = v;
	}
}

/** The step a URL fragment names ("#airlift"), or the first step for anything else. */
export function stepIndexFromHash(steps: readonly Step[], hash: string): number {
	let id = hash.replace(/^#/, '');
	try {
		id = decodeURIComponent(id);
	} catch {
		return 0;
	}
	const i = steps.findIndex((s) => s.id === id);
	return i < 0 ? 0 : i;
}
