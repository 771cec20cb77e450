/**
 * One story structure, many texts. English is authored in data/story.ts,
 * data/notes.ts, data/about.ts and data/corrections.ts; `extractWords` turns
 * every string a reader sees or hears into a flat map of key → text
 * (data/i18n/en.json, written by data/scripts/i18n-extract.ts). A translation
 * (data/i18n/ru.json, uk.json) holds the same keys with other words.
 *
 * `checkTranslation` lists what is wrong with a translation, each problem
 * naming the language, the place and the field; the `translate*` functions
 * return copies of the data with the words replaced and everything else
 * (ids, order, cameras, layers, figures' numbers, sources) shared.
 *
 * Pure: no Node APIs, so the build, the tests and the app can all use it.
 */
import type { About, Correction, Figure, Source, SpeakerNotes, Step, Story } from './types';

/** Key → text, flat, in the order the reader meets the strings. */
export type Words = Record<string, string>;

/** The text fields of a figure a reader sees, in the order they are extracted. */
const FIGURE_FIELDS = ['label', 'value', 'date', 'caveat', 'short', 'series'] as const;

/** The words of a source a reader sees besides its publisher, author and headline (those stay as published). */
const SOURCE_FIELDS = ['dateNote', 'noUrl', 'note'] as const;

/** A correction's key: counted from the oldest entry, so adding a new one (at the top) changes no key. */
export const correctionKey = (index: number, count: number): string => `correction.${count - 1 - index}`;

/** Every string of the story a reader sees or hears, keyed. Not ids, ISO dates, settings or source ids. */
export function extractStory(story: Story): Words {
	const w: Words = {};
	w['story.title'] = story.title;
	w['story.dek'] = story.dek;
	w['story.byline'] = story.byline;
	story.credits.forEach((c, i) => (w[`story.credits.${i}`] = c));
	for (const step of story.steps) {
		const p = `step.${step.id}`;
		if (step.act) {
			w[`${p}.act.title`] = step.act.title;
			if (step.act.dek !== undefined) w[`${p}.act.dek`] = step.act.dek;
		}
		if (step.where !== undefined) w[`${p}.where`] = step.where;
		w[`${p}.heading`] = step.heading;
		step.body.forEach((b, i) => (w[`${p}.body.${i}`] = b));
		if (step.chart) w[`${p}.chart.title`] = step.chart.title;
		step.figures?.forEach((f, i) => {
			for (const field of FIGURE_FIELDS) {
				const v = f[field];
				if (typeof v === 'string') w[`${p}.figure.${i}.${field}`] = v;
			}
		});
		w[`${p}.alt`] = step.alt;
	}
	for (const src of story.sources) {
		const p = `source.${src.id}`;
		for (const field of SOURCE_FIELDS) {
			const v = src[field];
			if (typeof v === 'string') w[`${p}.${field}`] = v;
		}
		if (src.readAt) w[`${p}.readAt`] = src.readAt.label;
	}
	return w;
}

export function extractNotes(notes: SpeakerNotes): Words {
	const w: Words = {};
	for (const [id, note] of Object.entries(notes)) w[`notes.${id}`] = note;
	return w;
}

export function extractAbout(about: About): Words {
	const w: Words = { 'about.intro': about.intro };
	for (const s of about.sections) {
		w[`about.${s.id}.heading`] = s.heading;
		s.body.forEach((b, i) => (w[`about.${s.id}.body.${i}`] = b));
	}
	return w;
}

export function extractCorrections(corrections: Correction[]): Words {
	const w: Words = {};
	corrections.forEach((c, i) => {
		const k = correctionKey(i, corrections.length);
		w[`${k}.wrong`] = c.wrong;
		w[`${k}.right`] = c.right;
	});
	return w;
}

/** All the words, as data/i18n/en.json holds them. */
export function extractWords(data: { story: Story; notes: SpeakerNotes; about: About; corrections: Correction[] }): Words {
	return {
		...extractStory(data.story),
		...extractNotes(data.notes),
		...extractAbout(data.about),
		...extractCorrections(data.corrections)
	};
}

