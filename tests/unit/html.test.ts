/**
 * The story's static text is written as HTML strings (src/lib/story/html.ts,
 * src/lib/map/legendHtml.ts): whatever a story file says must come out as
 * text, and the markup must say to a screen reader what the components said.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from './dom';
import { citationGroupHtml, citationHtml, esc, paragraphHtml, sharedDates, sourceItemHtml, stepSourcesHtml, stepTextHtml } from '../../src/lib/story/html';
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
	when: { from: '2022-01-06', to: '2022-01-07' },
	where: 'Almaty <b>',
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
		expect(doc.querySelector('.body')!.textContent).toBe('First <img src=x onerror=alert(1)>1 then2.');
		expect(doc.querySelector('h2#x-heading')!.textContent).toBe('Troops "arrive" & stay');
		expect(doc.querySelector('.kicker')!.textContent).toBe('6–7 January 2022 · Almaty <b>');
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
		expect(table.querySelector('tbody .cite a')!.textContent).toBe('2');
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
		expect(citationHtml('nope', sources)).toContain('>0</a>');
	});
});

describe('citation markers', () => {
	const cite = (refs: string[]) => citationGroupHtml(refs, sources);

	it('are plain numbers, no brackets, sorted and each source once where several sit together', () => {
		const sup = parseHTML(citationGroupHtml(['c#return-date', 'a.txt', 'c', 'b'], sources)).querySelector('sup.cite')!;
		expect(sup.textContent).toBe('1, 2, 3');
		expect([...sup.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#source-a', '#source-b', '#source-c']);
		expect(sup.textContent).not.toMatch(/\[|\]/);
	});

	it('group the citations of one place into one marker, bound to the word before it', () => {
		const d = parseHTML(`<p>${paragraphHtml('Troops flew to Almaty{cite:c}{cite:a.txt} and stayed{cite:b}. {cite:b}', cite)}</p>`);
		const binds = [...d.querySelectorAll('.cite-bind')];
		expect(binds.map((b) => b.textContent)).toEqual(['Almaty1, 3', 'stayed2']);
		expect(d.querySelectorAll('sup.cite').length).toBe(3);
		// The text between stays as it was, and nothing but the last word is bound.
		expect(d.querySelector('p')!.textContent).toBe('Troops flew to Almaty1, 3 and stayed2. 2');
		expect(binds[0]!.previousSibling?.textContent).toBe('Troops flew to ');
	});

	it('take citations apart by spaces only as one group', () => {
		const d = parseHTML(`<p>${paragraphHtml('Said so{cite:b} {cite:a.txt}.', cite)}</p>`);
		expect(d.querySelectorAll('sup.cite').length).toBe(1);
		expect(d.querySelector('.cite-bind')!.textContent).toBe('so1, 2');
	});

	it('name every number for screen readers, with the publisher and date', () => {
		const links = [...parseHTML(citationGroupHtml(['b', 'a.txt'], sources, '/', true)).querySelectorAll('a')];
		expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
			'Source 1: Outlet <A>, 5 January 2022 (opens in a new tab)',
			'Source 2: B & Co, 7 January 2022 (opens in a new tab)'
		]);
	});

	it('in the story: every group sorted, every marker bound to a word or its own group', () => {
		for (const s of story.steps) {
			const d = parseHTML(stepTextHtml(s, story.sources));
			for (const sup of d.querySelectorAll('.body sup.cite')) {
				const ns = [...sup.querySelectorAll('a')].map((a) => Number(a.textContent));
				expect(ns, s.id).toEqual([...new Set(ns)].sort((a, b) => a - b));
				expect(sup.parentElement!.className, s.id).toBe('cite-bind');
			}
		}
	});
});

describe('a step’s source line', () => {
	const many: Source[] = [
		{ id: 'i1', kind: 'background', publisher: 'Interfax', date: '2022-01-06', headline: 'x' },
		{ id: 't1', kind: 'background', publisher: 'TASS', date: '2022-01-05', headline: 'x' },
		{ id: 'i2', kind: 'background', publisher: 'Interfax', date: '2022-01-05', headline: 'x' },
		{ id: 't2', kind: 'background', publisher: 'TASS', date: '2022-01-05', headline: 'y' },
		{ id: 'r1', kind: 'background', publisher: 'Reuters', date: '2021-12-28', headline: 'x' },
		{ id: 'r2', kind: 'background', publisher: 'Reuters', date: '2022-01', headline: 'x' }
	] as Source[];

	it('names each outlet once, with the date of each of its sources linked to that source', () => {
		const p = parseHTML(stepSourcesHtml(['i1', 't2', 'i2', 't1', 'r1', 'r2', 'i1'], many)).querySelector('.step-sources')!;
		expect(p.textContent).toBe(
			'Sources: Interfax, 5 and 6 January 2022; TASS, 5 January 2022 (sources 2 and 4); Reuters, 28 December 2021 and January 2022'
		);
		expect([...p.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
			'#source-i2',
			'#source-i1',
			'#source-t1',
			'#source-t2',
			'#source-r1',
			'#source-r2'
		]);
	});

	it('keeps plain outlet names, comma-separated, when no outlet repeats', () => {
		const p = parseHTML(stepSourcesHtml(['i1', 't1'], many)).querySelector('.step-sources')!;
		expect(p.textContent).toBe('Sources: Interfax, TASS');
	});

	it('writes shared months and years once', () => {
		expect(sharedDates(['2022-01-05', '2022-01-06', '2022-01-11'])).toEqual(['5', '6', '11 January 2022']);
		expect(sharedDates(['2021-12-28', '2022-01-05'])).toEqual(['28 December 2021', '5 January 2022']);
		expect(sharedDates(['2022-01-05', '2022-02-01'])).toEqual(['5 January', '1 February 2022']);
	});

	it('in the story: no step names an outlet twice, and every source of the step is linked', () => {
		for (const s of story.steps) {
			const p = parseHTML(stepTextHtml(s, story.sources)).querySelector('.step-sources')!;
			const hrefs = [...p.querySelectorAll('a')].map((a) => a.getAttribute('href'));
			expect(new Set(hrefs).size, s.id).toBe(new Set(s.sources).size);
			const outlets = new Set(s.sources.map((id) => story.sources.find((x) => x.id === id)!.publisher));
			for (const o of outlets) expect(p.textContent!.split(o).length - 1, `${s.id}: ${o}`).toBeLessThanOrEqual(1 + [...outlets].filter((x) => x !== o && x.includes(o)).length);
		}
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
