/**
 * The words of the interface (menus, buttons, labels, announcements, error
 * messages): everything a reader sees or hears that is not the story's own
 * text (for that, see $lib/story/translate.ts). One flat JSON file per
 * language, data/i18n/ui.<lang>.json, key → text, with `{name}` placeholders
 * and plural forms as `key.one`, `key.few`, `key.many`, `key.other`, chosen by
 * Intl.PluralRules for the number in `{n}`.
 *
 * Only English is bundled: a page in another language loads its own words
 * (`loadMessages`) and hands them to `translator`, so no page carries another
 * language's words. Pure: no Svelte, no Node APIs; the server, the browser and
 * the tests all use it. Nothing here holds a current language: every caller
 * passes its own, since one build renders pages of several languages.
 */
import en from '../../../data/i18n/ui.en.json';

export type Lang = 'en' | 'ru' | 'uk';
export const LANGS: readonly Lang[] = ['en', 'ru', 'uk'];
export const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGS as readonly string[]).includes(x);

/** Every key of the English file, plural forms included. */
type RawKey = keyof typeof en;
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A plural message's key without its form (`present.steps` for `present.steps.one` …). */
type PluralBase<K> = K extends `${infer B}.other` ? B : never;
/** A key `t` accepts: a plain message, or a plural message by its base name. */
export type UiKey = Exclude<RawKey, `${string}.${PluralForm}`> | PluralBase<RawKey>;
export type Messages = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number>>;
/** Looks a key up and fills its placeholders; throws, naming the key, when there is none. */
export type T = (key: UiKey, vars?: Vars) => string;

const PLURAL_FORMS: readonly PluralForm[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Another language's words, loaded on demand (one file per language in the build). */
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
	ru: () => import('../../../data/i18n/ui.ru.json').then((m) => m.default as Messages),
	uk: () => import('../../../data/i18n/ui.uk.json').then((m) => m.default as Messages)
};
const loaded = new Map<Lang, Messages>([['en', en as Messages]]);

/** A language's words: English at once; Russian and Ukrainian after loadMessages (throws before). */
export function messages(lang: Lang): Messages {
	const m = loaded.get(lang);
	if (!m) throw new Error(`ui: the words for "${lang}" are not loaded (await loadMessages("${lang}") first)`);
	return m;
}

/** Loads a language's words (a separate file for Russian and Ukrainian), once. */
export async function loadMessages(lang: Lang): Promise<Messages> {
	const have = loaded.get(lang);
	if (have) return have;
	const m = await LOADERS[lang as Exclude<Lang, 'en'>]();
	loaded.set(lang, m);
	return m;
}

/**
 * The lookup for one language. `vars` fill `{name}` placeholders; numbers are
 * written with Intl.NumberFormat for the language. A plural message takes its
 * form from Intl.PluralRules for `vars.n`.
 */
export function translator(lang: Lang, words: Messages = messages(lang)): T {
	let rules: Intl.PluralRules | undefined;
	let numbers: Intl.NumberFormat | undefined;
	const num = (v: number) => (lang === 'en' ? String(v) : (numbers ??= new Intl.NumberFormat(lang, { useGrouping: 'min2' } as Intl.NumberFormatOptions)).format(v));
	return (key, vars) => {
		let text = words[key];
		if (text === undefined) {
			const n = vars?.n;
			if (typeof n === 'number' && words[`${key}.other`] !== undefined) {
				const form = (rules ??= new Intl.PluralRules(lang)).select(n);
				text = words[`${key}.${form}`] ?? words[`${key}.other`];
			}
		}
		if (text === undefined) throw new Error(`ui: no message "${key}" for "${lang}"`);
		if (!vars) return text;
		return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
			const v = vars[name];
			if (v === undefined) throw new Error(`ui: message "${key}" needs {${name}}`);
			return typeof v === 'number' ? num(v) : v;
		});
	};
}

/** The English lookup: the default wherever no language is passed. */
export const tEn: T = translator('en', en as Messages);

/** A plural message's forms as the language needs them (for the checks). */
export const pluralFormsFor = (lang: Lang): PluralForm[] =>
	PLURAL_FORMS.filter((f) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories.includes(f));

/**
 * A message that holds markup at one placeholder (a link, a strong number), as
 * the text before and after it: the translator keeps the whole sentence and
 * may move the placeholder; the component puts its element between the two.
 */
export function around(t: T, key: UiKey, name: string, vars: Vars = {}): [string, string] {
	const [before = '', after = ''] = t(key, { ...vars, [name]: '\u0000' }).split('\u0000');
	return [before, after];
}
