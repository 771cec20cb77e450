import { describe, expect, it } from 'vitest';
import { posterSources } from '../../src/lib/snapshots/sources';
import type { PictureFormat } from '../../src/lib/snapshots/sources';

const all = (size: string, format: PictureFormat) => `snapshots/s-${size}.${format === 'jpeg' ? 'jpg' : format}`;

describe('a poster’s sources', () => {
	it('offers the phone picture first, then the wide one, each smallest format first, and leaves the <img>’s JPEG out', () => {
		expect(posterSources(all)).toEqual([
			{ media: 'phone', type: 'image/avif', file: 'snapshots/s-phone.avif' },
			{ media: 'phone', type: 'image/webp', file: 'snapshots/s-phone.webp' },
			{ media: 'phone', type: undefined, file: 'snapshots/s-phone.jpg' },
			{ media: 'all', type: 'image/avif', file: 'snapshots/s-wide.avif' },
			{ media: 'all', type: 'image/webp', file: 'snapshots/s-wide.webp' }
		]);
	});

	it('skips a format a step has no file in (an older manifest without AVIF still works)', () => {
		const noAvif = (size: string, format: PictureFormat) => (format === 'avif' ? null : all(size, format));
		expect(posterSources(noAvif).map((s) => s.file)).toEqual(['snapshots/s-phone.webp', 'snapshots/s-phone.jpg', 'snapshots/s-wide.webp']);
	});
});
