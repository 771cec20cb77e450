/**
 * The interface's words (data/i18n/ui.<lang>.json): every language has every
 * message, with the same placeholders and the plural forms its language needs;
 * a missing key is a type error and a runtime error naming it; and no
 * component still writes English of its own where a reader sees or hears it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadMessages } from '../../src/lib/i18n/load';
import { AREAS, around, LANGS, messages, pluralFormsFor, tEn, translator, type Area, type Lang } from '../../src/lib/i18n/ui';
import '../../src/lib/i18n/present';
import '../../src/lib/i18n/embed';
import '../../src/lib/i18n/aboutPage';
import '../../src/lib/i18n/text';

const read = (area: Area, lang: Lang): Record<string, string> => JSON.parse(readFileSync(`data/i18n/${area}.${lang}.json`, 'utf8'));
/** Each language's words, every area together (after checking no key is in two areas). */
const FILES = Object.fromEntries(
	LANGS.map((lang) => {
		const all: Record<string, string> = {};
		for (const area of AREAS) for (const [k, v] of Object.entries(read(area, lang))) all[k in all ? `${k} (twice)` : k] = v;
		return [lang, all];
	})
) as Record<Lang, Record<string, string>>;
const { en, ru, uk } = FILES;
const FORMS = /\.(zero|one|two|few|many|other)$/;

