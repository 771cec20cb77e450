/**
 * The words a chart draws and says, in the page's language: the interface's
 * words (data/i18n/ui-text.*.json, keys `chart.*`) for what the chart code
 * writes itself, the map's words (data/i18n/map.*.json) for the CSTO's states,
 * and Intl for numbers and dates. English when nothing is given, as before.
 *
 * Relative imports only, as in ./layout.ts.
 */
import { tEn, type Lang, type T } from '../i18n/ui';
import type { MapWords } from '../map/words';
import type { CstoState } from '../map/records';
import { dateLocale } from '../story/dates';

/** What a chart builder takes to write in a language other than English. */
export interface ChartWords {
	/** The interface's lookup for the language (with the ui-text area loaded). */
	t?: T;
	lang?: Lang;
	/** The map's words for the language: the CSTO's states' names and notes (data/geo/csto.ts). */
	map?: MapWords;
}

export interface Words {
	t: T;
	lang: Lang;
	/** The BCP 47 locale dates are written in (en-GB for English). */
	locale: string;
	/** A number as the chart writes it: 2,500 in English; 2500 and 13 560 in Russian and Ukrainian. */
	number(n: number): string;
	/** A state's name and note, in the language. */
	stateName(s: CstoState): string;
	stateNote(s: CstoState): string | undefined;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
function numberFormat(lang: Lang): Intl.NumberFormat {
	let f = numberFormats.get(lang);
	if (!f) numberFormats.set(lang, (f = lang === 'en' ? new Intl.NumberFormat('en-GB') : new Intl.NumberFormat(lang, { useGrouping: 'min2' } as Intl.NumberFormatOptions)));
	return f;
}

/** The words given, with English for whatever is not. */
export function chartWords(w: ChartWords = {}): Words {
	const lang = w.lang ?? 'en';
	const t = w.t ?? tEn;
	const map = w.map && w.map.lang === lang && lang !== 'en' ? w.map : undefined;
	const nf = numberFormat(lang);
	return {
		t,
		lang,
		locale: dateLocale(lang),
		number: (n) => nf.format(n),
		stateName: (s) => (map ? map.text(`csto.${s.iso3}.name`, s.name) : s.name),
		stateNote: (s) => (s.note === undefined ? undefined : map ? map.text(`csto.${s.iso3}.note`, s.note) : s.note)
	};
}
