/**
 * The map key as one HTML string (see $lib/story/html.ts for why a string):
 * every story card carries its step's key, and as Svelte markup each entry was
 * more work for the page to start than the key is worth.
 */
import { esc } from '$lib/story/escape';
import { tEn, type T } from '$lib/i18n/ui';
import type { LegendEntry } from './layers/types';
import { SYMBOL_KINDS, swatchSvg, type SymbolKind } from './symbols';

/** Swatch kinds are the map's symbols (./symbols.ts); anything else draws as a fill. */
const SWATCHES = new Set<SymbolKind>(SYMBOL_KINDS);

/** One entry's swatch: the symbol the map draws, as SVG (colours that are not plain colours are dropped). */
export function swatchHtml(e: Pick<LegendEntry, 'swatch' | 'color'>): string {
	return swatchSvg(SWATCHES.has(e.swatch) ? e.swatch : 'fill', e.color);
}

export function legendHtml(entries: readonly LegendEntry[], compact = false, t: T = tEn): string {
	if (!entries.length) return '';
	const items = entries.map((e) => {
		const note = e.note ? `<span class="note">${esc(e.note)}</span>` : '';
		return `<li>${swatchHtml(e)}<span class="text"><span class="label">${esc(e.label)}</span>${note}</span></li>`;
	});
	return `<div class="legend${compact ? ' compact' : ''}"><p class="legend-title">${esc(t('legend.title'))}</p><ul>${items.join('')}</ul></div>`;
}