/** Where a key points, in words: "step fuel-protests, body.1", "notes, step airlift", "about lines, body.0". */
export function describeKey(key: string): string {
	const [kind, ...rest] = key.split('.');
	switch (kind) {
		case 'step':
			return `step ${rest[0]}, ${rest.slice(1).join('.')}`;
		case 'notes':
			return `notes, step ${rest.join('.')}`;
		case 'about':
			return rest.length === 1 ? `about, ${rest[0]}` : `about ${rest[0]}, ${rest.slice(1).join('.')}`;
		case 'correction':
			return `correction ${rest[0]}, ${rest.slice(1).join('.')}`;
		case 'story':
			return `story, ${rest.join('.')}`;
		case 'source':
			// Source ids may hold dots ("000_….txt"): the field is the last part.
			return `source ${rest.slice(0, -1).join('.')}, ${rest.at(-1)}`;
		default:
			return key;
	}
}

const CITE = /\{cite:[^}]*\}/g;

/** The `{cite:…}` markers of a string, in order. */
export const citesOf = (s: string): string[] => s.match(CITE) ?? [];

/**
 * The numbers of a string, normalised: citation markers left out, thousands
 * separators (",", no-break, narrow no-break and thin spaces before a group of
 * three digits) removed, a decimal comma read as a point. "13,200", "13 200"
 * and "13200" are all 13200; "2,5" and "2.5" are both 2.5.
 */
export function numbersOf(s: string): string[] {
	let t = s.replace(CITE, ' ');
	// thousands separators: a separator between digits followed by exactly three digits
	const group = /(\d)[,\u00a0\u202f\u2009](\d{3})(?!\d)/;
	while (group.test(t)) t = t.replace(group, '$1$2');
	// decimal comma or point, alike
	t = t.replace(/(\d),(\d)/g, '$1.$2');
	return t.match(/\d+(?:\.\d+)?/g) ?? [];
}

/** Why a translated value cannot be used as text ('not a string', 'empty'), or null when it can. */
export function notText(text: unknown): string | null {
	if (typeof text !== 'string') return 'not a string';
	return text.trim() === '' ? 'empty' : null;
}

/**
 * What is wrong with a translation, one line per problem, each naming the
 * language, the place and the field: "ru: step fuel-protests, body.1: missing".
 * Checks: every English key is there, no key English lacks, no empty string,
 * the `{cite:…}` markers are the English ones in the English order, and every
 * number of the English string appears in the translation.
 */
export function checkTranslation(en: Words, words: Record<string, unknown>, lang: string): string[] {
	const problems: string[] = [];
	const at = (key: string, what: string) => problems.push(`${lang}: ${describeKey(key)}: ${what}`);
	for (const [key, english] of Object.entries(en)) {
		if (!Object.hasOwn(words, key)) {
			at(key, 'missing');
			continue;
		}
		const text = words[key];
		const unusable = notText(text);
		if (unusable || typeof text !== 'string') {
			at(key, unusable ?? 'not a string');
			continue;
		}
		const enCites = citesOf(english);
		const cites = citesOf(text);
		if (enCites.join('') !== cites.join('')) {
			const dropped = enCites.filter((c) => !cites.includes(c));
			const added = cites.filter((c) => !enCites.includes(c));
			const detail = [
				dropped.length ? `dropped ${dropped.join(' ')}` : '',
				added.length ? `added ${added.join(' ')}` : '',
				!dropped.length && !added.length ? 'in another order or number' : ''
			]
				.filter(Boolean)
				.join('; ');
			at(key, `citations differ from English (${detail})`);
		}
		const have = new Set(numbersOf(text));
		const lost = [...new Set(numbersOf(english))].filter((n) => !have.has(n));
		if (lost.length) at(key, `number${lost.length > 1 ? 's' : ''} ${lost.join(', ')} of the English text missing`);
	}
	for (const key of Object.keys(words)) {
		if (!Object.hasOwn(en, key)) at(key, 'extra: no such key in English');
	}
	return problems;
}