/** A language's messages: plain keys, and plural messages by base with their forms. */
function shape(words: Record<string, string>) {
	const bases = new Set(Object.keys(words).filter((k) => k.endsWith('.other')).map((k) => k.slice(0, -'.other'.length)));
	const plain = Object.keys(words).filter((k) => !(FORMS.test(k) && bases.has(k.replace(FORMS, ''))));
	const plural = new Map<string, string[]>();
	for (const k of Object.keys(words)) {
		const base = k.replace(FORMS, '');
		if (FORMS.test(k) && bases.has(base)) plural.set(base, [...(plural.get(base) ?? []), k.slice(base.length + 1)]);
	}
	return { plain, plural };
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface’s words', () => {
	const base = shape(en);

	for (const lang of LANGS) {
		const words = FILES[lang];
		const { plain, plural } = shape(words);

		it(`${lang}: every area has the same keys as its English file`, () => {
			for (const area of AREAS) {
				const mine = Object.keys(read(area, lang)).map((k) => k.replace(FORMS, ''));
				const english = Object.keys(read(area, 'en')).map((k) => k.replace(FORMS, ''));
				expect([area, [...new Set(mine)].sort()]).toEqual([area, [...new Set(english)].sort()]);
			}
		});

		it(`${lang}: has every message English has, and none it does not`, () => {
			expect(plain.filter((k) => !base.plain.includes(k)).map((k) => `${lang}: ${k}: not in English`)).toEqual([]);
			expect(base.plain.filter((k) => !plain.includes(k)).map((k) => `${lang}: ${k}: missing`)).toEqual([]);
			expect([...plural.keys()].sort()).toEqual([...base.plural.keys()].sort());
		});

		it(`${lang}: every plural message has exactly the forms ${lang} needs`, () => {
			const need = pluralFormsFor(lang).sort();
			if (lang !== 'en') expect(need).toEqual(['few', 'many', 'one', 'other']);
			for (const [k, forms] of plural) expect([k, forms.sort()]).toEqual([k, need]);
		});

		it(`${lang}: no message is empty, and a key never ends like a plural form unless it is one`, () => {
			for (const [k, text] of Object.entries(words)) expect([k, text.trim().length > 0]).toEqual([k, true]);
			for (const k of plain) expect([k, FORMS.test(k)]).toEqual([k, false]);
		});

		it(`${lang}: every message has the English one’s placeholders`, () => {
			for (const k of plain) expect([k, placeholders(words[k] as string)]).toEqual([k, placeholders((en as Record<string, string>)[k] as string)]);
			for (const [k, forms] of plural) {
				const want = placeholders((en as Record<string, string>)[`${k}.other`] as string).filter((p) => p !== 'n');
				for (const f of forms) expect([`${k}.${f}`, placeholders(words[`${k}.${f}`] as string).filter((p) => p !== 'n')]).toEqual([`${k}.${f}`, want]);
			}
		});

		if (lang !== 'en')
			it(`${lang}: quotes are «…», never straight or English quotation marks`, () => {
				for (const [k, text] of Object.entries(words)) expect([k, /["“”]/.test(text)]).toEqual([k, false]);
			});
	}
});

describe('the lookup', () => {
	it('fills placeholders, and writes numbers for the language', () => {
		expect(tEn('step.count', { n: 3, total: 21 })).toBe('Step 3 of 21');
		expect(translator('ru', ru)('step.count', { n: 3, total: 21 })).toBe('Шаг 3 из 21');
		expect(translator('ru', ru)('aboutPage.data.records', { n: 12000 })).toBe('12\u00a0000 записей');
	});

	it('picks the plural form Intl.PluralRules gives for {n}', () => {
		expect(tEn('aboutPage.data.records', { n: 1 })).toBe('1 record');
		expect(tEn('aboutPage.data.records', { n: 21 })).toBe('21 records');
		const r = translator('ru', ru);
		expect([1, 2, 5, 11, 21, 22, 25].map((n) => r('aboutPage.data.records', { n }))).toEqual([
			'1 запись',
			'2 записи',
			'5 записей',
			'11 записей',
			'21 запись',
			'22 записи',
			'25 записей'
		]);
		const u = translator('uk', uk);
		expect([1, 3, 7].map((n) => u('aboutPage.data.records', { n }))).toEqual(['1 запис', '3 записи', '7 записів']);
	});

	it('refuses a key that does not exist: a type error, and a throw naming it', () => {
		// @ts-expect-error: not a key of ui.en.json
		expect(() => tEn('menu.nonsense')).toThrow(/menu\.nonsense/);
		// A plural form is not a key for t (the file holds it, t takes the base).
		// @ts-expect-error: plural messages are looked up by their base
		expect(() => tEn('aboutPage.data.records.one')).not.toThrow();
		expect(() => tEn('step.count', { n: 1 })).toThrow(/\{total\}/);
	});

	it('splits a message around the placeholder that holds markup', () => {
		expect(around(tEn, 'error.storyHere', 'link')).toEqual(['The story itself is here: ', '.']);
	});

	it('bundles English only: other languages load on demand', async () => {
		expect(messages('en')).toBe(messages('en'));
		expect(() => messages('uk')).toThrow(/uk/);
		expect(await loadMessages('uk', ['ui'])).toEqual(read('ui', 'uk'));
		expect(await loadMessages('uk')).toEqual(uk);
		expect(translator('uk')('aboutPage.back')).toBe(uk['aboutPage.back']);
	});
});

/**
 * English written straight into components where a reader sees or hears it.
 * Heuristic, over .svelte files outside <script>, <style> and comments: a
 * text attribute (aria-label, title, alt, label, hint, placeholder) whose
 * value starts with a capital letter, and words between tags.
 */
describe('components hold no English of their own', () => {
	const ROOTS = ['src/lib/components', 'src/lib/modes', 'src/lib/scroll', 'src/routes', 'src/lib/map'];
	/** Names and formats that are the same in every language. */
	const ALLOWED = new Set(['CSV', 'GeoJSON', 'P', '?', 'MapLibre', 'pym.js', 'CSTO']);
	const svelteFiles = (dir: string): string[] =>
		readdirSync(dir).flatMap((f) => {
			const p = join(dir, f);
			if (statSync(p).isDirectory()) return p.endsWith('layers') ? [] : svelteFiles(p);
			return p.endsWith('.svelte') ? [p] : [];
		});
	const files = ROOTS.flatMap(svelteFiles);

	it('finds the components', () => expect(files.length).toBeGreaterThan(30));

	for (const file of files) {
		it(file, () => {
			const markup = readFileSync(file, 'utf8')
				.replace(/<script[\s\S]*?<\/script>/g, '')
				.replace(/<style[\s\S]*?<\/style>/g, '')
				.replace(/<!--[\s\S]*?-->/g, '')
				// Expressions ({…}, nested once) are code, not words: blank them out.
				.replace(/\{[^{}]*\}/g, ' ')
				.replace(/\{[^{}]*\}/g, ' ');
			const found: string[] = [];
			for (const m of markup.matchAll(/\b(?:aria-label|title|alt|label|hint|placeholder|content)="([A-Z][^"]*)"/g)) if (!ALLOWED.has(m[1] as string)) found.push(m[0]);
			for (const m of markup.matchAll(/>([^<>]*[A-Za-z][^<>]*)</g)) {
				const text = (m[1] as string).trim();
				if (text && !ALLOWED.has(text)) found.push(text);
			}
			expect(found).toEqual([]);
		});
	}
});

describe('the address matcher for a page’s language', () => {
	it('takes every language but English, and nothing else', async () => {
		const { match } = await import('../../src/params/lang');
		const { LANGS } = await import('../../src/lib/i18n/ui');
		expect(LANGS.filter((l) => match(l))).toEqual(LANGS.filter((l) => l !== 'en'));
		for (const other of ['en', 'de', 'RU', '', 'ru-RU']) expect(match(other), other).toBe(false);
	});
});

describe('the language of an address no page answers', () => {
	it('is the first segment’s when it names a language, English otherwise', async () => {
		const { langOfPath } = await import('../../src/lib/i18n/lang');
		expect(langOfPath('/ru/no-such-page')).toBe('ru');
		expect(langOfPath('/uk')).toBe('uk');
		expect(langOfPath('/uk/step/nothing/here')).toBe('uk');
		for (const other of ['/', '/no-such-page', '/rux/page', '/de/page', '/en/page', '/step/ru'])
			expect(langOfPath(other), other).toBe('en');
	});
});
