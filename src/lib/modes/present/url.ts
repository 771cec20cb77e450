/**
 * The place in the talk lives in the URL fragment: `#airlift/2` for a beat of a
 * step that has several, so a reload or a shared link returns to the same step
 * and beat. A step's bare link (`#airlift`, as the reading page and the step
 * pages write it) opens the step finished, at its last beat, as a linked step
 * does everywhere. Anything unknown falls back quietly.
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

/** The place a fragment names; an unknown step gives the first step's first beat, a missing or bad beat the step's last. */
export function parsePosition(hash: string, steps: readonly Pick<Step, 'id'>[], counts: BeatCounts): Position {
	const raw = decode(hash.replace(/^#/, ''));
	if (raw === null) return { index: 0, beat: 1 };
	const slash = raw.lastIndexOf('/');
	const id = slash < 0 ? raw : raw.slice(0, slash);
	const index = steps.findIndex((s) => s.id === id);
	if (index < 0) return { index: 0, beat: 1 };
	const last = beatsAt(counts, index);
	const beat = slash >= 0 && /^\d{1,3}$/.test(raw.slice(slash + 1)) ? Number(raw.slice(slash + 1)) : last;
	return { index, beat: beat >= 1 && beat <= last ? beat : last };
}

/** The fragment for a place, with its `#`: the beat is written wherever the step has more than one. */
export function serializePosition(p: Position, steps: readonly Pick<Step, 'id'>[], counts: BeatCounts): string {
	const id = steps[p.index]?.id ?? steps[0]?.id ?? '';
	return beatsAt(counts, p.index) > 1 ? `#${id}/${p.beat}` : `#${id}`;
}
