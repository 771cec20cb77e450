/**
 * A step's words as one HTML string, every piece of story text escaped.
 *
 * The story page carries 21 steps of static text with some 170 citations. As
 * Svelte markup each citation, row and link is a node the page must walk and
 * wire up when it starts (hydration), which on a mid-range phone cost longer
 * than a reader will wait for a swipe to answer. As one string per step, set
 * with {@html}, the server writes the same markup and the browser adopts it as
 * it stands. Nothing here is reactive: the text of a step never changes.
 */
import type { Source, Step } from './types';
import { segments, sourceAnchor, sourceId } from './text';
import { dateLocale, formatDate, kickerFor } from './dates';
import { addWords, tEn, type Lang, type T, type UiKey } from '../i18n/ui';
import { chartMarkup } from '../charts';
import { membershipFigures } from '../charts/membership';
import { mapWords } from '../map/words';
import { headlineLangOf, headlineTranslation } from './headlines';

// The builders' English words, where the builders run: on the server, in development and in
// the tests. A built story page never runs them in the browser (./prerendered.ts), and a
// static import here would put them in its first screen (this module is in its bundle), so
// they load here only on the server; components that build step text in the browser import
// $lib/i18n/text.
if (import.meta.env.SSR || import.meta.env.DEV) addWords('en', (await import('../../../data/i18n/ui-text.en.json')).default);

import { esc } from './escape';
export { esc };

/**
 * An interface message as HTML: its own words escaped, its `{name}` placeholders
 * filled with HTML that is already safe (links, escaped text).
 */
export function tHtml(t: T, key: UiKey, html: Record<string, string> = {}, plain: Record<string, number> = {}): string {
	const names = Object.keys(html);
	const tokens = Object.fromEntries(names.map((k, i) => [k, `\u0000${i}\u0000`]));
	return esc(t(key, { ...plain, ...tokens })).replace(/\u0000(\d+)\u0000/g, (_, i: string) => html[names[Number(i)] as string] as string);
}

/** The interface's words and the language of dates, for the builders below; English when absent. */
export interface Words {
	t?: T;
	lang?: Lang;
}

export interface StepTextOptions extends Words {
	/** Heading level: 2 in reading mode and embeds, 3 where the page has its own h2. */
	level?: 2 | 3;
	/** Id for the heading, so the step's container can be labelled by it. */
	headingId?: string;
	/** Page the source list is on, when it is not this one (e.g. "/"). */
	sourcePage?: string;
	/** Open source links in a new tab (embeds, whose source list is on another page). */
	newTab?: boolean;
}

function linkAttrs(href: string, newTab: boolean): string {
	return `href="${esc(href)}"${newTab ? ' target="_blank" rel="noopener"' : ''}`;
}

/** A reference's number in the source list (1-based; 0 for an unknown source). */
function sourceNumber(ref: string, sources: readonly Source[]): number {
	const id = sourceId(ref);
	return sources.findIndex((s) => s.id === id) + 1;
}

/**
 * What a citation is called to a screen reader: its number, publisher and
 * date, as the step's source line names a source ("Source 3: Interfax,
 * 5 January 2022"). Short, since it interrupts the sentence it stands in; the
 * headline is one step away, in the source list entry the link opens. (With
 * the headline, each number read a whole title aloud mid-sentence, and the
 * Russian page's citations alone took 2 KB of its first screen.)
 */
function citationName(n: number, sources: readonly Source[], newTab: boolean, t: T, lang: Lang): string {
	const src = sources[n - 1];
	return t(newTab ? 'cite.nameNewTab' : 'cite.name', { n, publisher: String(src?.publisher), date: src ? formatDate(src.date, dateLocale(lang)) : 'undefined' });
}

function citationLink(n: number, sources: readonly Source[], page: string, newTab: boolean, t: T, lang: Lang): string {
	const id = sources[n - 1]?.id ?? '';
	return `<a ${linkAttrs(`${page}#${sourceAnchor(id)}`, newTab)} aria-label="${esc(citationName(n, sources, newTab, t, lang))}">${n}</a>`;
}

/**
 * Citations that sit together, as one quiet superscript: their numbers in the
 * source list's order, each source once, "3, 7", each number a link to its
 * entry named for screen readers ("Source 3: Publisher, “Headline”").
 * `refs` are source ids, or `ID#key` naming the claim each backs.
 */
export function citationGroupHtml(refs: readonly string[], sources: readonly Source[], page = '', newTab = false, t: T = tEn, lang: Lang = 'en'): string {
	const numbers = [...new Set(refs.map((r) => sourceNumber(r, sources)))].sort((a, b) => a - b);
	const links = numbers.map((n) => citationLink(n, sources, page, newTab, t, lang));
	return `<sup class="cite">${links.join('<span class="sep">, </span>')}</sup>`;
}

