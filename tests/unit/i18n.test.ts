import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { story as authored } from '../../data/story';
import type { Story } from '../../src/lib/story/types';
import { speakerNotes } from '../../data/notes';
import { about } from '../../data/about';
import { corrections } from '../../data/corrections';
import {
	checkFresh,
	checkTranslation,
	extractWords,
	numbersOf,
	translateAbout,
	translateCorrections,
	translateNotes,
	translateStory,
	type Words
} from '../../src/lib/story/translate';

const dir = new URL('../../data/i18n/', import.meta.url);
const read = (name: string): Words => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

/** The English story, as the type the app reads. */
const story: Story = authored;
const en = read('en.json');
const fresh = extractWords({ story, notes: speakerNotes, about, corrections });
/** The translations in the repo; a draft under data/i18n/drafts/ is not checked. */
const LANGS = ['ru', 'uk'].filter((l) => l === 'ru' || existsSync(new URL(`${l}.json`, dir)));

describe('the English words', () => {
	it('en.json is what the data says now (npm run i18n:extract)', () => {
		expect(checkFresh(fresh, en)).toEqual([]);
		expect(Object.keys(en)).toEqual(Object.keys(fresh));
	});

	it('holds reader-facing words only: no ids, ISO dates or source ids as values', () => {
		for (const [key, text] of Object.entries(en)) {
			expect(text, key).not.toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
			// A source is named to the reader by its publisher, never by its id (citation markers aside).
			const words = text.replace(/\{cite:[^}]*\}/g, '');
			expect(story.sources.filter((s) => words.includes(s.id)).map((s) => s.id), key).toEqual([]);
		}
		expect(Object.keys(en).some((k) => k.includes('.camera') || k.includes('.layers'))).toBe(false);
	});
});

