/**
 * The map's words in the page's language: every label the map draws and every
 * line of its key. English is written here (the phrases layer code builds) and
 * in data/geo/*.ts (the records' names, labels and notes); Russian and
 * Ukrainian are in data/i18n/map.ru.json and map.uk.json, keyed as
 * data/i18n/map.en.json (written from the English by `npm run i18n:extract-map`).
 *
 * English never goes through a translation: a record's words are the record's
 * own, and a phrase is its English template here, so the English map is what
 * it was before the words were keyed. Russian and Ukrainian are loaded on
 * demand (`loadMapWords`), in chunks of their own, so an English page ships
 * none of them.
 *
 * Pure: no DOM, no MapLibre; the build and the tests run it in Node.
 */
import { formatDate } from '../story/dates';

export type MapLang = 'en' | 'ru' | 'uk';
export const MAP_LANGS: readonly MapLang[] = ['en', 'ru', 'uk'];

/** A words file: key to text, as data/i18n/map.*.json hold them. */
export type MapWordsFile = Record<string, string>;

/**
 * The phrases layer code builds, in English: `{name}` is filled in by the layer.
 * A phrase that counts something would take plural forms by key suffix
 * (`.one`, `.few`, `.many`, `.other`, chosen by Intl.PluralRules).
 */
