/**
 * The place in the talk lives in the URL fragment: `#airlift` for a step's
 * first beat, `#airlift/2` for a later one, so a reload or a shared link
 * returns to the same step and beat. Anything unknown falls back quietly.
 */
import type { Step } from '../../story/types';
import { beatsAt, type BeatCounts, type Position } from './beats';

function decode(s: string): string | null {
	try {
		return decodeURIComponent(s);
	} catch {
		return null;
	}
}

/** The place a fragment names; an unknown step gives the first step, a bad beat gives beat 1. */
export function parsePosition(hash: string, steps: readonly Pick<Step, 'id'>[], counts: BeatCounts): Position {
	const raw = decode(hash.replace(/^#/, ''));
	if (raw === null) return { index: 0, beat: 1 };
	const slash = raw.lastIndexOf('/');
	const id = slash < 0 ? raw : raw.slice(0, slash);
	const beatText = slash < 0 ? '1' : raw.slice(slash + 1);
	const index = steps.findIndex((s) => s.id === id);
	if (index < 0) return { index: 0, beat: 1 };
	const beat = /^\d{1,3}$/.test(beatText) ? Number(beatText) : 1;
	return { index, beat: beat >= 1 && beat <= beatsAt(counts, index) ? beat : 1 };
}

/** The fragment for a place, with its `#`. */
export function serializePosition(p: Position, steps: readonly Pick<Step, 'id'>[]): string {
	const id = steps[p.index]?.id ?? steps[0]?.id ?? '';
	return p.beat > 1 ? `#${id}/${p.beat}` : `#${id}`;
}
