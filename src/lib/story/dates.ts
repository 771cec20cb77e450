/**
 * The one date formatter for readers' text: ISO dates as the story's language
 * writes them, by Intl.DateTimeFormat (no month tables to keep in step).
 *
 * Accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and a range of two of them joined
 * by `/` (ISO 8601), `–` or `..`, or given as a pair. A range is written with
 * an en dash, closed between single words ("6–7 January 2022", "February–March
 * 2014"), spaced between longer ends ("November 2021 – January 2022"). Text that is
 * not an ISO date is returned unchanged, so a free-form date ("7 Jan") still shows.
 *
 * Dates are read and written in UTC: a day is the day the source gives, in
 * every reader's time zone.
 */

/** The locale dates are written in for a page's language: British English for English, as the story always has. */
export const dateLocale = (lang: 'en' | 'ru' | 'uk'): string => (lang === 'en' ? 'en-GB' : lang);

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Precision = 'year' | 'month' | 'day';

interface Parsed {
	date: Date;
	precision: Precision;
}

/** An ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) that names a real day, month or year; null otherwise. */
export function parseIsoDate(iso: string): Parsed | null {
	const m = ISO.exec(iso.trim());
	if (!m) return null;
	const y = Number(m[1]);
	const mo = m[2] === undefined ? 1 : Number(m[2]);
	const d = m[3] === undefined ? 1 : Number(m[3]);
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return { date, precision: m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year' };
}

/** Whether text is an ISO date the formatter (and the source rules) accept. */
export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== null;

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, precision: Precision): Intl.DateTimeFormat {
	const key = `${lang}|${precision}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(lang, OPTIONS[precision])));
	return f;
}

/**
 * Makes the language's first date formatter in a task of its own. A page's first
 * Intl.DateTimeFormat loads the locale's data, about a tenth of a second on a slow
 * phone; the map's start, which draws the clock, would otherwise pay for it inside
 * its own long task. Called as the map's code starts loading, when the page is idle
 * waiting for it.
 */
export function prepareDates(lang: 'en' | 'ru' | 'uk'): void {
	setTimeout(() => formatter(dateLocale(lang), 'day').format(0), 0);
}

/**
 * Intl's spacing, tidied: plain spaces, and "6–7", "February–March" rather
 * than "6 – 7" between two single words. A month or a year alone goes without
 * Russian and Ukrainian's "г." / "р." ("январь 2022", as news copy writes it);
 * a day keeps it ("5 января 2022 г.").
 */
function tidy(text: string, precision: Precision): string {
	const out = text.replace(/[\u2009\u202f\u00a0]/g, ' ').replace(/^([^\s–]+) – ([^\s–]+)(?=\s|$)/, '$1–$2');
	return precision === 'day' ? out : out.replace(/(\d{4}) (?:г|р)\./g, '$1');
}

/** A date that opens a line (a kicker, the clock) starts with a capital, as a Russian or Ukrainian month name does not by itself. */
export function capitalised(text: string, lang = 'en-GB'): string {
	return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** Splits a range `a/b`, `a–b` or `a..b` into its two ends; null when the text is not a range. */
function splitRange(text: string): [string, string] | null {
	const parts = text.split(/\s*(?:\/|–|\.\.)\s*/);
	return parts.length === 2 ? [parts[0] as string, parts[1] as string] : null;
}

/**
 * "2022-01-05" → "5 January 2022"; "2022-01" → "January 2022"; "2022" → "2022";
 * "2022-01-06/2022-01-07" or ["2022-01-06", "2022-01-07"] → "6–7 January 2022".
 */
export function formatDate(iso: string | readonly [string, string], lang = 'en-GB'): string {
	const range = typeof iso === 'string' ? splitRange(iso) : iso;
	if (range) {
		const [a, b] = range.map(parseIsoDate) as [Parsed | null, Parsed | null];
		if (!a || !b) return typeof iso === 'string' ? iso : `${iso[0]} – ${iso[1]}`;
		if (a.date.getTime() === b.date.getTime() && a.precision === b.precision) return formatDate(range[0], lang);
		if (a.precision === b.precision) return tidy(formatter(lang, a.precision).formatRange(a.date, b.date), a.precision);
		return `${formatDate(range[0], lang)} – ${formatDate(range[1], lang)}`;
	}
	const one = parseIsoDate(iso as string);
	return one ? tidy(formatter(lang, one.precision).format(one.date), one.precision) : (iso as string);
}

/** When a step happens: one date, or a range from one to another (ISO: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export interface When {
	from: string;
	/** The range's last date; absent for a single date. */
	to?: string;
}

/** A step's date as its kicker and the map's clock write it: "5–6 January 2022", "April 2014 – January 2022". */
export function formatWhen(when: When, lang = 'en-GB'): string {
	return when.to === undefined || when.to === when.from ? formatDate(when.from, lang) : formatDate([when.from, when.to], lang);
}

/**
 * The span of time an ISO date covers, as [start, end) in milliseconds (UTC):
 * a day, a whole month or a whole year. Null for text that is not an ISO date.
 */
export function isoSpan(iso: string): [number, number] | null {
	const p = parseIsoDate(iso);
	if (!p) return null;
	const d = p.date;
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth();
	const end = p.precision === 'year' ? Date.UTC(y + 1, 0, 1) : p.precision === 'month' ? Date.UTC(y, m + 1, 1) : Date.UTC(y, m, d.getUTCDate() + 1);
	return [d.getTime(), end];
}

/** The span a step's date covers, [start, end) in milliseconds; null when either end is not an ISO date. */
export function whenSpan(when: When): [number, number] | null {
	const a = isoSpan(when.from);
	const b = isoSpan(when.to ?? when.from);
	return a && b ? [a[0], b[1]] : null;
}

/** A step's kicker: its date, then its place ("5–6 January 2022 · Nur-Sultan to Moscow"). */
export function kickerFor(step: { when: When; where?: string }, lang = 'en-GB'): string {
	const when = capitalised(formatWhen(step.when, lang), lang);
	return step.where ? `${when} · ${step.where}` : when;
}
