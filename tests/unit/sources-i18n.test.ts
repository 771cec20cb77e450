/**
 * Source headlines in every language: each keeps its original words, with a
 * translation into the page's language beside it where it is in another
 * (data/i18n/sources.ru.json and sources.uk.json, by source id; English ones
 * are the sources' own headlineEnglish). A missing translation fails here,
 * naming the language and the source.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from './dom';
import { sources } from '../../data/sources';
import ru from '../../data/i18n/sources.ru.json';
import uk from '../../data/i18n/sources.uk.json';
import ruText from '../../data/i18n/ui-text.ru.json';
import ukText from '../../data/i18n/ui-text.uk.json';
import { headlineLangOf, headlineTranslation, loadHeadlines } from '../../src/lib/story/headlines';
import { sourceItemHtml } from '../../src/lib/story/html';
import { translator } from '../../src/lib/i18n/ui';
import { translateStory } from '../../src/lib/story/translate';
import { story } from '../../data/story';
import ukWords from '../../data/i18n/uk.json';
import ruWords from '../../data/i18n/ru.json';
import type { Source } from '../../src/lib/story/types';

const files = { ru: ru as Record<string, string>, uk: uk as Record<string, string> };
const texts = { ru: ruText as Record<string, string>, uk: ukText as Record<string, string> };
/** Digit runs, read as the English writes them (10 000 and 10,000 alike). */
const numbers = (s: string): string[] => (s.replace(/(\d)[\u00a0\u202f ,](?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []).sort();

/** Every problem with a language's headline translations, each naming the language and the source. */
function problems(lang: 'ru' | 'uk', file: Record<string, string>, list: readonly Source[] = sources): string[] {
	const out: string[] = [];
	const ids = new Set(list.map((s) => s.id));
	for (const s of list) {
		const t = file[s.id];
		if (headlineLangOf(s) === lang) {
			if (t !== undefined) out.push(`${lang}: source ${s.id}: the headline is in ${lang} already; remove its translation`);
			continue;
		}
		if (typeof t !== 'string' || !t.trim()) {
			out.push(`${lang}: source ${s.id}: no translation of the headline`);
			continue;
		}
		if (/[A-Za-z]{4,}/.test(t.replace(/Reuters Graphics|Politico/g, ''))) out.push(`${lang}: source ${s.id}: the translation has English words in it`);
		if (s.headline.startsWith('[') !== t.startsWith('[')) out.push(`${lang}: source ${s.id}: a headline in square brackets is a description; keep the brackets (and add none)`);
		const missing = numbers(s.headline).filter((n) => !numbers(t).includes(n));
		if (missing.length) out.push(`${lang}: source ${s.id}: the number(s) ${missing.join(', ')} of the headline are missing`);
	}
	for (const id of Object.keys(file)) if (!ids.has(id)) out.push(`${lang}: source ${id}: no such source in data/sources.ts`);
	return out;
}

describe('every source headline has a Russian and a Ukrainian translation', () => {
	for (const lang of ['ru', 'uk'] as const)
		it(`${lang}: one for every headline not in ${lang}, none for the others`, () => {
			expect(problems(lang, files[lang])).toEqual([]);
		});

	it('names the language and the source of a missing, extra or unneeded translation', () => {
		const [a, b] = sources.filter((s) => headlineLangOf(s) === 'en');
		const russian = sources.find((s) => headlineLangOf(s) === 'ru')!;
		const file = { ...files.ru, [russian.id]: 'x', 'no-such-source': 'y' };
		delete file[a!.id];
		file[b!.id] = '';
		const found = problems('ru', file);
		expect(found).toContain(`ru: source ${a!.id}: no translation of the headline`);
		expect(found).toContain(`ru: source ${b!.id}: no translation of the headline`);
		expect(found).toContain(`ru: source ${russian.id}: the headline is in ru already; remove its translation`);
		expect(found).toContain('ru: source no-such-source: no such source in data/sources.ts');
	});
});

describe('the source list keeps each headline in its language, with a translation beside it', () => {
	const english = sources.find((s) => headlineLangOf(s) === 'en' && s.url)!;
	const russian = sources.find((s) => headlineLangOf(s) === 'ru')!;
	const item = (s: Source, lang: 'ru' | 'uk') => parseHTML(`<ol>${sourceItemHtml(s, { t: translator(lang, texts[lang]), lang })}</ol>`).querySelector('li')!;

	beforeAll(() => Promise.all([loadHeadlines('ru'), loadHeadlines('uk')]));

	it('on the English page: an English headline as published; a Russian one marked as Russian, with its English translation; notes unmarked', () => {
		for (const s of sources) expect(sourceItemHtml(s, { lang: 'en' })).toBe(sourceItemHtml(s));
		const en = parseHTML(`<ol>${sourceItemHtml(english)}</ol>`).querySelector('li')!;
		expect(en.querySelector('a [lang]')).toBeNull();
		expect(en.querySelector('.translation')).toBeNull();
		const ru = parseHTML(`<ol>${sourceItemHtml(russian)}</ol>`).querySelector('li')!;
		expect(ru.querySelector('a span[lang="ru"]')!.textContent).toBe(russian.headline);
		expect(ru.querySelector('.translation')!.textContent).toBe(`[${russian.headlineEnglish}]`);
		const withNote = sources.find((s) => s.note)!;
		expect(parseHTML(`<ol>${sourceItemHtml(withNote)}</ol>`).querySelector('.note')!.hasAttribute('lang')).toBe(false);
		expect(headlineTranslation(russian, 'en')).toBe(russian.headlineEnglish);
		expect(headlineTranslation(english, 'en')).toBeUndefined();
	});

	it('on the Russian page: an English headline marked as English, with its Russian translation in brackets', () => {
		const li = item(english, 'ru');
		expect(li.querySelector('a span[lang="en"]')!.textContent).toBe(english.headline);
		expect(li.querySelector('.translation')!.textContent).toBe(`[${files.ru[english.id]}]`);
		expect(li.querySelector('.translation')!.hasAttribute('lang')).toBe(false);
	});

	it('on the Russian page: a Russian headline as published, with no lang of its own and no translation', () => {
		const li = item(russian, 'ru');
		expect(li.querySelector('a')!.textContent).toContain(russian.headline);
		expect(li.querySelector('a [lang]')).toBeNull();
		expect(li.querySelector('.translation')).toBeNull();
		expect(li.textContent).not.toContain(russian.headlineEnglish!);
	});

	it('on the Ukrainian page: a Russian headline marked as Russian, with its Ukrainian translation', () => {
		const li = item(russian, 'uk');
		expect(li.querySelector('a span[lang="ru"]')!.textContent).toBe(russian.headline);
		expect(li.querySelector('.translation')!.textContent).toBe(`[${files.uk[russian.id]}]`);
	});

	it('gives the notes, the date’s note and the “read at” label in the page’s language, unmarked, and writes the date for the page', () => {
		for (const [lang, words] of [['ru', ruWords], ['uk', ukWords]] as const) {
			const translated = translateStory(story, words as Record<string, string>, lang).sources;
			const withAll = translated.find((s) => s.note && s.dateNote)!;
			const li = item(withAll, lang);
			expect(li.querySelector('.note')!.textContent, lang).toBe((words as Record<string, string>)[`source.${withAll.id}.note`]);
			expect(li.querySelector('.note')!.hasAttribute('lang'), lang).toBe(false);
			expect(li.textContent, lang).toContain(`(${(words as Record<string, string>)[`source.${withAll.id}.dateNote`]!.replace(/\.$/, '')})`);
			const readHere = translated.find((s) => s.readAt && /\(/.test(s.readAt.label))!;
			expect(item(readHere, lang).querySelector('.read-at')!.textContent, lang).toContain((words as Record<string, string>)[`source.${readHere.id}.readAt`]);
			// No English note is left on the page.
			const english = sources.find((s) => s.id === withAll.id)!;
			expect(li.textContent, lang).not.toContain(english.note!);
		}
		const dated = translateStory(story, ukWords as Record<string, string>, 'uk').sources.find((s) => s.note && s.date.length === 10)!;
		expect(item(dated, 'uk').textContent).toMatch(/\d{4} р\./);
	});

	it('ends the date and its note with one full stop, in every language', () => {
		const lists = {
			en: sources,
			ru: translateStory(story, ruWords as Record<string, string>, 'ru').sources,
			uk: translateStory(story, ukWords as Record<string, string>, 'uk').sources
		};
		const doubled: string[] = [];
		for (const [lang, list] of Object.entries(lists))
			for (const s of list) {
				const text = parseHTML(`<ol>${sourceItemHtml(s, lang === 'en' ? {} : { t: translator(lang as 'ru' | 'uk', texts[lang as 'ru' | 'uk']), lang: lang as 'ru' | 'uk' })}</ol>`).querySelector('li')!.textContent!;
				if (/(?<!\.)\.\.(?!\.)|\.\)\./.test(text)) doubled.push(`${lang} ${s.id}: ${text.slice(0, 120)}`);
			}
		expect(doubled).toEqual([]);
	});

});
