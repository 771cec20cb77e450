/** Link previews: what a chat app or social site reads from a page's <head>. */
import { describe, expect, it } from 'vitest';
import { parseHTML as parse } from 'linkedom';
import { socialTagsHtml } from '../../src/lib/share/socialTags';

function head(html: string): Document {
	return parse(`<!doctype html><html><head>${html}</head><body></body></html>`).document as unknown as Document;
}
const meta = (d: Document, key: string) => d.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('link-preview tags', () => {
	const d = head(socialTagsHtml({ title: 'A "quoted" <b>title</b> & more', description: 'Dek', image: 'snapshots/x-wide.jpg', path: 'step/x', origin: 'https://news.example' }));

	it('point at the page and its picture with absolute URLs', () => {
		expect(d.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://news.example/step/x');
		expect(meta(d, 'og:url')).toBe('https://news.example/step/x');
		expect(meta(d, 'og:image')).toBe('https://news.example/snapshots/x-wide.jpg');
		expect(meta(d, 'twitter:image')).toBe('https://news.example/snapshots/x-wide.jpg');
		expect([meta(d, 'og:image:width'), meta(d, 'og:image:height')]).toEqual(['1200', '630']);
		expect(meta(d, 'twitter:card')).toBe('summary_large_image');
		expect(meta(d, 'og:type')).toBe('article');
	});

	it('carry the title and description as text, never as markup', () => {
		expect(meta(d, 'og:title')).toBe('A "quoted" <b>title</b> & more');
		expect(meta(d, 'twitter:title')).toBe('A "quoted" <b>title</b> & more');
		expect(meta(d, 'og:description')).toBe('Dek');
		expect(d.querySelector('b')).toBeNull();
	});

	it('leave out the picture tags when a page has no picture', () => {
		const bare = head(socialTagsHtml({ title: 'T', description: 'D', image: null, path: '', origin: 'https://news.example' }));
		expect(bare.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://news.example/');
		expect(meta(bare, 'og:image')).toBeUndefined();
		expect(meta(bare, 'twitter:card')).toBeUndefined();
		expect(meta(bare, 'twitter:title')).toBe('T');
	});
});
