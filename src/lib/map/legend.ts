/** What the legend and the map's clock show for a step: pure, so it renders on the server too. */
import type { Step } from '../story/types';
import { layerModule } from './layers/registry';
import type { LayerTime, LegendEntry } from './layers/types';
import type { MapWords } from './words';

// The map's words come with the key's functions, so a page in another language gets both at once (./keyFunctions.svelte.ts).
export { mapWords, loadMapWords } from './words';

/** The key at this progress (default: the step's end state), in these words (default English); a key that follows a sweep changes with it. */
export function legendFor(step: Step, progress = 1, words?: MapWords): LegendEntry[] {
	return step.layers.flatMap((use) => layerModule(use.layer)?.legend(use as never, progress, words) ?? []);
}

/**
 * The key as the map shows it: swatches and short labels only (each step's
 * sources are on its card, the full labels in the card's key), details left
 * out, and entries that say the same thing once.
 */
export function screenKey(entries: readonly LegendEntry[]): LegendEntry[] {
	const seen = new Set<string>();
	const out: LegendEntry[] = [];
	for (const e of entries) {
		if (e.detail) continue;
		const label = e.short ?? e.label;
		const id = `${e.swatch}|${e.color}|${label}`;
		if (seen.has(id)) continue;
		seen.add(id);
		out.push({ swatch: e.swatch, color: e.color, label });
	}
	return out;
}

/** Where in time the first of the step's dated layers is at this progress (`2022-01-05`, `1999`), for the clock. */
export function readoutFor(step: Pick<Step, 'layers'>, progress: number, words?: MapWords): LayerTime | null {
	for (const use of step.layers) {
		const r = layerModule(use.layer)?.readout?.(use as never, progress, words);
		if (r) return r;
	}
	return null;
}

/** How many beats presentation mode gives the step: the most any of its layers asks for. */
export function beatsFor(step: Step): number {
	return Math.max(1, ...step.layers.map((use) => layerModule(use.layer)?.beats?.(use as never) ?? 1));
}
