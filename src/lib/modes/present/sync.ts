/**
 * Keeps the audience window and the presenter window on the same beat, over a
 * BroadcastChannel named after the story. Either window can drive; the other
 * follows. A window that opens asks the others where the talk is.
 *
 * Messages (anything else on the channel is ignored):
 *
 *   { v: 1, type: 'position', step: string, beat: number, animate: boolean, blackout: boolean }
 *     step: a step id of this story; beat: an integer from 1 to that step's beat count;
 *     animate: play the beat (a click on) rather than show its end state at once;
 *     blackout: whether the audience screen is blacked out.
 *
 *   { v: 1, type: 'hello' }
 *     sent by a window that has just opened; every other window answers with a
 *     'position' message (animate: false).
 */
import type { Step } from '../../story/types';
import { isRecord } from '../../story/checks';
import { beatsAt, type BeatCounts } from './beats';

export const SYNC_VERSION = 1;

export interface PositionMessage {
	v: typeof SYNC_VERSION;
	type: 'position';
	step: string;
	beat: number;
	animate: boolean;
	blackout: boolean;
}

export interface HelloMessage {
	v: typeof SYNC_VERSION;
	type: 'hello';
}

export type SyncMessage = PositionMessage | HelloMessage;

export function channelName(storySlug: string): string {
	return `present:${storySlug}`;
}

/** The message, checked against this story; null for anything malformed or foreign. */
export function parseMessage(data: unknown, steps: readonly Pick<Step, 'id'>[], counts: BeatCounts): SyncMessage | null {
	if (!isRecord(data) || data.v !== SYNC_VERSION) return null;
	if (data.type === 'hello') return { v: SYNC_VERSION, type: 'hello' };
	if (data.type !== 'position') return null;
	const { step, beat, animate, blackout } = data;
	if (typeof step !== 'string' || typeof animate !== 'boolean' || typeof blackout !== 'boolean') return null;
	const index = steps.findIndex((s) => s.id === step);
	if (index < 0) return null;
	if (typeof beat !== 'number' || !Number.isInteger(beat) || beat < 1 || beat > beatsAt(counts, index)) return null;
	return { v: SYNC_VERSION, type: 'position', step, beat, animate, blackout };
}

/** A BroadcastChannel that only lets valid messages through; silent where the browser has none. */
export class SyncChannel {
	private channel: BroadcastChannel | null = null;

	constructor(name: string, validate: (data: unknown) => SyncMessage | null, onMessage: (m: SyncMessage) => void) {
		if (typeof BroadcastChannel === 'undefined') return;
		this.channel = new BroadcastChannel(name);
		this.channel.onmessage = (e: MessageEvent) => {
			const m = validate(e.data);
			if (m) onMessage(m);
		};
	}

	post(m: SyncMessage): void {
		this.channel?.postMessage(m);
	}

	close(): void {
		this.channel?.close();
		this.channel = null;
	}
}
