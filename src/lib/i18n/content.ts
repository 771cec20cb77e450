/**
 * The story's content in a language: the English data (data/story.ts,
 * notes.ts, about.ts, corrections.ts) with the words of data/i18n/<lang>.json
 * put in by $lib/story/translate.ts. Ids, order, cameras, layers, figures'
 * numbers and sources stay shared. A language's words load once, on demand,
 * as a file of their own, so no page carries another language's text.
 */
import { story } from '$data/story';
import { speakerNotes } from '$data/notes';
import { about } from '$data/about';
import { corrections } from '$data/corrections';
import { translateAbout, translateCorrections, translateNotes, type Words } from '$lib/story/translate';
import { storyInWords } from '$lib/story/inWords';
import type { About, Correction, SpeakerNotes, Story } from '$lib/story/types';
import type { Lang } from './ui';
import { langOf } from './lang';

const FILES = import.meta.glob<Words>(['../../../data/i18n/ru.json', '../../../data/i18n/uk.json'], { import: 'default' });
const words = new Map<Lang, Promise<Words>>();

/** A language's story words (data/i18n/<lang>.json). */
export function storyWords(lang: Exclude<Lang, 'en'>): Promise<Words> {
	let w = words.get(lang);
	if (!w) {
		const load = FILES[`../../../data/i18n/${lang}.json`];
		if (!load) throw new Error(`i18n: no story words for "${lang}" (data/i18n/${lang}.json)`);
		w = load();
		words.set(lang, w);
	}
	return w;
}

export interface Content {
	story: Story;
	notes: SpeakerNotes;
	about: About;
	corrections: Correction[];
}

const EN: Content = { story, notes: speakerNotes, about, corrections };

/** The whole story, notes, About page and corrections in a language. */
export async function contentIn(lang: Lang): Promise<Content> {
	if (lang === 'en') return EN;
	const w = await storyWords(lang);
	return {
		story: storyInWords(story, w, lang),
		notes: translateNotes(speakerNotes, w),
		about: translateAbout(about, w),
		corrections: translateCorrections(corrections, w)
	};
}

/** A page's load: its content in the language its address names. */
export const contentLoad = ({ params }: { params: { lang?: string } }): Promise<Content> => contentIn(langOf(params.lang));
