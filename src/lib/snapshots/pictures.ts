/** Where each step's snapshot pictures are, from the manifest the snapshot script writes. */
import manifest from '../../../static/snapshots/manifest.json';
import type { SnapshotSize } from './key';

type Entry = { key: string; files: Partial<Record<SnapshotSize, string>> };
const entries = manifest.steps as Record<string, Entry | undefined>;

/** Path (relative to the site root) of a step's picture, or null when there is none. */
export function picturePath(stepId: string, size: SnapshotSize = 'wide'): string | null {
	return entries[stepId]?.files[size] ?? null;
}