export const PHRASES = {
	// Shared
	'layer.labelValue': '{label}: {value}',
	// airlift.ts
	'layer.airlift.route': '{from} to {to}',
	'layer.airlift.russia.inbound.label': 'Russian flights in, between the airfields the sources name',
	'layer.airlift.russia.inbound.short': 'Russian flights in',
	'layer.airlift.russia.return.label': 'Russian flights home, between the airfields the sources name',
	'layer.airlift.russia.return.short': 'Russian flights home',
	'layer.airlift.russiaSchematic.inbound.label': 'Russian flights in, schematic (one airfield not named for this leg): {routes}',
	'layer.airlift.russiaSchematic.inbound.short': 'Russian flights in, schematic',
	'layer.airlift.russiaSchematic.return.label': 'Russian flights home, schematic (one airfield not named for this leg): {routes}',
	'layer.airlift.russiaSchematic.return.short': 'Russian flights home, schematic',
	'layer.airlift.allies.inbound.label': 'Allied contingents flown in on Russian aircraft: {routes}',
	'layer.airlift.allies.inbound.short': 'Allied troops flown in',
	'layer.airlift.allies.return.label': 'Allied contingents flown home on Russian aircraft: {routes}',
	'layer.airlift.allies.return.short': 'Allied troops flown home',
	'layer.airlift.alliesSchematic.inbound.label': 'Allied contingents flown in, schematic (no source names both airfields): {routes}',
	'layer.airlift.alliesSchematic.inbound.short': 'Allied flights in, schematic',
	'layer.airlift.alliesSchematic.return.label': 'Allied contingents flown home, schematic (no source names both airfields): {routes}',
	'layer.airlift.alliesSchematic.return.short': 'Allied flights home, schematic',
	'layer.airlift.road.label': 'By road, drawn as a straight line: {routes}',
	'layer.airlift.road.short': 'By road (straight line)',
	// arc.ts
	'layer.arc.km': '≈ {km} km',
	'layer.arc.measure.note': 'Great-circle distance computed from the coordinates',
	// buildup.ts
	'layer.buildup.forces.label': 'Russian forces reported in satellite images or statements (one marker per site, whatever its size)',
	'layer.buildup.forces.short': 'Russian forces reported',
	'layer.buildup.unconfirmed.label': 'Often cited, not confirmed: {sites}',
	'layer.buildup.unconfirmed.short': 'Cited, not confirmed',
	'layer.buildup.unconfirmedSite': '{name} (unconfirmed)',
	// crises.ts
	'layer.crises.protest.short': 'Protests after the 2020 election',
	'layer.crises.forces.short': 'Russian peacekeepers',
	'layer.crises.attention.short': 'The 2020 war',
	'layer.crises.corridor.short': 'Corridor held by Russian peacekeepers',
	// diplomacy.ts
	'layer.diplomacy.label': '{date}: {event}',
	'layer.diplomacy.short': 'Talks between Russia and the West',
	'layer.diplomacy.mapLabel': '{place} · {date}',
	// The scale bar (orientation.ts scaleLabel): English writes the units as they were; counted in other languages.
	'layer.scale.km': '{n} km',
	'layer.scale.mi.one': '{n} mi',
	'layer.scale.mi.other': '{n} mi',
	// highlight.ts
	'layer.highlight.event': 'Where the events take place',
	'layer.highlight.alliesFill': 'Russia’s allies',
	'layer.highlight.former': 'Former allies',
	// membership.ts
	'layer.membership.bloc.treaty': 'treaty parties',
	'layer.membership.bloc.csto': 'CSTO members',
	'layer.membership.countsIn.treaty': 'Treaty parties in {year}',
	'layer.membership.countsIn.csto': 'CSTO members in {year}',
	'layer.membership.members.treaty': 'Parties to the Collective Security Treaty in {year}, besides Russia',
	'layer.membership.members.csto': 'CSTO members in {year}, besides Russia',
	'layer.membership.treatyDates': 'Treaty signed 1992–93, in force from 20 April 1994; the CSTO from 2002',
	'layer.membership.russia.treaty': 'Russia, a party to the treaty',
	'layer.membership.russia.csto': 'Russia, a CSTO member',
	'layer.membership.russia.short': 'Russia',
	'layer.membership.rejoined': 'rejoined {year}',
	'layer.membership.left': 'left {year}',
	'layer.membership.former.label': 'Former treaty parties or members: {states}',
	'layer.membership.former.state': '{name} ({history})',
	'layer.membership.former.short': 'Former treaty parties or members',
	'layer.membership.contributors.label': 'Sent troops in January 2022: {given}, given in the text, not on the map; the allies, outlined, with their numbers on the map: {states}',
	'layer.membership.contributors.state': '{name} {value}',
	'layer.membership.contributors.short': 'Allies that sent troops, January 2022',
	// pattern.ts
	'layer.pattern.label': 'Crises some analysts linked, with the year each began',
	'layer.pattern.short': 'Crises linked, by year',
	// unrest.ts
	'layer.unrest.label': 'Protests and unrest reported, {dates}',
	'layer.unrest.short': 'Protests and unrest reported',
	'layer.unrest.fresh.label': 'Protests first reported on the day shown',
	'layer.unrest.fresh.short': 'Reported that day',
	'layer.unrest.secured.label': 'Retaken by security forces: {sites}',
	'layer.unrest.secured.site': '{place}, {date} ({what})',
	'layer.unrest.secured.short': 'Retaken by security forces'
} as const;

export type PhraseKey = keyof typeof PHRASES;

/** The key of an arc's label (data/story.ts), by its ends. */
export const arcKey = (use: { from: string; to: string }): string => `arc.${use.from}.${use.to}.label`;
export type Vars = Record<string, string | number>;

/** The plural suffixes a counted phrase's keys may take. */
export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const LOCALES: Record<MapLang, string> = { en: 'en-GB', ru: 'ru', uk: 'uk' };

/** `{name}` placeholders of a text, sorted. */
export const placeholdersOf = (s: string): string[] => [...(s.match(/\{[a-zA-Z]+\}/g) ?? [])].sort();