/** One citation (see citationGroupHtml). */
export function citationHtml(ref: string, sources: readonly Source[], page = '', newTab = false, t: T = tEn, lang: Lang = 'en'): string {
	return citationGroupHtml([ref], sources, page, newTab, t, lang);
}

/**
 * A paragraph with its citations. Citations next to each other (or apart by
 * spaces only) make one group; a group is bound to the word before it in a
 * span that never wraps, so a marker never starts a line on its own.
 */
export function paragraphHtml(para: string, cite: (refs: string[]) => string): string {
	const segs = segments(para);
	const out: string[] = [];
	let i = 0;
	const group = (): string[] => {
		const refs: string[] = [];
		for (;;) {
			const s = segs[i];
			const next = segs[i + 1];
			if (s?.kind === 'cite') {
				refs.push(s.claim === undefined ? s.id : `${s.id}#${s.claim}`);
				i += 1;
			} else if (s?.kind === 'text' && refs.length && !s.text.trim() && next?.kind === 'cite') i += 1;
			else return refs;
		}
	};
	while (i < segs.length) {
		const s = segs[i] as (typeof segs)[number];
		if (s.kind === 'cite') {
			out.push(cite(group()));
			continue;
		}
		i += 1;
		if (segs[i]?.kind !== 'cite') {
			out.push(esc(s.text));
			continue;
		}
		const refs = group();
		const word = /\S+$/.exec(s.text)?.[0] ?? '';
		out.push(esc(s.text.slice(0, s.text.length - word.length)));
		out.push(word ? `<span class="cite-bind">${esc(word)}${cite(refs)}</span>` : cite(refs));
	}
	return out.join('');
}

/**
 * Dates of one publisher's sources, written once where they share a month and
 * year: "5 and 6 January 2022", "28 December 2021 and 5 January 2022".
 * Returns each date's own words, to be joined with ", " and " and ".
 */
