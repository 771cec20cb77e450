import { describe, expect, it } from 'vitest';
import { story } from '../../data/story';
import { capitalised, formatDate, formatWhen, isoSpan, kickerFor, whenSpan } from '../../src/lib/story/dates';
import { clockState, headingProgress, JANUARY_2022, position, STORY_YEARS, viewFor } from '../../src/lib/map/timeline';
import { readoutFor } from '../../src/lib/map/legend';
import { validateStory } from '../../src/lib/story/validate';
import type { Step } from '../../src/lib/story/types';

const clone = <T>(v: T): T => structuredClone(v);

describe('one date style, written by one function', () => {
	it('closes the en dash between single words and spaces it between longer ends', () => {
		expect(formatWhen({ from: '2022-01-05', to: '2022-01-06' })).toBe('5–6 January 2022');
		expect(formatWhen({ from: '2014-02', to: '2014-03' })).toBe('February–March 2014');
		expect(formatWhen({ from: '2022-01', to: '2022-03' })).toBe('January–March 2022');
		expect(formatWhen({ from: '2014-04', to: '2022-01' })).toBe('April 2014 – January 2022');
		expect(formatWhen({ from: '2022-01-30', to: '2022-02-02' })).toBe('30 January – 2 February 2022');
		expect(formatWhen({ from: '1992', to: '2022' })).toBe('1992–2022');
		expect(formatWhen({ from: '2022-01-07' })).toBe('7 January 2022');
		expect(formatWhen({ from: '2022-01-07', to: '2022-01-07' })).toBe('7 January 2022');
		expect(formatDate(['2021-12-30', '2022-01-02'])).toBe('30 December 2021 – 2 January 2022');
	});

	it('writes the kicker from when and where, so the kicker and the clock cannot disagree', () => {
		expect(kickerFor({ when: { from: '2022-01-05', to: '2022-01-06' }, where: 'Nur-Sultan to Moscow' })).toBe('5–6 January 2022 · Nur-Sultan to Moscow');
		expect(kickerFor({ when: { from: '2022-01' } })).toBe('January 2022');
		for (const [i, step] of story.steps.entries()) expect(kickerFor(step).startsWith(clockState(story.steps, i, 1, readoutFor).label), step.id).toBe(true);
	});

	it('knows the span of time a date covers', () => {
		expect(isoSpan('2022-01-05')).toEqual([Date.UTC(2022, 0, 5), Date.UTC(2022, 0, 6)]);
		expect(isoSpan('2022-01')).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
		expect(isoSpan('2021')).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)]);
		expect(isoSpan('5 January')).toBeNull();
		expect(whenSpan({ from: '2014-04', to: '2022-01' })).toEqual([Date.UTC(2014, 3, 1), Date.UTC(2022, 1, 1)]);
	});
});

