/**
 * The story's steps as one HTML string: each step a list item holding its card
 * (count, words, a picture for readers without JavaScript, the map in words,
 * its link, and for paper a figure of its picture, map key and what the map
 * shows). Nothing in them changes as the reader
 * scrolls but which step is current, which the scroll engine marks on the list
 * items itself, so the page adopts this markup as it stands when it starts
 * instead of wiring up each piece (see $lib/story/html.ts).
 */
import type { Source, Step } from '$lib/story/types';
import { esc, stepTextHtml } from '$lib/story/html';
import { tEn, type Lang, type T } from '$lib/i18n/ui';
import { legendHtml } from '$lib/map/legendHtml';
import { legendFor } from '$lib/map/legend';
import { mapWords } from '$lib/map/words';
import { pictureHtml } from '$lib/snapshots/pictures';

export interface CardContext {
	sources: readonly Source[];
	/** How many steps the story has, for "3 / 21". */
	total: number;
	/** The site's base path, for step links. */
	base: string;
	/** The site's asset base, for pictures. */
	assets: string;
	/** The interface's words (English when absent) and the language of dates. */
	t?: T;
	lang?: Lang;
}

/** The key on paper, in the page's language: every entry's full label; the sources are on the card's source line. */
const printKey = (step: Step, lang: Lang = 'en') => legendFor(step, 1, lang === 'en' ? undefined : mapWords(lang)).map(({ note: _note, ...e }) => e);

/** The id of a card's heading, which labels the card. */
const headingId = (step: Step): string => `${step.id}-heading`;

export function cardHtml(step: Step, index: number, ctx: CardContext): string {
	const t = ctx.t ?? tEn;
	return [
		`<p class="count">${esc(t('card.count', { n: index + 1, total: ctx.total }))}</p>`,
		`<div class="step-text">${stepTextHtml(step, ctx.sources, { headingId: headingId(step), t, lang: ctx.lang, sourcePage: `${ctx.base}/about` })}</div>`,
		// Readers without JavaScript, and paper, get a picture of the map with the text.
		`<noscript>${pictureHtml(step.id, step.alt, ctx.assets, { lang: ctx.lang })}</noscript>`,
		`<details class="map-words"><summary>${esc(t('card.mapShows'))}</summary><p>${esc(step.alt)}</p></details>`,
		`<p class="share"><a href="${esc(`${ctx.base}/step/${step.id}`)}">${esc(t('card.link'))}</a></p>`,
		printFigureHtml(step, ctx)
	].join('');
}

/**
 * The step on paper: its picture, its map key and what the map shows, as one
 * figure that the handout keeps whole (see $lib/modes/print.css). Hidden on
 * screen, where the live map, its key and the "What the map shows" details
 * above do the same work.
 */
function printFigureHtml(step: Step, ctx: CardContext): string {
	const t = ctx.t ?? tEn;
	return (
		`<figure class="print-only print-figure">` +
		pictureHtml(step.id, step.alt, ctx.assets, { className: 'print-picture', lang: ctx.lang }) +
		`<div class="card-legend">${legendHtml(printKey(step, ctx.lang), true, t)}</div>` +
		`<figcaption><span class="figure-label">${esc(t('card.mapShowsLabel'))} </span>${esc(step.alt)}</figcaption>` +
		`</figure>`
	);
}

/**
 * Every step's list item, the first marked current (as the page opens). The
 * scroll engine moves `active` and aria-current="step" as the reader goes.
 */
export function stepListHtml(steps: readonly Step[], ctx: CardContext): string {
	return steps
		.map((step, i) => {
			const current = i === 0 ? ' active" aria-current="step' : '';
			return (
				`<li class="step${current}" id="${esc(step.id)}" data-step-index="${i}">` +
				actHtml(step, steps, ctx.t) +
				`<article class="card" aria-labelledby="${esc(headingId(step))}">${cardHtml(step, i, ctx)}</article></li>`
			);
		})
		.join('');
}

/**
 * The title card of an act that opens at this step ("Part 2 · The pattern,
 * 2014–2022"), numbered in the order the acts come.
 */
export function actHtml(step: Step, steps: readonly Step[], t: T = tEn): string {
	if (!step.act) return '';
	const n = steps.slice(0, steps.indexOf(step) + 1).filter((s) => s.act).length;
	return (
		`<section class="act-card" aria-labelledby="${esc(step.id)}-act">` +
		`<p class="act-count">${esc(t('act.count', { n }))}</p>` +
		`<h2 class="act-title" id="${esc(step.id)}-act">${esc(step.act.title)}</h2>` +
		(step.act.dek ? `<p class="act-dek">${esc(step.act.dek)}</p>` : '') +
		`</section>`
	);
}
