/**
 * What each step chart draws, computed from the same figure rows the step's
 * table lists (and, for membership, from data/geo/csto.ts): the number of
 * marks, their values and positions in scale order, their labels, the
 * projection and withdrawn figures drawn apart, and dates in order.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from './dom';
import { story } from '../../data/story';
import { cstoStates } from '../../data/geo/csto';
import { chartHtml, chartLayout, chartSvg } from '../../src/lib/charts/svg';
import { provideCharts } from '../../src/lib/charts';
import { barsLayout, membershipSpans, textWidth, WIDTH, type BarMark, type BarsLayout, type DatedLayout, type MembershipLayout } from '../../src/lib/charts/layout';
import { membershipFigures } from '../../src/lib/charts/membership';
import { chartWords } from '../../src/lib/charts/words';
import { stepTextHtml } from '../../src/lib/story/html';
import type { Figure, Step } from '../../src/lib/story/types';
import { palette } from '../../src/lib/map/palette';
import { translator } from '../../src/lib/i18n/ui';
import { makeMapWords } from '../../src/lib/map/words';
import { translateStory } from '../../src/lib/story/translate';

// As on the server, which draws the charts into the prerendered page (src/hooks.server.ts).
provideCharts(chartSvg);

const step = (id: string): Step => {
	const s = story.steps.find((x) => x.id === id);
	if (!s) throw new Error(`no step ${id}`);
	return s as Step;
};
const bars = (id: string) => chartLayout(step(id)) as BarsLayout;
const barMarks = (id: string) => bars(id).marks.filter((m): m is BarMark => m.kind === 'bar');
const svgOf = (id: string) => parseHTML(`<div>${chartHtml(step(id))}</div>`);
const drawn = (id: string): Figure[] => (step(id).figures ?? []).filter((f) => f.n !== undefined);

describe('every numbers step has a chart, from its own rows', () => {
	it('charts the five steps whose subject is numbers, each with a kind and a title', () => {
		const charted = story.steps.filter((s) => s.chart).map((s) => [s.id, s.chart?.kind]);
		expect(charted).toEqual([
			['csto-members', 'membership'],
			['allies-join', 'bars'],
			['force-size', 'bars'],
			['death-toll', 'bars'],
			['troop-numbers', 'dated']
		]);
	});

	it('is an image named by its title and a summary of every mark, with the table behind “Show the figures”', () => {
		for (const s of story.steps.filter((x) => x.chart)) {
			const doc = parseHTML(`<div>${stepTextHtml(s as Step, story.sources)}</div>`);
			const svg = doc.querySelector('.chart svg[role="img"]');
			expect(svg, s.id).not.toBeNull();
			expect(svg!.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${WIDTH} `));
			expect(svg!.getAttribute('width')).toBe('100%');
			expect(svg!.getAttribute('aria-label')!.startsWith(`${s.chart!.title}. `)).toBe(true);
			expect(svg!.querySelector('title')!.textContent).toBe(s.chart!.title);
			const details = doc.querySelector('details.chart-figures');
			expect(details!.querySelector('summary')!.textContent).toBe('Show the figures');
			expect(details!.hasAttribute('open')).toBe(false);
			const rows = details!.querySelectorAll('table.figures tbody tr').length;
			expect(rows, s.id).toBe(s.chart!.kind === 'membership' ? cstoStates.length : s.figures!.length);
			// The chart comes before the disclosure; nothing else moves.
			expect(doc.querySelector('.chart + details.chart-figures')).not.toBeNull();
		}
	});

	it('keeps a plain table for a step with figures and no chart', () => {
		const airlift = parseHTML(`<div>${stepTextHtml(step('airlift'), story.sources)}</div>`);
		expect(airlift.querySelector('.chart')).toBeNull();
		expect(airlift.querySelector('details')).toBeNull();
		expect(airlift.querySelector('table.figures')).not.toBeNull();
		expect(chartHtml(step('airlift'))).toBe('');
	});

	it('sets no label smaller than 12 units in a 320-unit viewBox (12 px or more on a 360 px phone)', () => {
		for (const s of story.steps.filter((x) => x.chart)) {
			const svg = svgOf(s.id).querySelector('svg')!;
			expect(Number(svg.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
			for (const t of svg.querySelectorAll('text[font-size]')) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
		}
	});
});

describe('force size: every claimed figure by source and date', () => {
	const layout = bars('force-size');
	const marks = barMarks('force-size');

	it('draws one bar per figure, in the order listed, with its value beside it', () => {
		expect(marks.map((m) => m.figure.label)).toEqual(drawn('force-size').map((f) => f.label));
		expect(marks.map((m) => m.value)).toEqual(['about 2,500', '2,500', 'more than 2,000', 'about 3,000', 'more than 3,000', 'nearly 3,000']);
		const doc = svgOf('force-size');
		expect([...doc.querySelectorAll('g.mark rect')].length).toBe(6);
		expect([...doc.querySelectorAll('g.mark text tspan[font-weight="700"]')].map((t) => t.textContent)).toEqual(marks.map((m) => m.value));
	});

	it('measures every bar from zero on one scale: equal numbers, equal bars; larger numbers, longer bars', () => {
		for (const m of marks) expect(m.x0).toBe(0);
		const byN = [...marks].sort((a, b) => (a.figure.n as number) - (b.figure.n as number));
		for (let i = 1; i < byN.length; i++) expect(byN[i]!.x1).toBeGreaterThanOrEqual(byN[i - 1]!.x1);
		expect(marks[0]!.x1).toBeCloseTo(marks[1]!.x1);
		expect(marks[2]!.x1 / marks[0]!.x1).toBeCloseTo(2000 / 2500);
		expect(layout.max).toBe(3000);
		// The value label fits beside the longest bar.
		for (const m of marks) expect(m.labelX + textWidth(m.value, true) + textWidth(m.status ? ` ${m.status}` : '')).toBeLessThanOrEqual(WIDTH + 0.5);
	});

	it('names each bar with its source and date, grouped under what it counts', () => {
		expect(marks[0]!.nameLines.join(' ')).toBe('Announced by the CSTO · 6 January 2022');
		expect(marks[1]!.nameLines.join(' ')).toBe('RFE/RL · About 10 January 2022');
		expect(layout.headings.map((h) => h.text)).toEqual(['Whole force', 'Russia’s share', 'Whole force or Russia’s share?']);
		// Headings come before their rows.
		expect(layout.headings[1]!.y).toBeLessThan(marks[3]!.y);
		expect(layout.headings[1]!.y).toBeGreaterThan(marks[2]!.y);
	});

	it('draws a press report light and Russia’s share in Russia’s colour', () => {
		expect(marks[3]!.style).toBe('light');
		expect(marks[3]!.status).toBe('reported');
		expect(marks[4]!.colour.stroke).toBe(palette.forces);
		expect(marks[0]!.style).toBe('solid');
	});
});

describe('death toll: a dated progression', () => {
	const layout = bars('death-toll');
	const marks = barMarks('death-toll');

	it('goes 164 withdrawn → 225 → 227 → 230 / 238, top to bottom, with rows for the analysis and the rights groups', () => {
		expect(marks.map((m) => m.figure.n)).toEqual([164, 225, 227, 230, 238]);
		expect(marks.map((m) => m.value)).toEqual(['164', '225', '227', '230', '238']);
		for (let i = 1; i < marks.length; i++) expect(marks[i]!.y).toBeGreaterThan(marks[i - 1]!.y);
		expect(layout.marks.filter((m) => m.kind === 'text').map((m) => m.figure.value)).toEqual(['208 plus 19 security personnel (227)', 'higher than the official figures']);
		expect(marks.map((m) => m.nameLines.join(' ').split(' · ')[1])).toEqual(['9 January 2022', '15 January 2022', 'Later (date of announcement not found)', '14 March 2022', '14 March 2022']);
	});

	it('draws the withdrawn 164 hollow, dashed and grey, and says so', () => {
		const [withdrawn, ...rest] = marks;
		expect(withdrawn!.style).toBe('hollow');
		expect(withdrawn!.status).toBe('withdrawn');
		for (const m of rest) expect(m.style).toBe('solid');
		const rect = svgOf('death-toll').querySelector('g.mark[data-row="0"] rect')!;
		expect(rect.getAttribute('fill')).toBe('none');
		expect(rect.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(rect.getAttribute('stroke')).toBe('#6b6b6b');
	});

	it('orders the bars’ lengths as the numbers', () => {
		for (let i = 1; i < marks.length; i++) expect(marks[i]!.x1).toBeGreaterThan(marks[i - 1]!.x1);
	});
});

describe('troop estimates near Ukraine: a dated series with the projection drawn apart', () => {
	const layout = chartLayout(step('troop-numbers')) as DatedLayout;
	const doc = svgOf('troop-numbers');

	it('puts every estimate with a number at its day, in date order, left to right', () => {
		expect(layout.points.length).toBe(drawn('troop-numbers').length);
		const days = layout.points.map((p) => p.figure.at);
		expect(days).toEqual([...days].sort());
		expect(days).toEqual(['2021-11-03', '2021-12-03', '2021-12-03', '2021-12-03', '2021-12-22', '2022-01-08', '2022-01-10']);
		const distinct = [...new Map(layout.points.map((p) => [p.t, p.x])).values()];
		for (let i = 1; i < layout.points.length; i++) if (layout.points[i]!.t > layout.points[i - 1]!.t) expect(layout.points[i]!.x).toBeGreaterThan(layout.points[i - 1]!.x - 12.1);
		expect(distinct.length).toBe(5);
		// Figures without a number (Russia's statement of troops returning) stay in the table only.
		expect(layout.points.map((p) => p.figure.label)).not.toContain('Returning to base after drills (Russia’s statement)');
	});

	it('places higher numbers higher, from zero', () => {
		const byN = [...layout.points].sort((a, b) => (a.figure.n as number) - (b.figure.n as number));
		for (let i = 1; i < byN.length; i++) expect(byN[i]!.y).toBeLessThanOrEqual(byN[i - 1]!.y);
		expect(layout.yTicks.map((t) => t.text)).toEqual(['50,000', '100,000', '150,000', '200,000']);
		expect(layout.xTicks.map((t) => t.text)).toEqual(['Nov 2021', 'Dec 2021', 'Jan 2022']);
	});

	it('labels each dot with its value and who gave it', () => {
		expect(layout.points.map((p) => `${p.value} ${p.name}`)).toEqual([
			'about 90,000 Ukraine (ministry)',
			'about 70,000 US intelligence',
			'94,300 Ukraine (Reznikov)',
			'up to about 175,000 US plan, a projection',
			'nearly 122,000 Ukraine (Danilov)',
			'nearly 100,000 The Conversation',
			'some 100,000 RFE/RL'
		]);
		const texts = [...doc.querySelectorAll('g.mark text[font-weight="700"]')].map((t) => t.textContent);
		expect(texts).toEqual(layout.points.map((p) => p.value));
	});

	it('draws the 175,000 projection as a hollow dashed ring, joined to the US count by a dashed line; the counts are filled', () => {
		const projection = layout.points.filter((p) => p.figure.projection);
		expect(projection.map((p) => p.figure.n)).toEqual([175000]);
		expect(projection[0]!.style).toBe('hollow');
		for (const p of layout.points.filter((q) => !q.figure.projection)) expect(p.style).toBe('solid');
		const ring = doc.querySelector('g.mark.projection circle')!;
		expect(ring.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(ring.getAttribute('fill')).not.toBe(palette.forces);
		for (const c of doc.querySelectorAll('g.mark:not(.projection) circle')) {
			expect(c.getAttribute('fill')).toBe(palette.forces);
			expect(c.hasAttribute('stroke-dasharray')).toBe(false);
		}
		expect(layout.projections).toHaveLength(1);
		expect(doc.querySelector('path.projection-line')!.getAttribute('stroke-dasharray')).toBeTruthy();
		expect(layout.summary).toContain('up to about 175,000 (a projection, not a count)');
	});

	it('keeps every label inside the chart and clear of the other labels', () => {
		const boxes = layout.points.map((p) => {
			const w = Math.max(textWidth(p.value, true), textWidth(p.name));
			const x0 = p.anchor === 'start' ? p.labelX : p.labelX - w;
			return { x0, x1: x0 + w, y0: p.labelY - 12, y1: p.labelY + 18 };
		});
		for (const b of boxes) {
			expect(b.x0).toBeGreaterThanOrEqual(0);
			expect(b.x1).toBeLessThanOrEqual(WIDTH);
			expect(b.y1).toBeLessThanOrEqual(layout.plot.bottom + 4);
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]!;
				const b = boxes[j]!;
				const clash = a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
				expect(clash, `${layout.points[i]!.name} / ${layout.points[j]!.name}`).toBe(false);
			}
	});
});

describe('contingents by country: reported versus official', () => {
	const marks = barMarks('allies-join');

	it('draws one bar per country with a number, official solid and reported light, each said in words', () => {
		expect(marks.map((m) => [m.figure.label, m.value, m.status, m.style])).toEqual([
			['Armenia', '100', 'official', 'solid'],
			['Kyrgyzstan', '150', 'official', 'solid'],
			['Russia', 'about 3,000', 'reported', 'light'],
			['Belarus', 'about 500', 'reported', 'light'],
			['Tajikistan', 'about 200', 'reported', 'light']
		]);
		const doc = svgOf('allies-join');
		expect([...doc.querySelectorAll('g.mark text tspan:not([font-weight])')].map((t) => t.textContent!.trim())).toEqual(['official', 'official', 'reported', 'reported', 'reported']);
	});

	it('keeps Belarus’s own words, with no number, as a row in place', () => {
		const text = bars('allies-join').marks.find((m) => m.kind === 'text')!;
		expect(text.figure.label).toBe('Belarus (its Defence Ministry)');
		expect(text.row).toBe(4);
	});

	it('colours Russia as the map does, and its allies as the map does', () => {
		expect(marks.find((m) => m.figure.label === 'Russia')!.colour.stroke).toBe(palette.forces);
		for (const m of marks.filter((x) => x.figure.label !== 'Russia')) expect(m.colour.stroke).toBe(palette.allies);
	});

	it('scales bars by the numbers: Russia’s 3,000 is thirty times Armenia’s 100', () => {
		const by = (l: string) => marks.find((m) => m.figure.label === l)!;
		expect(by('Russia').x1 / by('Armenia').x1).toBeCloseTo(30);
	});
});

describe('CSTO membership 1992–2024: one row per state', () => {
	const layout = chartLayout(step('csto-members')) as MembershipLayout;

	it('draws a row for each state the membership layer draws, in its order', () => {
		expect(layout.rows.map((r) => r.state.name)).toEqual(cstoStates.map((s) => s.name));
		for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.y).toBeGreaterThan(layout.rows[i - 1]!.y);
		expect(layout.ticks.map((t) => t.year)).toEqual([1992, 2002, 2012, 2022]);
	});

	it('splits the years at 2002, when the treaty became the CSTO, and shows the years after a state left', () => {
		const spans = (iso3: string) => layout.rows.find((r) => r.state.iso3 === iso3)!.spans.map((s) => [s.status, s.from, s.to]);
		expect(spans('RUS')).toEqual([['treaty', 1992, 2002], ['member', 2002, 2025]]);
		expect(spans('BLR')).toEqual([['treaty', 1993, 2002], ['member', 2002, 2025]]);
		expect(spans('UZB')).toEqual([['treaty', 1992, 1999], ['former', 1999, 2006], ['member', 2006, 2012], ['former', 2012, 2025]]);
		expect(spans('AZE')).toEqual([['treaty', 1993, 1999], ['former', 1999, 2025]]);
		expect(membershipSpans(cstoStates.find((s) => s.iso3 === 'GEO')!)).toEqual([
			{ status: 'treaty', from: 1993, to: 1999 },
			{ status: 'former', from: 1999, to: 2025 }
		]);
	});

	it('places spans by year, left to right, end to end', () => {
		for (const r of layout.rows) {
			for (let i = 1; i < r.spans.length; i++) expect(r.spans[i]!.x0).toBeCloseTo(r.spans[i - 1]!.x1);
			expect(r.spans.at(-1)!.x1).toBeCloseTo(layout.plot.right);
		}
		const rus = layout.rows[0]!.spans;
		expect((rus[0]!.x1 - rus[0]!.x0) / (rus[1]!.x1 - rus[1]!.x0)).toBeCloseTo(10 / 23);
	});

	it('labels the kinds of span on the first row and the years where states joined or left', () => {
		const texts = (iso3: string) => layout.rows.find((r) => r.state.iso3 === iso3)!.spans.map((s) => s.text ?? '');
		expect(texts('RUS')).toEqual(['treaty', 'CSTO member']);
		expect(texts('BLR')).toEqual(['1993', '']);
		expect(texts('UZB')).toEqual(['', 'left', '2006', 'left 2012']);
		expect(texts('AZE')).toEqual(['1993', 'left 1999']);
		const doc = svgOf('csto-members');
		expect([...doc.querySelectorAll('g.mark > text:first-child')].map((t) => t.textContent)).toEqual(cstoStates.map((s) => s.name));
		expect(doc.querySelectorAll('rect.span.member').length).toBe(7);
		expect(doc.querySelectorAll('rect.span.former').length).toBe(4);
	});

	it('lists the same rows in its table, with their sources', () => {
		const rows = membershipFigures();
		expect(rows.map((r) => r.label)).toEqual(cstoStates.map((s) => s.name));
		expect(rows.find((r) => r.label === 'Uzbekistan')!.value).toBe('Treaty party 1992–1998; left 1999; CSTO member 2006–2011; left 2012');
		expect(rows.find((r) => r.label === 'Russia')!.value).toBe('Treaty party 1992–2001; CSTO member 2002–2024');
		expect(rows.find((r) => r.label === 'Armenia')!.caveat).toMatch(/Froze its participation in February 2024/);
	});
});

describe('a bars chart from made-up rows', () => {
	it('gives rows without a number their words, and starts a heading where the series changes', () => {
		const l = barsLayout([
			{ label: 'A', value: '10', sources: ['x'], n: 10, series: 'One' },
			{ label: 'B', value: 'none given', sources: ['x'], series: 'One' },
			{ label: 'C', value: '5', sources: ['x'], n: 5, series: 'Two' }
		]);
		expect(l.marks.map((m) => m.kind)).toEqual(['bar', 'text', 'bar']);
		expect(l.headings.map((h) => h.text)).toEqual(['One', 'Two']);
		const [a, , c] = l.marks as BarMark[];
		expect(c!.x1 / a!.x1).toBeCloseTo(0.5);
		expect(l.summary).toBe('Bars from zero, in the order listed. A: 10; B: none given; C: 5.');
	});
});

describe('charts in Russian and Ukrainian', () => {
	const langs = ['ru', 'uk'] as const;
	const words = async (lang: (typeof langs)[number]) => {
		const ui = (await import(`../../data/i18n/ui-text.${lang}.json`)).default as Record<string, string>;
		const mapFile = (await import(`../../data/i18n/map.${lang}.json`)).default as Record<string, string>;
		const storyWords = (await import(`../../data/i18n/${lang}.json`)).default as Record<string, string>;
		return {
			chart: { t: translator(lang, ui), lang, map: makeMapWords(lang, mapFile) },
			story: translateStory(story, storyWords, lang)
		};
	};
	const englishOwn = /Bars from zero|Estimates by date|One row per state|projection|reported|official|withdrawn|CSTO member|treaty|\bleft\b|\babout\b|more than|nearly|\bup to\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

	it('writes every word of its own in the language, with numbers and months by Intl', async () => {
		for (const lang of langs) {
			const w = await words(lang);
			for (const s of w.story.steps.filter((x) => x.chart)) {
				const doc = parseHTML(`<div>${chartHtml(s as Step, w.chart)}</div>`);
				const svg = doc.querySelector('svg')!;
				const text = [svg.getAttribute('aria-label'), ...[...svg.querySelectorAll('text')].map((t) => t.textContent)].join(' ');
				expect(text, `${lang} ${s.id}`).not.toMatch(englishOwn);
				expect(text, `${lang} ${s.id}`).toMatch(/[а-яіїєґ]/);
			}
			const dated = chartLayout(w.story.steps.find((x) => x.chart?.kind === 'dated') as Step, w.chart) as DatedLayout;
			const en = chartLayout(story.steps.find((x) => x.chart?.kind === 'dated') as Step) as DatedLayout;
			const month = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
			const english = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
			const months = Array.from({ length: 24 }, (_, i) => Date.UTC(2021, i, 1));
			// Intl's month and year, without the word for "year" after it (no room on a tick).
			expect(dated.xTicks.map((t) => t.text)).toEqual(en.xTicks.map((t) => month.format(months.find((m) => english.format(m) === t.text)!).replace(/\s*(г|р)\.$/, '')));
			// Five-digit numbers with a no-break space, as the language writes them; four-digit ones without.
			const values = dated.points.map((p) => p.value).join(' ');
			expect(values).not.toMatch(/\d,\d{3}/);
		}
	});

	it('names the states and says their years in the language, in the chart and its table', async () => {
		for (const lang of langs) {
			const w = await words(lang);
			const figures = membershipFigures(cstoStates, w.chart);
			for (const [i, f] of figures.entries()) {
				expect(f.label).not.toBe(cstoStates[i]!.name);
				expect(f.value).toMatch(/^[А-ЯІЇЄҐ]/);
			}
			const m = chartLayout(w.story.steps.find((x) => x.chart?.kind === 'membership') as Step, w.chart) as MembershipLayout;
			for (const r of m.rows) for (const s of r.spans) if (s.text) expect(textWidth(s.text)).toBeLessThanOrEqual(s.x1 - s.x0 - 6);
			expect(m.summary).toContain(lang === 'ru' ? 'Россия: ' : 'Росія: ');
		}
	});

	it('keeps every label inside the chart and clear of the marks, in every language', async () => {
		for (const lang of ['en', ...langs] as const) {
			const w = lang === 'en' ? { chart: {}, story } : await words(lang);
			for (const s of w.story.steps.filter((x) => x.chart)) {
				const l = chartLayout(s as Step, w.chart)!;
				if (l.kind === 'bars')
					for (const m of l.marks)
						if (m.kind === 'bar') expect(m.labelX + textWidth(m.value, true) + (m.status ? textWidth(` ${m.status}`) : 0), `${lang} ${s.id} ${m.value}`).toBeLessThanOrEqual(WIDTH);
				if (l.kind === 'dated')
					for (const p of l.points) {
						const width = Math.max(textWidth(p.value, true), ...(p.nameLines ?? [p.name]).map((n) => textWidth(n)));
						if (p.anchor === 'start') expect(p.labelX + width, `${lang} ${s.id} ${p.name}`).toBeLessThanOrEqual(WIDTH);
						else expect(p.labelX - width, `${lang} ${s.id} ${p.name}`).toBeGreaterThanOrEqual(0);
					}
				if (l.kind === 'membership')
					for (const r of l.rows) {
						expect(r.name).toBe(chartWords(w.chart).stateName(r.state));
						expect(textWidth(r.name), `${lang} ${r.state.iso3}`).toBeLessThanOrEqual(l.plot.left - 2);
					}
			}
		}
	});

	it('keeps English as it was when no words are given', () => {
		for (const s of story.steps.filter((x) => x.chart)) expect(chartSvg(s as Step, { lang: 'en' })).toBe(chartSvg(s as Step));
		expect(bars('force-size').summary.startsWith('Bars from zero, in the order listed. ')).toBe(true);
	});
});