describe('the clock places each step on its time line', () => {
	it('zooms to the days of January 2022 for a step inside that month, the years otherwise', () => {
		expect(viewFor(whenSpan({ from: '2022-01-05', to: '2022-01-06' })!)).toEqual({ view: 'january', domain: JANUARY_2022 });
		expect(viewFor(whenSpan({ from: '2022-01' })!).view).toBe('january');
		expect(viewFor(whenSpan({ from: '2022-01', to: '2022-03' })!)).toEqual({ view: 'years', domain: STORY_YEARS });
		expect(viewFor(whenSpan({ from: '2014-02', to: '2014-03' })!)).toEqual({ view: 'years', domain: STORY_YEARS });
		// A step that starts before 2014 stretches the line back to its start.
		expect(viewFor(whenSpan({ from: '1992', to: '2022' })!).domain).toEqual([Date.UTC(1992, 0, 1), STORY_YEARS[1]]);
	});

	it('maps dates to shares of the line', () => {
		expect(position(JANUARY_2022[0], JANUARY_2022)).toBe(0);
		expect(position(JANUARY_2022[1], JANUARY_2022)).toBe(1);
		expect(position(Date.UTC(2022, 0, 16, 12), JANUARY_2022)).toBeCloseTo(0.5, 5);
		expect(position(Date.UTC(2030, 0, 1), STORY_YEARS)).toBe(1);
		expect(position(Date.UTC(2018, 6, 2, 12), STORY_YEARS)).toBeCloseTo(0.5, 2);
	});

	const steps = [
		{ id: 'protests', when: { from: '2022-01-02', to: '2022-01-04' }, layers: [{ layer: 'unrest', from: '2022-01-02', to: '2022-01-04' }] },
		{ id: 'crimea', when: { from: '2014-02', to: '2014-03' }, layers: [] },
		{ id: 'members', when: { from: '1992', to: '2022' }, layers: [{ layer: 'membership', from: 1992, to: 2022 }] }
	] as unknown as Step[];

	it('shows the day a dated layer has reached while it unfolds, and the step’s date once it is done', () => {
		const start = clockState(steps, 0, 0, readoutFor);
		expect(start.view).toBe('january');
		expect(start.label).toBe('2 January 2022');
		expect(start.done).toBe(false);
		expect(start.marker).toBeCloseTo(1.5 / 31, 5);
		expect(start.band.x0).toBeCloseTo(1 / 31, 5);
		expect(start.band.x1).toBeCloseTo(4 / 31, 5);
		expect(clockState(steps, 0, 0.5, readoutFor).label).toBe('3 January 2022');
		const done = clockState(steps, 0, 1, readoutFor);
		expect(done.label).toBe('2–4 January 2022');
		expect(done.stepDate).toBe('2–4 January 2022');
		expect(done.marker).toBeCloseTo(3.5 / 31, 5);
		expect(done.marker!).toBeGreaterThanOrEqual(done.band.x0);
		expect(done.marker!).toBeLessThanOrEqual(done.band.x1);
	});

	it('a step without a dated layer shows its date at once, on the years line', () => {
		const c = clockState(steps, 1, 0, readoutFor);
		expect(c).toMatchObject({ view: 'years', label: 'February–March 2014', done: true, marker: null });
		expect(c.band.x0).toBeCloseTo((Date.UTC(2014, 1, 1) - STORY_YEARS[0]) / (STORY_YEARS[1] - STORY_YEARS[0]), 5);
		expect(c.ticks.map((t) => t.label)).toEqual(['2014', '2016', '2018', '2020', '2022']);
		expect(c.ticks.filter((t) => !t.minor).map((t) => t.label)).toEqual(['2014', '2018', '2022']);
		// Every step on the line is marked; the current one is the band.
		expect(c.marks.map((m) => [m.id, m.current])).toEqual([
			['protests', false],
			['crimea', true],
			['members', false]
		]);
	});

	it('says what a year counts while membership sweeps the years', () => {
		expect(clockState(steps, 2, 0.25, readoutFor).label).toMatch(/^\d{4} · (treaty parties|CSTO members)$/);
		expect(clockState(steps, 2, 1, readoutFor).label).toBe('1992–2022');
		expect(clockState(steps, 2, 1, readoutFor).ticks.map((t) => t.label)).toEqual(['1992', '2000', '2010', '2020']);
	});

	it('every step of the story shows its kicker’s date when done, with any moving marker inside its range', () => {
		for (const [i, step] of story.steps.entries()) {
			const c = clockState(story.steps, i, 1, readoutFor);
			expect(c.label, step.id).toBe(formatWhen(step.when));
			expect(kickerFor(step).startsWith(c.label), step.id).toBe(true);
		}
	});
});

