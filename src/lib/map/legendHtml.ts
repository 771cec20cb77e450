/**
 * The map key as one HTML string (see $lib/story/html.ts for why a string):
 * every story card carries its step's key, and as Svelte markup each entry was
 * more work for the page to start than the key is worth.
 */
import { esc } from '$lib/story/html';
import type { LegendEntry } from './layers/types';

/** Swatch kinds are a closed set in LegendEntry; anything else draws as a fill. */
const SWATCHES = new Set<LegendEntry['swatch']>(['fill', 'hatch', 'line', 'dashed', 'dot', 'ring', 'plane', 'road']);
/** Colours come from the palette; anything that is not a plain colour is dropped rather than written into a style. */
const COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d.,\s%]+\))$/i;

export function legendHtml(entries: readonly LegendEntry[], compact = false): string {
	if (!entries.length) return '';
	const items = entries.map((e) => {
		const swatch = SWATCHES.has(e.swatch) ? e.swatch : 'fill';
		const color = COLOR.test(e.color) ? ` style="--c: ${e.color}"` : '';
		const note = e.note ? `<span class="note">${esc(e.note)}</span>` : '';
		return `<li><span class="swatch ${swatch}"${color} aria-hidden="true"></span><span class="text"><span class="label">${esc(e.label)}</span>${note}</span></li>`;
	});
	return `<div class="legend${compact ? ' compact' : ''}"><p class="legend-title">Map key</p><ul>${items.join('')}</ul></div>`;
}
