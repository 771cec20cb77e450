/**
 * The builders of the HTML that prerendered pages hold and the browser adopts
 * as it stands (./prerendered.ts): the story's step list, its source list and
 * the About sections. The browser never builds them, so the build gives its
 * bundle stubs instead (data/scripts/client-data.ts), and with them it leaves
 * out the code and data they read (the layer modules behind each card's key,
 * the source list and its headlines' translations).
 */
import type { Source } from './types';
import { esc, sourceItemHtml as englishSourceItemHtml, tHtml, type Words } from './html';
import { sourceAnchor } from './text';
import { dateLocale, formatDate } from './dates';
import { tEn, type Lang } from '../i18n/ui';
import sourcesRu from '../../../data/i18n/sources.ru.json';
import sourcesUk from '../../../data/i18n/sources.uk.json';

export { stepListHtml } from '$lib/scroll/cardHtml';
export { aboutSectionsHtml } from './aboutHtml';

/**
 * Translations of the sources' headlines, by language and source id
 * (data/i18n/sources.<lang>.json): every headline not in that language has one.
 * English translations are the sources' own `headlineEnglish` (data/sources.ts).
 */
export const HEADLINE_TRANSLATIONS: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = { ru: sourcesRu, uk: sourcesUk };

/** The language a source's headline is in (English unless it says otherwise). */
export const headlineLangOf = (s: Source): string => s.headlineLang ?? 'en';

/** A headline's translation into `lang`; undefined where the headline is in that language (or no translation is known). */
export function headlineTranslation(s: Source, lang: Lang): string | undefined {
	if (headlineLangOf(s) === lang) return undefined;
	return lang === 'en' ? s.headlineEnglish : HEADLINE_TRANSLATIONS[lang][s.id];
}

/**
 * One entry of the numbered source list (see $lib/story/html.ts, whose English
 * entry an English page shows byte for byte). On a Russian or Ukrainian page the
 * headline stays as published, marked with its language where that is not the
 * page's, with its translation into the page's language beside it in square
 * brackets; the notes about a source, written in English, are marked as English.
 */
export function sourceItemHtml(s: Source, words: Words = {}): string {
	const { t = tEn, lang = 'en' } = words;
	if (lang === 'en') return englishSourceItemHtml(s, words);
	const original = headlineLangOf(s);
	const en = (text: string, cls: string): string => `<span class="${cls}" lang="en">${esc(text)}</span>`;
	const quoted = tHtml(t, 'quote', { text: original !== lang ? `<span lang="${esc(original)}">${esc(s.headline)}</span>` : esc(s.headline) });
	const headline = s.url ? `<a href="${esc(s.url)}" rel="noreferrer">${quoted}</a>` : quoted;
	const translation = headlineTranslation(s, lang);
	const date = `${esc(formatDate(s.date, dateLocale(lang)))}${s.dateNote ? ` (${en(s.dateNote, 'date-note')})` : ''}`;
	return (
		`<li id="${esc(sourceAnchor(s.id))}"><span class="outlet">${esc(s.publisher)}</span>${s.author ? `, ${esc(s.author)}` : ''}, ${date}. ` +
		headline +
		(translation ? ` <span class="translation">[${esc(translation)}]</span>` : '') +
		(s.noUrl && !s.url ? ` ${en(s.noUrl, 'no-url')}` : '') +
		(s.readAt ? ` <a class="read-at" href="${esc(s.readAt.url)}" rel="noreferrer">${esc(t('source.readAt', { label: s.readAt.label }))}</a>` : '') +
		(s.kind === 'seed' ? ` <span class="tag">${esc(t('source.seed'))}</span>` : '') +
		(s.note ? ` ${en(s.note, 'note')}` : '') +
		'</li>'
	);
}
