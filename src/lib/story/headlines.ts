/**
 * Translations of the sources' headlines, by language and source id
 * (data/i18n/sources.<lang>.json; every headline not in that language has
 * one). English translations are the sources' own `headlineEnglish`
 * (data/sources.ts). A language's file loads on demand (`loadHeadlines`, which
 * a Russian or Ukrainian page's layout awaits), so no page carries another
 * language's translations; lookups are synchronous after that.
 */
import type { Lang } from '../i18n/ui';
import type { Source } from './types';

const FILES = import.meta.glob<Record<string, string>>(['../../../data/i18n/sources.ru.json', '../../../data/i18n/sources.uk.json'], { import: 'default' });
const table = new Map<Lang, Readonly<Record<string, string>>>();

/** Loads a language's headline translations (once). */
export async function loadHeadlines(lang: Exclude<Lang, 'en'>): Promise<Readonly<Record<string, string>>> {
	const have = table.get(lang);
	if (have) return have;
	const load = FILES[`../../../data/i18n/sources.${lang}.json`];
	if (!load) throw new Error(`i18n: no headline translations for "${lang}" (data/i18n/sources.${lang}.json)`);
	const words = await load();
	table.set(lang, words);
	return words;
}

/** The language a source's headline is in (English unless it says otherwise). */
export const headlineLangOf = (s: Source): string => s.headlineLang ?? 'en';

/** A headline's translation into `lang`; undefined where the headline is in that language (or no translation is known or loaded). */
export function headlineTranslation(s: Source, lang: Lang): string | undefined {
	if (headlineLangOf(s) === lang) return undefined;
	return lang === 'en' ? s.headlineEnglish : table.get(lang)?.[s.id];
}
