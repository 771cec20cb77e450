import { describe, expect, it } from 'vitest';
import { containerId, embedQuery, embedUrl, iframeSnippet, jsString, oEmbed, originPattern, pymSnippet } from '../../src/lib/modes/embed/snippets';
import { esc } from '../../src/lib/story/html';
import { parseEmbedParams } from '../../src/lib/modes/embed/params';
import { story } from '../../data/story';

const ids = story.steps.map((s) => s.id);

describe('embed URLs', () => {
	it('name only what differs from the default', () => {
		expect(embedQuery({ mode: 'full', theme: 'light' })).toBe('');
		expect(embedQuery({ mode: 'range', from: 'airlift', to: 'return-flights', theme: 'dark' })).toBe('?from=airlift&to=return-flights&theme=dark');
		expect(embedQuery({ mode: 'single', step: 'airlift', theme: 'light' })).toBe('?step=airlift');
	});

	it('read back as the choice they were built from', () => {
		const url = new URL(embedUrl('https://site.example/embed', { mode: 'range', from: 'airlift', to: 'return-flights', theme: 'dark' }));
		expect(parseEmbedParams(url.search, ids)).toMatchObject({ mode: 'range', from: ids.indexOf('airlift'), to: ids.indexOf('return-flights'), theme: 'dark' });
	});
});

describe('embed URLs: background', () => {
	it('name a background only when it is not the theme’s own', () => {
		expect(embedQuery({ mode: 'full', theme: 'light', bg: 'white' })).toBe('');
		expect(embedQuery({ mode: 'full', theme: 'dark', bg: 'dark' })).toBe('?theme=dark');
		expect(embedQuery({ mode: 'full', theme: 'light', bg: 'transparent' })).toBe('?bg=transparent');
		expect(embedQuery({ mode: 'single', step: 'airlift', theme: 'dark', bg: 'transparent' })).toBe('?step=airlift&theme=dark&bg=transparent');
	});

	it('read back as the background chosen', () => {
		for (const [theme, bg] of [['light', 'white'], ['light', 'transparent'], ['dark', 'dark'], ['dark', 'transparent']] as const) {
			const url = new URL(embedUrl('https://site.example/embed', { mode: 'full', theme, bg }));
			expect(parseEmbedParams(url.search, ids), `${theme} ${bg}`).toMatchObject({ theme, bg });
		}
	});

	it('give a transparent embed its own container id', () => {
		expect(containerId('s', { mode: 'full', theme: 'light', bg: 'transparent' })).toBe('s-story-transparent');
		expect(containerId('s', { mode: 'full', theme: 'dark', bg: 'dark' })).toBe('s-story-dark');
	});

	it('carry the background into every snippet', () => {
		const src = embedUrl('https://site.example/embed', { mode: 'single', step: 'airlift', theme: 'light', bg: 'transparent' });
		const input = { src, origin: 'https://site.example', title: 't' };
		expect(pymSnippet({ ...input, pymUrl: 'https://site.example/embed/pym.v1.min.js', id: 'x' })).toContain('"https://site.example/embed?step=airlift&bg=transparent"');
		expect(iframeSnippet({ ...input, height: 600 })).toContain('src="https://site.example/embed?step=airlift&amp;bg=transparent"');
	});
});

describe('snippets', () => {
	const input = { src: 'https://site.example/embed?step=airlift', origin: 'https://site.example', title: 'Kazakhstan’s “January” & <more>' };

	it('escape text for attributes and for script strings', () => {
		expect(esc(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
		expect(jsString('</script><script>alert(1)</script>')).not.toMatch(/<\/?script/i);
		expect(JSON.parse(jsString('a</script>b'))).toBe('a</script>b');
	});

	it('build a pym.js snippet with the site’s own copy of pym.js, accepting messages from the embed’s origin only', () => {
		const s = pymSnippet({ ...input, pymUrl: 'https://site.example/embed/pym.v1.min.js', id: 'story-embed' });
		expect(s).toContain('<div id="story-embed"></div>');
		expect(s).toContain('<script src="https://site.example/embed/pym.v1.min.js"></script>');
		expect(s).toContain(`new pym.Parent("story-embed", "https://site.example/embed?step=airlift", { title: `);
		expect(s).not.toContain('<more>');
		const pattern = new RegExp(originPattern('https://site.example') + '$');
		expect(pattern.test('https://site.example')).toBe(true);
		expect(pattern.test('https://evil.example/https://site.example')).toBe(false);
		expect(pattern.test('https://siteXexample')).toBe(false);
	});

	it('build a plain iframe that listens for embed-size from the embed’s origin', () => {
		const s = iframeSnippet({ ...input, height: 812.4 });
		expect(s).toMatch(/^<iframe src="https:\/\/site\.example\/embed\?step=airlift" title="Kazakhstan’s “January” &amp; &lt;more&gt;" width="100%" height="813"/);
		expect(s).toContain(`e.origin!=="https://site.example"`);
		expect(s).toContain(`d.sentinel!=='amp'||d.type!=='embed-size'`);		// A frame far down a host's article waits until the reader nears it.
		expect(s).toMatch(/^<iframe [^>]*loading="lazy"/);
	});

	it('describe the embed as oEmbed rich content', () => {
		const o = oEmbed({ title: 't', provider: 'p', providerUrl: 'https://site.example/', html: '<iframe></iframe>', width: 700, height: 640.2 });
		expect(o).toEqual({ type: 'rich', version: '1.0', title: 't', provider_name: 'p', provider_url: 'https://site.example/', html: '<iframe></iframe>', width: 700, height: 641 });
	});

	it('give each choice its own container id, safe in HTML', () => {
		expect(containerId('kazakhstan-csto-2022', { mode: 'range', from: 'airlift', to: 'return-flights', theme: 'dark' })).toBe('kazakhstan-csto-2022-airlift-to-return-flights-dark');
		expect(containerId('s', { mode: 'full', theme: 'light' })).toBe('s-story');
	});
});
