/**
 * Where each step's snapshot pictures are, from the manifest the snapshot
 * script writes. English pictures are listed by file; each other language's
 * (its map labels and key in its words) sit at `snapshots/<lang>/<id>-<size>.<ext>`
 * and the manifest lists the steps it has, with the key each was made from.
 */
import manifest from '../../../static/snapshots/manifest.json';
import { SNAPSHOT_SIZES, type SnapshotSize } from './sizes';
import { esc } from '../story/escape';
import type { PictureFormat } from './sources';

type Entry = { key: string; files: Partial<Record<SnapshotSize, string>>; webp?: Partial<Record<SnapshotSize, string>>; avif?: Partial<Record<SnapshotSize, string>> };
const entries = manifest.steps as Record<string, Entry | undefined>;
const langEntries = ((manifest as { langs?: Record<string, Record<string, string>> }).langs ?? {}) as Record<string, Record<string, string> | undefined>;
const EXT: Record<PictureFormat, string> = { jpeg: 'jpg', webp: 'webp', avif: 'avif' };

/** Path (relative to the site root) of a step's picture in a language (English by default), or null when there is none. */
export function picturePath(stepId: string, size: SnapshotSize = 'wide', format: PictureFormat = 'jpeg', lang = 'en'): string | null {
	if (lang !== 'en') return langEntries[lang]?.[stepId] ? `snapshots/${lang}/${stepId}-${size}.${EXT[format]}` : null;
	const entry = entries[stepId];
	return (format === 'jpeg' ? entry?.files[size] : entry?.[format]?.[size]) ?? null;
}

/**
 * A step's wide picture as an <img> string (see $lib/story/html.ts for why a
 * string), or '' when there is none. `assets` is the site's asset base.
 */
export function pictureHtml(stepId: string, alt: string, assets: string, opts: { loading?: 'lazy' | 'eager'; className?: string; lang?: string } = {}): string {
	const src = picturePath(stepId, 'wide', 'jpeg', opts.lang);
	if (!src) return '';
	const { loading = 'lazy', className = '' } = opts;
	const { width, height } = SNAPSHOT_SIZES.wide;
	return `<img class="step-picture${className ? ` ${esc(className)}` : ''}" src="${esc(`${assets}/${src}`)}" alt="${esc(alt)}" loading="${loading}" decoding="async" width="${width}" height="${height}" data-step-picture="${esc(stepId)}">`;
}