/** Differences between a fresh extraction and data/i18n/en.json: "en.json: step x, heading: stale". */
export function checkFresh(extracted: Words, file: Record<string, unknown>): string[] {
	const problems: string[] = [];
	for (const [key, text] of Object.entries(extracted)) {
		if (!Object.hasOwn(file, key)) problems.push(`en.json: ${describeKey(key)}: missing (run npm run i18n:extract)`);
		else if (file[key] !== text) problems.push(`en.json: ${describeKey(key)}: stale (run npm run i18n:extract)`);
	}
	for (const key of Object.keys(file)) {
		if (!Object.hasOwn(extracted, key)) problems.push(`en.json: ${describeKey(key)}: no longer in the data (run npm run i18n:extract)`);
	}
	return problems;
}

function lookup(words: Words, key: string): string {
	const t = words[key];
	if (typeof t !== 'string') throw new Error(`No translation for ${describeKey(key)} (${key})`);
	return t;
}

function translateFigure(f: Figure, words: Words, prefix: string): Figure {
	const out: Figure = { ...f };
	for (const field of FIGURE_FIELDS) {
		if (typeof f[field] === 'string') out[field] = lookup(words, `${prefix}.${field}`);
	}
	return out;
}

/** A source's notes in other words; its publisher, author, headline and addresses stay as published. */
function translateSource(src: Source, words: Words): Source {
	const p = `source.${src.id}`;
	const out: Source = { ...src };
	for (const field of SOURCE_FIELDS) {
		if (typeof src[field] === 'string') out[field] = lookup(words, `${p}.${field}`);
	}
	if (src.readAt) out.readAt = { ...src.readAt, label: lookup(words, `${p}.readAt`) };
	return out;
}

function translateStep(step: Step, words: Words): Step {
	const p = `step.${step.id}`;
	const out: Step = { ...step, heading: lookup(words, `${p}.heading`), body: step.body.map((_, i) => lookup(words, `${p}.body.${i}`)), alt: lookup(words, `${p}.alt`) };
	if (step.act) {
		out.act = { ...step.act, title: lookup(words, `${p}.act.title`) };
		if (step.act.dek !== undefined) out.act.dek = lookup(words, `${p}.act.dek`);
	}
	if (step.where !== undefined) out.where = lookup(words, `${p}.where`);
	if (step.chart) out.chart = { ...step.chart, title: lookup(words, `${p}.chart.title`) };
	if (step.figures) out.figures = step.figures.map((f, i) => translateFigure(f, words, `${p}.figure.${i}`));
	return out;
}

/**
 * The story in other words: same steps in the same order, same cameras,
 * layers, figures' numbers and sources (shared, not copied). Throws on a
 * missing string: run `checkTranslation` first for the full list.
 */
export function translateStory<S extends Story>(story: S, words: Words, lang?: string): S {
	return {
		...story,
		lang: lang ?? story.lang,
		title: lookup(words, 'story.title'),
		dek: lookup(words, 'story.dek'),
		byline: lookup(words, 'story.byline'),
		credits: story.credits.map((_, i) => lookup(words, `story.credits.${i}`)),
		steps: story.steps.map((s) => translateStep(s, words)),
		sources: story.sources.map((s) => translateSource(s, words))
	};
}

export function translateNotes(notes: SpeakerNotes, words: Words): SpeakerNotes {
	return Object.fromEntries(Object.keys(notes).map((id) => [id, lookup(words, `notes.${id}`)]));
}

export function translateAbout(about: About, words: Words): About {
	return {
		...about,
		intro: lookup(words, 'about.intro'),
		sections: about.sections.map((s) => ({
			...s,
			heading: lookup(words, `about.${s.id}.heading`),
			body: s.body.map((_, i) => lookup(words, `about.${s.id}.body.${i}`))
		}))
	};
}

export function translateCorrections(corrections: Correction[], words: Words): Correction[] {
	return corrections.map((c, i) => {
		const k = correctionKey(i, corrections.length);
		return { ...c, wrong: lookup(words, `${k}.wrong`), right: lookup(words, `${k}.right`) };
	});
}