describe('the clock in the page’s language', () => {
	const jan = story.steps.findIndex((s) => viewFor(whenSpan(s.when) as [number, number]).view === 'january');
	const years = story.steps.findIndex((s) => viewFor(whenSpan(s.when) as [number, number]).view === 'years');
	it('writes English ticks as before when no language is given', () => {
		expect(clockState(story.steps, jan, 1, null).ticks.map((t) => t.label)).toEqual(['1 Jan', '10', '20', '31 Jan']);
		expect(clockState(story.steps, jan, 1, null, 'en')).toEqual(clockState(story.steps, jan, 1, null));
	});
	it('writes ticks and the date by Intl for Russian and Ukrainian', () => {
		const month = (lang: string) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
		for (const lang of ['ru', 'uk'] as const) {
			const c = clockState(story.steps, jan, 1, null, lang);
			expect(c.ticks.map((t) => t.label)).toEqual([month(lang).format(Date.UTC(2022, 0, 1)), '10', '20', month(lang).format(Date.UTC(2022, 0, 31))]);
			expect(c.ticks[0]?.label).toMatch(/[а-яіїєґ]/);
			expect(c.label).toBe(capitalised(formatWhen(story.steps[jan]!.when, lang), lang));
			expect(c.stepDate).toBe(capitalised(formatWhen(story.steps[jan]!.when, lang), lang));
			// A month range opens with a capital and without "г." / "р.", so it fits the clock on a phone.
			const months = story.steps.find((s) => s.when.to && /^\d{4}-\d{2}$/.test(s.when.from) && /^\d{4}-\d{2}$/.test(s.when.to))!;
			const range = clockState(story.steps, story.steps.indexOf(months), 1, null, lang).label;
			expect(range).toMatch(/^[А-ЯІЇЄҐ][а-яіїєґ]+ \d{4} – [а-яіїєґ]+ \d{4}$/);
			expect(clockState(story.steps, years, 1, null, lang).ticks.map((t) => t.label)).toEqual(clockState(story.steps, years, 1, null).ticks.map((t) => t.label));
		}
	});
});

describe('reading mode reaches the step’s date by the time its heading is mid-screen', () => {
	const vh = 900;
	it('runs from the step taking over to its heading at the middle of the screen', () => {
		// The step's top at the trigger line (70 %), its heading 100 px below it.
		expect(headingProgress(630, 730, vh, 0.7)).toBe(0);
		// Scrolled until the heading's middle is at 450 px: done.
		expect(headingProgress(350, 450, vh, 0.7)).toBe(1);
		expect(headingProgress(351.5, 451.5, vh, 0.7)).toBe(1);
		expect(headingProgress(490, 590, vh, 0.7)).toBeCloseTo(0.5, 5);
		// Further on stays done.
		expect(headingProgress(-200, -100, vh, 0.7)).toBe(1);
		// On a phone the text's middle is lower, below the map: done sooner.
		expect(headingProgress(490, 590, vh, 0.7, 600)).toBe(1);
	});
});

describe('the build fails on a step without a proper date, naming the step and the field', () => {
	const withStep = (edit: (s: Record<string, unknown>) => void) => {
		const s = clone(story) as unknown as { steps: Record<string, unknown>[] };
		edit(s.steps[1]!);
		return validateStory(s);
	};
	const id = story.steps[1]!.id;

	it('when missing', () => {
		expect(withStep((s) => delete s.when).some((p) => p.startsWith('steps[1].when:') && p.includes(`"${id}"`))).toBe(true);
	});
	it('when malformed', () => {
		expect(withStep((s) => (s.when = { from: '5 January 2022' }))).toContain(`steps[1].when.from: step "${id}": expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that exists, got "5 January 2022"`);
		expect(withStep((s) => (s.when = { from: '2022-02-30' })).some((p) => p.startsWith('steps[1].when.from:'))).toBe(true);
		expect(withStep((s) => (s.when = { from: '2022-01-07', to: '2022-01-05' })).some((p) => p.startsWith('steps[1].when.to:'))).toBe(true);
		expect(withStep((s) => (s.when = { from: '2022-01-07', on: '2022-01-05' })).some((p) => p.startsWith('steps[1].when.on:'))).toBe(true);
		expect(withStep((s) => (s.when = '2022-01-07')).some((p) => p.startsWith('steps[1].when:'))).toBe(true);
	});
	it('a kicker written by hand', () => {
		expect(withStep((s) => (s.kicker = '7 January 2022 · Almaty')).some((p) => p.startsWith('steps[1].kicker:'))).toBe(true);
	});
	it('a dated layer that unfolds outside the step’s date', () => {
		const problems = withStep((s) => {
			s.when = { from: '2022-01-04' };
			s.layers = [{ layer: 'unrest', from: '2022-01-02', to: '2022-01-04' }];
		});
		expect(problems.some((p) => p.startsWith('steps[1].layers[0]:') && p.includes('outside the step’s when (4 January 2022)'))).toBe(true);
	});
	it('the story as it stands is sound', () => {
		expect(validateStory(story)).toEqual([]);
	});
});
