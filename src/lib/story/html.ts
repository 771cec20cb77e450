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
import { formatDate } from './dates';
import { chartMarkup } from '../charts';
import { membershipFigures } from '../charts/membership';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function esc(text: string | number): string {
	return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

export interface StepTextOptions {
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

/**
 * A numbered citation linking to the source list; its accessible name says
 * which source. `ref` is a source id, or `ID#key` naming the claim it backs.
 */
export function citationHtml(ref: string, sources: readonly Source[], page = '', newTab = false): string {
	const id = sourceId(ref);
	const n = sources.findIndex((s) => s.id === id) + 1;
	const src = sources[n - 1];
	const label = `Source ${n}: ${src?.publisher}, ${src ? formatDate(src.date) : undefined}${newTab ? ' (opens in a new tab)' : ''}`;
	return `<sup class="cite"><a ${linkAttrs(`${page}#${sourceAnchor(id)}`, newTab)} aria-label="${esc(label)}">[${n}]</a></sup>`;
}

/** Kicker, heading, paragraphs with citations, the figure table where sources disagree, and the step's sources. */
export function stepTextHtml(step: Step, sources: readonly Source[], opts: StepTextOptions = {}): string {
	const { level = 2, headingId, sourcePage = '', newTab = false } = opts;
	const cite = (id: string) => citationHtml(id, sources, sourcePage, newTab);
	const out: string[] = [];
	if (step.kicker) out.push(`<p class="kicker">${esc(step.kicker)}</p>`);
	out.push(`<h${level} class="heading"${headingId ? ` id="${esc(headingId)}"` : ''}>${esc(step.heading)}</h${level}>`);
	for (const para of step.body) {
		out.push(`<p class="body">${segments(para).map((s) => (s.kind === 'text' ? esc(s.text) : cite(s.id))).join('')}</p>`);
	}
	// A step whose subject is numbers charts them; its table, the same rows with their sources, is behind a disclosure.
	const figures = step.chart?.kind === 'membership' ? membershipFigures() : step.figures;
	if (figures?.length) {
		const rows = figures.map(
			(f) =>
				`<tr><th scope="row">${esc(f.label)}${f.date ? `<span class="date">${esc(f.date)}</span>` : ''}</th>` +
				`<td>${esc(f.value)}${f.caveat ? `<span class="caveat">${esc(f.caveat)}</span>` : ''}</td>` +
				`<td>${f.sources.map(cite).join('')}</td></tr>`
		);
		const table =
			`<table class="figures"><caption class="visually-hidden">Figures for “${esc(step.heading)}”, with their sources</caption>` +
			`<thead><tr><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Source</th></tr></thead>` +
			`<tbody>${rows.join('')}</tbody></table>`;
		out.push(step.chart ? `${chartMarkup(step)}<details class="chart-figures"><summary>Show the figures</summary>${table}</details>` : table);
	}
	const links = step.sources.map((id) => {
		const outlet = sources.find((s) => s.id === id)?.publisher ?? id;
		const hint = newTab ? '<span class="visually-hidden"> (opens in a new tab)</span>' : '';
		return `<a ${linkAttrs(`${sourcePage}#${sourceAnchor(id)}`, newTab)}>${esc(outlet)}${hint}</a>`;
	});
	out.push(`<p class="step-sources">Sources: ${links.join(', ')}</p>`);
	return out.join('');
}

/**
 * One entry of the numbered source list: publisher, author, date (and what is
 * known of it), the headline as published linked to the original (marked with
 * its language where it is not the page's), its English translation in square
 * brackets, a small "read at" link where the source was read elsewhere, and the note.
 */
export function sourceItemHtml(s: Source): string {
	// Few elements per entry: the list is long, and its bytes are part of the story page.
	const quoted = s.headlineLang ? `“<span lang="${esc(s.headlineLang)}">${esc(s.headline)}</span>”` : `“${esc(s.headline)}”`;
	const headline = s.url ? `<a href="${esc(s.url)}" rel="noreferrer">${quoted}</a>` : quoted;
	const date = `${esc(formatDate(s.date))}${s.dateNote ? ` (${esc(s.dateNote)})` : ''}`;
	return (
		`<li id="${esc(sourceAnchor(s.id))}"><span class="outlet">${esc(s.publisher)}</span>${s.author ? `, ${esc(s.author)}` : ''}, ${date}. ` +
		headline +
		(s.headlineEnglish ? ` <span class="translation">[${esc(s.headlineEnglish)}]</span>` : '') +
		(s.noUrl && !s.url ? ` <span class="no-url">${esc(s.noUrl)}</span>` : '') +
		(s.readAt ? ` <a class="read-at" href="${esc(s.readAt.url)}" rel="noreferrer">read at ${esc(s.readAt.label)}</a>` : '') +
		(s.kind === 'seed' ? ' <span class="tag">Source article</span>' : '') +
		(s.note ? ` <span class="note">${esc(s.note)}</span>` : '') +
		'</li>'
	);
}
