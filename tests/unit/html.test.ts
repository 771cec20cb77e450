/**
 * The story's static text is written as HTML strings (src/lib/story/html.ts,
 * src/lib/map/legendHtml.ts): whatever a story file says must come out as
 * text, and the markup must say to a screen reader what the components said.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from './dom';
import { citationHtml, esc, sourceItemHtml, stepTextHtml } from '../../src/lib/story/html';
import { legendHtml } from '../../src/lib/map/legendHtml';
import type { Source, Step } from '../../src/lib/story/types';
import { story } from '../../data/story';

const sources: Source[] = [
	{ id: 'a.txt', kind: 'seed', publisher: 'Outlet <A>', date: '2022-01-05', headline: 'Head "one"', url: 'https://example.org/?a=1&b=2' },
	{ id: 'b', kind: 'background', publisher: 'B & Co', date: '2022-01-07', headline: 'Two', author: 'Ann' , note: 'A note' },
	{
		id: 'c',
		kind: 'background',
		publisher: 'ТАСС',
		author: null,
		date: '2022-01',
		dateNote: 'day <not> stated',
		headline: 'Десантники <вернулись>',
		headlineLang: 'ru',
		headlineEnglish: 'Paratroopers "returned"',
		url: 'https://tass.ru/a?x=1&y="2"',
		readAt: { label: 'an <archive>', url: 'https://archive.org/web/?u=1&v=2' },
		supports: { 'return-date': 'first flights back on 13 January' },
		note: 'Wire <report>'
	}
] as Source[];

const step = {
	id: 'x',
	kicker: 'Almaty <b>',
	heading: 'Troops "arrive" & stay',
	body: ['First <img src=x onerror=alert(1)>{cite:a.txt} then{cite:b}.'],
	sources: ['a.txt', 'b'],
	figures: [{ label: 'Force', value: '2,500', date: '7 Jan', caveat: 'announced', sources: ['b'] }],
	camera: { center: [0, 0], zoom: 3 },
	layers: [],
	alt: 'map'
} as unknown as Step;

describe('step text as HTML', () => {
	const html = stepTextHtml(step, sources, { level: 2, headingId: 'x-heading' });
	const doc = parseHTML(html);

	it('escapes everything the story says', () => {
		expect(esc(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<b>');
		expect(doc.querySelector('.body')!.textContent).toBe('First <img src=x onerror=alert(1)>[1] then[2].');
		expect(doc.querySelector('h2#x-heading')!.textContent).toBe('Troops "arrive" & stay');
		expect(doc.querySelector('.kicker')!.textContent).toBe('Almaty <b>');
	});

	it('numbers citations by the source list and names them for screen readers', () => {
		const cites = [...doc.querySelectorAll('.body .cite a')];
		expect(cites.map((a) => a.getAttribute('href'))).toEqual(['#source-a', '#source-b']);
		expect(cites[0]!.getAttribute('aria-label')).toBe('Source 1: Outlet <A>, 5 January 2022');
		expect(parseHTML(citationHtml('c#return-date', sources)).querySelector('a')!.getAttribute('aria-label')).toBe('Source 3: ТАСС, January 2022');
		expect(parseHTML(citationHtml('c#return-date', sources)).querySelector('a')!.getAttribute('href')).toBe('#source-c');
		expect(cites[0]!.hasAttribute('target')).toBe(false);
	});

	it('keeps the figure table of a disagreement, with a caption and header cells', () => {
		const table = doc.querySelector('table.figures')!;
		expect(table.querySelector('caption')!.textContent).toBe('Figures for “Troops "arrive" & stay”, with their sources');
		expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
		expect(table.querySelector('tbody th[scope=row]')!.textContent).toBe('Force7 Jan');
		expect(table.querySelector('tbody td .caveat')!.textContent).toBe('announced');
		expect(table.querySelector('tbody .cite a')!.textContent).toBe('[2]');
	});

	it('sends embeds’ links to the full story in a new tab, and says so', () => {
		const embed = parseHTML(stepTextHtml(step, sources, { sourcePage: 'https://host.example/story/', newTab: true }));
		const cite = embed.querySelector('.cite a')!;
		expect(cite.getAttribute('href')).toBe('https://host.example/story/#source-a');
		expect(cite.getAttribute('target')).toBe('_blank');
		expect(cite.getAttribute('rel')).toBe('noopener');
		expect(cite.getAttribute('aria-label')).toMatch(/\(opens in a new tab\)$/);
		expect(embed.querySelector('.step-sources')!.textContent).toBe('Sources: Outlet <A> (opens in a new tab), B & Co (opens in a new tab)');
		expect(embed.querySelector('h2')).not.toBeNull();
		expect(parseHTML(stepTextHtml(step, sources, { level: 3 })).querySelector('h3.heading')).not.toBeNull();
	});

	it('renders every step of the story with every citation resolved', () => {
		for (const s of story.steps) {
			const d = parseHTML(stepTextHtml(s, story.sources));
			for (const a of d.querySelectorAll('.cite a')) expect(a.getAttribute('aria-label'), s.id).not.toMatch(/Source 0|undefined/);
		}
		expect(citationHtml('nope', sources)).toContain('[0]');
	});
});

describe('the source list as HTML', () => {
	it('links headlines with a URL and escapes the URL', () => {
		const li = parseHTML(`<ol>${sourceItemHtml(sources[0]!)}</ol>`).querySelector('li')!;
		expect(li.id).toBe('source-a');
		expect(li.querySelector('a')!.getAttribute('href')).toBe('https://example.org/?a=1&b=2');
		expect(li.querySelector('.tag')!.textContent).toBe('Source article');
		expect(li.textContent).toBe('Outlet <A>, 5 January 2022. “Head "one"” Source article');
		const b = parseHTML(`<ol>${sourceItemHtml(sources[1]!)}</ol>`).querySelector('li')!;
		expect(b.textContent).toBe('B & Co, Ann, 7 January 2022. “Two” A note');
		expect(b.querySelector('a')).toBeNull();
	});

	it('gives the headline as published with its language, then the translation, the read-at link and the note, all escaped', () => {
		const html = sourceItemHtml(sources[2]!);
		expect(html).not.toMatch(/<not>|<вернулись>|<archive>|<report>/);
		const li = parseHTML(`<ol>${html}</ol>`).querySelector('li')!;
		expect(li.textContent).toBe(
			'ТАСС, January 2022 (day <not> stated). “Десантники <вернулись>” [Paratroopers "returned"] read at an <archive> Wire <report>'
		);
		const [original, readAt] = [...li.querySelectorAll('a')];
		expect(original!.getAttribute('href')).toBe('https://tass.ru/a?x=1&y="2"');
		expect(original!.querySelector('[lang]')!.getAttribute('lang')).toBe('ru');
		expect(original!.querySelector('[lang]')!.textContent).toBe('Десантники <вернулись>');
		expect(li.querySelector('.translation')!.hasAttribute('lang')).toBe(false);
		expect(readAt!.className).toBe('read-at');
		expect(readAt!.getAttribute('href')).toBe('https://archive.org/web/?u=1&v=2');
		expect(li.querySelector('.note')!.textContent).toBe('Wire <report>');
	});

	it('says why a source has no address', () => {
		const li = parseHTML(`<ol>${sourceItemHtml({ ...sources[1]!, noUrl: 'Print <only>' })}</ol>`).querySelector('li')!;
		expect(li.querySelector('.no-url')!.textContent).toBe('Print <only>');
	});
});

describe('the map key as HTML', () => {
	it('draws each entry with its swatch, label and source, and nothing when empty', () => {
		expect(legendHtml([])).toBe('');
		const d = parseHTML(legendHtml([{ swatch: 'dot', color: '#c0392b', label: 'Protest <site>', note: 'Reuters' }], true));
		expect(d.querySelector('.legend.compact .legend-title')!.textContent).toBe('Map key');
		const sw = d.querySelector('.swatch')!;
		expect(sw.getAttribute('class')).toBe('swatch dot');
		expect(sw.querySelector('circle')!.getAttribute('fill')).toBe('#c0392b');
		expect(sw.getAttribute('aria-hidden')).toBe('true');
		expect(d.querySelector('.label')!.textContent).toBe('Protest <site>');
	});

	it('never writes anything but a plain colour into a style, or an unknown swatch class', () => {
		const d = parseHTML(legendHtml([{ swatch: 'x" onclick="y' as never, color: 'red;background:url(//evil)', label: 'a' }]));
		const sw = d.querySelector('.swatch')!;
		expect(sw.getAttribute('class')).toBe('swatch fill');
		expect(sw.outerHTML).not.toMatch(/evil|red;/);
		expect(sw.hasAttribute('onclick')).toBe(false);
	});
});
