/**
 * The order a poster's `<source>` elements come in: the phone picture on a
 * phone, then the wide one; within each, AVIF, then WebP, then JPEG (the
 * `<img>` itself is the wide JPEG, so that one is left out). A browser takes
 * the first source it can use, so the smallest file it can decode wins.
 */
import type { SnapshotSize } from './sizes';

export type PictureFormat = 'jpeg' | 'webp' | 'avif';

/** The phone picture's media query: the layout's phone breakpoint. */
export const PHONE_MEDIA = '(max-width: 767.98px)';

export interface PosterSource {
	media: 'phone' | 'all';
	/** The MIME type; omitted for JPEG, which every browser takes. */
	type?: string;
	file: string;
}

const TYPES: Record<PictureFormat, string | undefined> = { avif: 'image/avif', webp: 'image/webp', jpeg: undefined };

/** The sources for a step's poster, given where each of its files is (null where there is none). */
export function posterSources(path: (size: SnapshotSize, format: PictureFormat) => string | null): PosterSource[] {
	const out: PosterSource[] = [];
	for (const [size, media] of [['phone', 'phone'], ['wide', 'all']] as const)
		for (const format of ['avif', 'webp', 'jpeg'] as const) {
			if (size === 'wide' && format === 'jpeg') continue;
			const file = path(size, format);
			if (file) out.push({ media, type: TYPES[format], file });
		}
	return out;
}