describe.each(LANGS)('the %s translation', (lang) => {
	const words = read(`${lang}.json`);

	it('passes every check', () => {
		expect(checkTranslation(en, words, lang)).toEqual([]);
	});

	it('has the keys of en.json in the same order', () => {
		expect(Object.keys(words)).toEqual(Object.keys(en));
	});

	it('keeps the structure: step ids, order, cameras, layers, figures’ numbers and sources', () => {
		const t = translateStory(story, words, lang);
		expect(t.lang).toBe(lang);
		expect(t.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
		t.steps.forEach((s, i) => {
			const e = story.steps[i]!;
			expect(s.camera).toBe(e.camera);
			expect(s.layers).toBe(e.layers);
			expect(s.sources).toBe(e.sources);
			expect(s.when).toBe(e.when);
			expect(s.figures?.map((f) => [f.n, f.qualifier, f.at, f.sources])).toEqual(e.figures?.map((f) => [f.n, f.qualifier, f.at, f.sources]));
			expect(s.chart?.kind).toBe(e.chart?.kind);
			expect(s.heading).not.toBe(e.heading);
			expect(s.body).toHaveLength(e.body.length);
		});
		// Sources: the same records in the same order, with the same ids, publishers, headlines, dates,
		// addresses and claims; only their notes and the "read at" label are in the language.
		expect(t.sources.map(({ note: _n, dateNote: _d, noUrl: _u, readAt, ...rest }) => ({ ...rest, readAt: readAt?.url }))).toEqual(
			story.sources.map(({ note: _n, dateNote: _d, noUrl: _u, readAt, ...rest }) => ({ ...rest, readAt: readAt?.url }))
		);
		t.sources.forEach((s, i) => {
			const e = story.sources[i]!;
			for (const field of ['note', 'dateNote', 'noUrl'] as const) {
				expect(s[field] === undefined, `${e.id} ${field}`).toBe(e[field] === undefined);
				if (e[field] && /[a-z]{4}/.test(e[field]!)) expect(s[field], `${e.id} ${field}`).not.toBe(e[field]);
			}
		});
		expect(t.title).toBe(words['story.title']);
		// the English data itself is untouched
		expect(story.steps[0]!.heading).toBe(en[`step.${story.steps[0]!.id}.heading`]);
	});

	it('translates the notes, the About page and the corrections', () => {
		const n = translateNotes(speakerNotes, words);
		expect(Object.keys(n)).toEqual(Object.keys(speakerNotes));
		const a = translateAbout(about, words);
		expect(a.sections.map((s) => s.id)).toEqual(about.sections.map((s) => s.id));
		expect(a.intro).not.toBe(about.intro);
		const c = translateCorrections(corrections, words);
		expect(c.map((x) => [x.date, x.steps])).toEqual(corrections.map((x) => [x.date, x.steps]));
		expect(c[0]!.right).not.toBe(corrections[0]!.right);
	});

	it('uses «…» quotation marks, not English ones', () => {
		for (const [key, text] of Object.entries(words)) {
			expect(text, key).not.toMatch(/[”"]/);
			expect((text.match(/„/g) ?? []).length, key).toBe((text.match(/“/g) ?? []).length);
		}
	});
});

describe('checkTranslation finds what a translation got wrong', () => {
	const ru = read('ru.json');
	const copy = () => ({ ...ru });

	it('a missing key, named by language, step and field', () => {
		const w = copy();
		delete w['step.fuel-protests.body.1'];
		expect(checkTranslation(en, w, 'ru')).toEqual(['ru: step fuel-protests, body.1: missing']);
	});

	it('an extra key', () => {
		const w = { ...copy(), 'step.fuel-protests.body.2': 'Лишний абзац.' };
		expect(checkTranslation(en, w, 'ru')).toEqual(['ru: step fuel-protests, body.2: extra: no such key in English']);
	});

	it('an empty string', () => {
		const w = { ...copy(), 'step.airlift.heading': ' ' };
		expect(checkTranslation(en, w, 'uk')).toEqual(['uk: step airlift, heading: empty']);
	});

	it('a dropped citation', () => {
		const w = copy();
		const key = 'step.fuel-protests.body.1';
		w[key] = w[key]!.replace('{cite:001_702f0e2e004c6f4a.txt}', '');
		const problems = checkTranslation(en, w, 'ru');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^ru: step fuel-protests, body\.1: citations differ from English \(dropped \{cite:001_702f0e2e004c6f4a\.txt\}\)$/);
	});

	it('citations in another order', () => {
		const w = copy();
		const key = 'step.protests-spread.body.1';
		const cites = en[key]!.match(/\{cite:[^}]*\}/g)!;
		w[key] = w[key]!.replace(cites[0]! + cites[1]!, cites[1]! + cites[0]!);
		expect(checkTranslation(en, w, 'ru')).toEqual(['ru: step protests-spread, body.1: citations differ from English (in another order or number)']);
	});

	it('a changed number', () => {
		const w = copy();
		const key = 'step.force-size.figure.0.value';
		expect(numbersOf(w[key]!)).toEqual(['2500']);
		w[key] = w[key]!.replace(/2\s?500/, '2 600');
		expect(checkTranslation(en, w, 'ru')).toEqual(['ru: step force-size, figure.0.value: number 2500 of the English text missing']);
	});

	it('names the place outside the steps too', () => {
		const w = copy();
		delete w['notes.airlift'];
		delete w['about.lines.body.0'];
		delete w['correction.0.wrong'];
		expect(checkTranslation(en, w, 'ru')).toEqual([
			'ru: notes, step airlift: missing',
			'ru: about lines, body.0: missing',
			'ru: correction 0, wrong: missing'
		]);
	});

	it('reads numbers as a Russian or Ukrainian newspaper writes them', () => {
		expect(numbersOf('13,200–13,400 killed')).toEqual(['13200', '13400']);
		expect(numbersOf('13\u00a0200–13\u202f400 погибших')).toEqual(['13200', '13400']);
		expect(numbersOf('2,5 года, 2.5 years')).toEqual(['2.5', '2.5']);
		expect(numbersOf('Ил-76{cite:tass-2022-01-13-zas-110-flights#flights-110}')).toEqual(['76']);
	});
});

describe('a stale en.json fails', () => {
	it('names the step and field', () => {
		const stale: Words = { ...en, 'step.airlift.heading': 'Old heading' };
		delete stale['step.airlift.alt'];
		expect(checkFresh(fresh, stale)).toEqual([
			'en.json: step airlift, heading: stale (run npm run i18n:extract)',
			'en.json: step airlift, alt: missing (run npm run i18n:extract)'
		]);
	});
});
