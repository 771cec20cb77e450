/** Where each step's snapshot pictures are, from the manifest the snapshot script writes. */
import manifest from '../../../static/snapshots/manifest.json';
import { SNAPSHOT_SIZES, type SnapshotSize } from './sizes';
import { esc } from '../story/escape';
import type { PictureFormat } from './sources';

type Entry = { key: string; files: Partial<Record<SnapshotSize, string>>; webp?: Partial<Record<SnapshotSize, string>>; avif?: Partial<Record<SnapshotSize, string>> };
const entries = manifest.steps as Record<string, Entry | undefined>;

/** Path (relative to the site root) of a step's picture, or null when there is none. */
export function picturePath(stepId: string, size: SnapshotSize = 'wide', format: PictureFormat = 'jpeg'): string | null {
	const entry = entries[stepId];
	return (format === 'jpeg' ? entry?.files[size] : entry?.[format]?.[size]) ?? null;
}

/**
 * A step's wide picture as an <img> string (see $lib/story/html.ts for why a
 * string), or '' when there is none. `assets` is the site's asset base.
 */
export function pictureHtml(stepId: string, alt: string, assets: string, opts: { loading?: 'lazy' | 'eager'; className?: string } = {}): string {
	const src = picturePath(stepId, 'wide');
	if (!src) return '';
	const { loading = 'lazy', className = '' } = opts;
	const { width, height } = SNAPSHOT_SIZES.wide;
	return `<img class="step-picture${className ? ` ${esc(className)}` : ''}" src="${esc(`${assets}/${src}`)}" alt="${esc(alt)}" loading="${loading}" decoding="async" width="${width}" height="${height}" data-step-picture="${esc(stepId)}">`;
}