export function sharedDates(isoDates: readonly string[], lang: Lang = 'en'): string[] {
	const full = isoDates.map((d) => formatDate(d, dateLocale(lang)));
	return full.map((text, i) => {
		const next = full[i + 1];
		if (next === undefined || next === text) return text;
		// Drop the words this date shares at its end with the next one ("January 2022").
		const a = text.split(' ');
		const b = next.split(' ');
		let k = 0;
		while (k < a.length - 1 && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k += 1;
		return a.slice(0, a.length - k).join(' ');
	});
}

/** "a", "a and b", "a, b and c" (items are HTML). */
function listJoin(items: readonly string[], t: T): string {
	return items.length < 2 ? (items[0] ?? '') : tHtml(t, 'list.and', { list: items.slice(0, -1).join(', '), last: items[items.length - 1] as string });
}

/**
 * A step's source line: each outlet once. An outlet cited once is its name,
 * linked to its entry; an outlet cited more than once is named once, then the
 * date of each of its sources, each date linked to its own entry
 * ("Interfax, 5 and 6 January 2022"). Sources of one outlet on the same day
 * share their date and are told apart by their numbers in the source list
 * ("TASS, 5 January 2022 (sources 26 and 27)").
 */
export function stepSourcesHtml(ids: readonly string[], sources: readonly Source[], page = '', newTab = false, words: Words = {}): string {
	const { t = tEn, lang = 'en' } = words;
	const hint = newTab ? `<span class="visually-hidden"> ${esc(t('link.newTab'))}</span>` : '';
	const link = (id: string, text: string) => `<a ${linkAttrs(`${page}#${sourceAnchor(id)}`, newTab)}>${esc(text)}${hint}</a>`;
	const groups = new Map<string, Source[]>();
	for (const id of ids) {
		const src = sources.find((s) => s.id === id) ?? ({ id, publisher: id, date: '' } as Source);
		const list = groups.get(src.publisher) ?? [];
		if (!list.some((s) => s.id === src.id)) list.push(src);
		groups.set(src.publisher, list);
	}
	const parts = [...groups].map(([publisher, list]) => {
		if (list.length === 1) return link((list[0] as Source).id, publisher);
		const byDate = new Map<string, Source[]>();
		for (const s of [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
		const dates = sharedDates([...byDate.keys()], lang);
		const items = [...byDate.values()].map((same, i) => {
			const date = dates[i] as string;
			if (same.length === 1) return link((same[0] as Source).id, date);
			const numbers = same.map((s) => ({ s, n: sources.indexOf(s) + 1 })).sort((a, b) => a.n - b.n);
			return tHtml(t, 'sources.sameDay', { date: esc(date), numbers: listJoin(numbers.map(({ s, n }) => link(s.id, String(n))), t) }, { n: numbers.length });
		});
		return `${esc(publisher)}, ${listJoin(items, t)}`;
	});
	const several = [...groups.values()].some((l) => l.length > 1);
	return `<p class="step-sources">${tHtml(t, 'sources.line', { list: parts.join(several ? '; ' : ', ') })}</p>`;
}

/** Kicker, heading, paragraphs with citations, the figure table where sources disagree, and the step's sources. */
export function stepTextHtml(step: Step, sources: readonly Source[], opts: StepTextOptions = {}): string {
	const { level = 2, headingId, sourcePage = '', newTab = false, t = tEn, lang = 'en' } = opts;
	const cite = (refs: string[]) => citationGroupHtml(refs, sources, sourcePage, newTab, t, lang);
	// The charts' words: the map's in this language too, for the CSTO's states (the page has them loaded).
	const chartWords = { t, lang, ...(lang === 'en' ? {} : { map: mapWords(lang) }) };
	const out: string[] = [];
	out.push(`<p class="kicker">${esc(kickerFor(step, dateLocale(lang)))}</p>`);
	out.push(`<h${level} class="heading"${headingId ? ` id="${esc(headingId)}"` : ''}>${esc(step.heading)}</h${level}>`);
	for (const para of step.body) out.push(`<p class="body">${paragraphHtml(para, cite)}</p>`);
	// A step whose subject is numbers charts them; its table, the same rows with their sources, is behind a disclosure.
	const figures = step.chart?.kind === 'membership' ? membershipFigures(undefined, chartWords) : step.figures;
	if (figures?.length) {
		const rows = figures.map(
			(f) =>
				`<tr><th scope="row">${esc(f.label)}${f.date ? `<span class="date">${esc(f.date)}</span>` : ''}</th>` +
				`<td>${esc(f.value)}${f.caveat ? `<span class="caveat">${esc(f.caveat)}</span>` : ''}</td>` +
				`<td>${cite([...f.sources])}</td></tr>`
		);
		const table =
			`<table class="figures"><caption class="visually-hidden">${esc(t('figures.caption', { heading: step.heading }))}</caption>` +
			`<thead><tr><th scope="col">${esc(t('figures.figure'))}</th><th scope="col">${esc(t('figures.value'))}</th><th scope="col">${esc(t('figures.source'))}</th></tr></thead>` +
			`<tbody>${rows.join('')}</tbody></table>`;
		out.push(step.chart ? `${chartMarkup(step, chartWords)}<details class="chart-figures"><summary>${esc(t('figures.show'))}</summary>${table}</details>` : table);
	}
	out.push(stepSourcesHtml(step.sources, sources, sourcePage, newTab, { t, lang }));
	return out.join('');
}

/**
 * One entry of the numbered source list: publisher, author, date (and what is
 * known of it), the headline as published linked to the original (marked with
 * its language where it is not the page's), its translation into the page's
 * language in square brackets (./headlines.ts), a small "read at" link where the
 * source was read elsewhere, and the note. The notes, the date's note and the
 * "read at" label come in the page's language with the source
 * (src/lib/story/translate.ts translates them with the story).
 */
export function sourceItemHtml(s: Source, words: Words = {}): string {
	const { t = tEn, lang = 'en' } = words;
	const original = headlineLangOf(s);
	// Few elements per entry: the list is long, and its bytes are part of the story page.
	const quoted = tHtml(t, 'quote', { text: original !== lang ? `<span lang="${esc(original)}">${esc(s.headline)}</span>` : esc(s.headline) });
	const headline = s.url ? `<a href="${esc(s.url)}" rel="noreferrer">${quoted}</a>` : quoted;
	const translation = headlineTranslation(s, lang);
	// The date and what is known of it end the entry's first sentence with one full stop: not after a date
	// that already ends with one («7 января 2022 г.»), and not inside the brackets as well as after them.
	const dated = `${formatDate(s.date, dateLocale(lang))}${s.dateNote ? ` (${s.dateNote.replace(/\.$/, '')})` : ''}`;
	return (
		`<li id="${esc(sourceAnchor(s.id))}"><span class="outlet">${esc(s.publisher)}</span>${s.author ? `, ${esc(s.author)}` : ''}, ${esc(dated)}${dated.endsWith('.') ? '' : '.'} ` +
		headline +
		(translation ? ` <span class="translation">[${esc(translation)}]</span>` : '') +
		(s.noUrl && !s.url ? ` <span class="no-url">${esc(s.noUrl)}</span>` : '') +
		(s.readAt ? ` <a class="read-at" href="${esc(s.readAt.url)}" rel="noreferrer">${esc(t('source.readAt', { label: s.readAt.label }))}</a>` : '') +
		(s.kind === 'seed' ? ` <span class="tag">${esc(t('source.seed'))}</span>` : '') +
		(s.note ? ` <span class="note">${esc(s.note)}</span>` : '') +
		'</li>'
	);
}

/** Every entry of the source list, in citation-number order (the About page's list, and the story page's once it has fetched it). */
export function sourceListHtml(sources: readonly Source[], words: Words = {}): string {
	return sources.map((s) => sourceItemHtml(s, words)).join('');
}