/** A template with its placeholders filled in; an unknown placeholder is left as it is. */
export function fill(template: string, vars: Vars = {}): string {
	return template.replace(/\{([a-zA-Z]+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : m));
}

export interface MapWords {
	readonly lang: MapLang;
	/** The BCP 47 locale dates and numbers are written in. */
	readonly locale: string;
	/** A layer's phrase, filled in. */
	phrase(key: PhraseKey, vars?: Vars): string;
	/** A counted phrase: the key's `.one`/`.few`/`.many`/`.other` form for n (Intl.PluralRules); `{n}` is n, written for the language. */
	plural(key: string, n: number, vars?: Vars): string;
	/** A record's words by key (`place.almaty`, `crises.goris-entry.label`): the English given, or its translation. */
	text(key: string, english: string): string;
	/** A place's label. */
	place(p: { id: string; name: string }): string;
	/** A date or range, as the key writes it (src/lib/story/dates.ts). */
	date(iso: string | readonly [string, string]): string;
	/** A day without its year, for a label on the map ("10 January"). */
	dayMonth(iso: string): string;
	/** A whole number as the language writes it on the map (3,560; 3560 and 13 560 in Russian and Ukrainian). */
	number(n: number): string;
	/** Every letter the words file writes, once each ('' in English): which of the page's font subsets the labels need. */
	readonly letters: string;
}

/** Words for a language from a words file (null: English). Most code wants `mapWords` or `loadMapWords`. */
export function makeMapWords(lang: MapLang, file: MapWordsFile | null): MapWords {
	const locale = LOCALES[lang];
	const rules = new Intl.PluralRules(locale);
	const numbers = lang === 'en' ? null : new Intl.NumberFormat(locale, { useGrouping: 'min2' } as Intl.NumberFormatOptions);
	const get = (key: string, english: string): string => {
		if (!file) return english;
		const t = file[key];
		if (typeof t !== 'string' || t === '') throw new Error(`map.${lang}.json: no words for ${key}`);
		return t;
	};
	const words: MapWords = {
		lang,
		locale,
		phrase: (key, vars) => fill(get(key, PHRASES[key]), vars),
		plural(key, n, vars = {}) {
			const all = { ...vars, n: words.number(n) };
			if (file) {
				const form = `${key}.${rules.select(n)}`;
				return fill(get(Object.hasOwn(file, form) ? form : `${key}.other`, ''), all);
			}
			const en = PHRASES as Record<string, string>;
			const english = (n === 1 ? en[`${key}.one`] : undefined) ?? en[`${key}.other`];
			if (english === undefined) throw new Error(`no English phrase ${key}.other`);
			return fill(english, all);
		},
		text: get,
		place: (p) => get(`place.${p.id}`, p.name),
		date: (iso) => (lang === 'en' ? formatDate(iso) : formatDate(iso, locale)),
		dayMonth: (iso) =>
			lang === 'en'
				? formatDate(iso).replace(/ \d{4}$/, '')
				: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
		number: (n) => (numbers ? numbers.format(n) : String(n).replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','))),
		letters: file ? [...new Set(Object.values(file).join(''))].join('') : ''
	};
	return words;
}

const loaded = new Map<MapLang, MapWords>([['en', makeMapWords('en', null)]]);

/** The English words: what every layer uses unless told otherwise. */
export const englishWords: MapWords = loaded.get('en')!;

/** Gives a language its words file (a page that already holds it, a test). */
export function registerMapWords(lang: Exclude<MapLang, 'en'>, file: MapWordsFile): MapWords {
	const w = makeMapWords(lang, file);
	loaded.set(lang, w);
	return w;
}

/** The words for a language, once loaded (`loadMapWords`); English always. */
export function mapWords(lang: MapLang = 'en'): MapWords {
	const w = loaded.get(lang);
	if (!w) throw new Error(`The map's ${lang} words are not loaded: await loadMapWords('${lang}') first`);
	return w;
}

/** Loads a language's words (each in a chunk of its own) and returns them. */
export async function loadMapWords(lang: MapLang): Promise<MapWords> {
	const have = loaded.get(lang);
	if (have) return have;
	const file = lang === 'ru' ? (await import('../../../data/i18n/map.ru.json')).default : (await import('../../../data/i18n/map.uk.json')).default;
	return registerMapWords(lang as Exclude<MapLang, 'en'>, file as MapWordsFile);
}
