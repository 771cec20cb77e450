/**
 * The words of the interface (menus, buttons, labels, announcements, error
 * messages): everything a reader sees or hears that is not the story's own
 * text (for that, see $lib/story/translate.ts). Flat JSON files, key → text,
 * with `{name}` placeholders and plural forms as `key.one`, `key.few`,
 * `key.many`, `key.other`, chosen by Intl.PluralRules for the number in `{n}`.
 *
 * The words come in areas, one file per area and language, so that a page
 * carries only what it shows: data/i18n/ui.<lang>.json (the chrome of the
 * story page and the 404 page: what every page may show), ui-text.<lang>.json
 * (the words of the HTML builders: citations, cards, source list, figure
 * tables, corrections; the story page's browser bundle never builds those, as
 * the prerendered page holds them), ui-present.<lang>.json (presentation and presenter view), ui-embed.<lang>.json
 * (the embed and the embed-code page) and ui-about.<lang>.json (the About page).
 * English core words are here at once on the server and in tests; in the
 * browser they load like any language's (`loadMessages` in ./load.ts, which
 * the layout awaits), so that a Russian or Ukrainian page does not carry them.
 * The other English areas are added by the modules of their modes
 * ($lib/i18n/present.ts, embed.ts, aboutPage.ts, text.ts; $lib/story/html.ts
 * adds the text words on the server); another language's words load on demand.
 *
 * Pure: no Svelte, no Node APIs; the server, the browser and the tests all use
 * it. Nothing here holds a current language: every caller passes its own, since
 * one build renders pages of several languages.
 */

export type Lang = 'en' | 'ru' | 'uk';
export const LANGS: readonly Lang[] = ['en', 'ru', 'uk'];
export const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGS as readonly string[]).includes(x);

/** The areas the words come in, each a file per language: `ui` is the core. */
export type Area = 'ui' | 'ui-text' | 'ui-present' | 'ui-embed' | 'ui-about';
export const AREAS: readonly Area[] = ['ui', 'ui-text', 'ui-present', 'ui-embed', 'ui-about'];

/** Every key of the English files, plural forms included (types only: no bytes). */
type RawKey =
	| keyof typeof import('../../../data/i18n/ui.en.json')
	| keyof typeof import('../../../data/i18n/ui-text.en.json')
	| keyof typeof import('../../../data/i18n/ui-present.en.json')
	| keyof typeof import('../../../data/i18n/ui-embed.en.json')
	| keyof typeof import('../../../data/i18n/ui-about.en.json');
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A plural message's key without its form (`aboutPage.data.records` for `aboutPage.data.records.one` …). */
type PluralBase<K> = K extends `${infer B}.other` ? B : never;
/** A key `t` accepts: a plain message, or a plural message by its base name. */
export type UiKey = Exclude<RawKey, `${string}.${PluralForm}` | 'default'> | PluralBase<RawKey>;
export type Messages = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number>>;
/** Looks a key up and fills its placeholders; throws, naming the key, when there is none. */
export type T = (key: UiKey, vars?: Vars) => string;

const PLURAL_FORMS: readonly PluralForm[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** English core words come with this module except in a browser build (`import.meta.env.SSR` is false there, and the file is left out). */
export const CORE_BUNDLED = import.meta.env.SSR !== false;

/** The words known so far, by language: looked up at each call, so words added later are found. */
const table = new Map<Lang, Record<string, string>>();
if (CORE_BUNDLED) table.set('en', { ...(await import('../../../data/i18n/ui.en.json')).default });

/** Adds an area's words for a language (the mode modules add their English ones as they load; see ./load.ts for the rest). */
export function addWords(lang: Lang, words: Messages): void {
	table.set(lang, Object.assign(table.get(lang) ?? {}, words));
}

/** A language's words known so far (English core at once; others after loadMessages in ./load.ts). */
export function messages(lang: Lang): Messages {
	const m = table.get(lang);
	if (!m) throw new Error(`ui: the words for "${lang}" are not loaded (await loadMessages("${lang}") first)`);
	return m;
}

/**
 * The lookup for one language. `vars` fill `{name}` placeholders; numbers are
 * written with Intl.NumberFormat for the language. A plural message takes its
 * form from Intl.PluralRules for `vars.n`. `words` fixes the words (otherwise
 * the language's words known at each call).
 */
export function translator(lang: Lang, words?: Messages): T {
	let rules: Intl.PluralRules | undefined;
	let numbers: Intl.NumberFormat | undefined;
	const num = (v: number) => (lang === 'en' ? String(v) : (numbers ??= new Intl.NumberFormat(lang, { useGrouping: 'min2' } as Intl.NumberFormatOptions)).format(v));
	return (key, vars) => {
		const w = words ?? table.get(lang) ?? {};
		const n = vars?.n;
		const text = w[key] ?? (typeof n === 'number' ? (w[`${key}.${(rules ??= new Intl.PluralRules(lang)).select(n)}`] ?? w[`${key}.other`]) : undefined);
		if (text === undefined) throw Error(`ui: no message "${key}" for "${lang}"`);
		return vars
			? text.replace(/\{(\w+)\}/g, (_, name: string) => {
					const v = vars[name];
					if (v === undefined) throw Error(`ui: "${key}" needs {${name}}`);
					return typeof v === 'number' ? num(v) : v;
				})
			: text;
	};
}

/** The English lookup: the default wherever no language is passed. */
export const tEn: T = translator('en');

/** The plural forms a language needs (for the checks). */
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
