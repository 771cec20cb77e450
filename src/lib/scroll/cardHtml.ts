/**
 * A story card's contents as one HTML string: its count, words, pictures for
 * paper and for readers without JavaScript, the map in words, its link and its
 * map key. Nothing in a card changes as the reader scrolls (the card itself
 * carries the active state), so the page adopts these as they stand when it
 * starts instead of wiring up each piece (see $lib/story/html.ts).
 */
import type { Source, Step } from '$lib/story/types';
import { esc, stepTextHtml } from '$lib/story/html';
import { legendHtml } from '$lib/map/legendHtml';
import { legendFor } from '$lib/map/legend';
import { pictureHtml } from '$lib/snapshots/pictures';

export interface CardContext {
	sources: readonly Source[];
	/** How many steps the story has, for "3 / 21". */
	total: number;
	/** The site's base path, for step links. */
	base: string;
	/** The site's asset base, for pictures. */
	assets: string;
}

export function cardHtml(step: Step, index: number, ctx: CardContext): string {
	return [
		`<p class="count">${index + 1} / ${ctx.total}</p>`,
		`<div class="step-text">${stepTextHtml(step, ctx.sources, { headingId: `${step.id}-heading` })}</div>`,
		// Readers without JavaScript, and paper, get a picture of the map with the text.
		`<noscript>${pictureHtml(step.id, step.alt, ctx.assets)}</noscript>`,
		`<div class="print-only">${pictureHtml(step.id, step.alt, ctx.assets, { className: 'print-picture' })}</div>`,
		`<details class="map-words"><summary>What the map shows</summary><p>${esc(step.alt)}</p></details>`,
		`<p class="share"><a href="${esc(`${ctx.base}/step/${step.id}`)}">Link to this step</a></p>`,
		`<div class="card-legend">${legendHtml(legendFor(step), true)}</div>`
	].join('');
}
