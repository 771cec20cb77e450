/**
 * The one shape every map layer module has. A module is a plain object; the
 * registry (./registry.ts) maps the name a story uses to it.
 *
 * A layer's look is a pure function of its settings and a progress value from
 * 0 to 1: reading mode takes progress from the scroll, presentation mode from a
 * clock, reduced motion pins it to 1 (the end state). So any step can be shown
 * directly, and scrolling back runs an animation backwards.
 *
 * maplibre-gl is imported for types only: the validator loads these modules in
 * Node at build time.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Problem } from '../../story/checks';
import type { Step } from '../../story/types';
import type { AnyLayerUse } from './settings';
import type { SymbolKind } from '../symbols';
import type { MapWords } from '../words';

export type { MaplibreMap };

export interface LegendEntry {
	/** What the swatch looks like. */
	swatch: SymbolKind;
	color: string;
	label: string;
	/** Source line under the label ("TASS, 7 January 2022"). */
	note?: string;
	/**
	 * The label in a few words, for the key on the map (the full label goes with
	 * the card, on paper and to screen readers).
	 */
	short?: string;
	/** A detail for the card's key and paper only; the key on the map leaves it out. */
	detail?: boolean;
}

/** A moment a layer shows: an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and, where it needs saying, what is counted then. */
export interface LayerTime {
	date: string;
	/** What the date counts ("CSTO members"), shown after it on the clock. */
	note?: string;
}

export interface CheckContext {
	/** Ids of the story's sources. */
	sources: ReadonlySet<string>;
}

export interface LayerEnv {
	/** Absolute or root-relative base for static assets (geodata, fonts). */
	assets: string;
	reducedMotion: boolean;
	/**
	 * How much larger text and lines are drawn: 1 on a reader's screen, more on a
	 * projector (presentation mode). Layers multiply their sizes by it.
	 */
	scale: number;
	/** Fills drawn stronger, to survive a washed-out projector (presentation mode). */
	strong: boolean;
	/** Light or dark map theme (embeds can ask for dark). */
	theme: 'light' | 'dark';
	/** The words the map draws, in the page's language (../words.ts); English when absent. */
	words?: MapWords;
}

export interface LayerModule<U extends AnyLayerUse = AnyLayerUse> {
	name: U['layer'];
	/** Problems with one step's settings for this layer; paths relative to the setting (`labels[2]`). */
	check(use: Record<string, unknown>, ctx: CheckContext): Problem[];
	/** Problems with the layer's own records (data/geo), e.g. unknown source ids. */
	checkRecords?(ctx: CheckContext): Problem[];
	/** What the legend shows for these settings, at this progress where the key follows it (default 1, the end state), in these words (default English). */
	legend(use: U, progress?: number, words?: MapWords): LegendEntry[];
	/**
	 * Where the layer has got to in time at this progress, for the map's clock
	 * (the one date readout): an ISO date or year, and what it counts; or null.
	 */
	readout?(use: U, progress: number, words?: MapWords): LayerTime | null;
	/** How many presentation beats the step has for this layer (default 1). */
	beats?(use: U): number;
	/** The MapLibre style layer ids this module owns, for tests and for hiding. */
	styleLayers: readonly string[];
	/** The features the layer draws for these settings at this progress: pure, so tests can read them. */
	features?(use: U, progress: number, words?: MapWords): FeatureCollection;
	/**
	 * Add sources and (hidden) style layers. Called once per map, once its style has loaded: for
	 * the step on screen first, the others later, in any order (./stack.ts puts the layers back in
	 * the registry's stacking order). Add and move style layers before the first `await`; what
	 * follows it (data from the network) may finish after the layer is first shown.
	 */
	mount(map: MaplibreMap, env: LayerEnv): void | Promise<void>;
	/** Start fetching the layer's own data while the map is still being made, so mounting need not wait for the network. */
	prefetch?(env: LayerEnv): void;
	/** Show the layer for these settings at this progress. Idempotent. */
	show(map: MaplibreMap, use: U, progress: number, env: LayerEnv): void;
	/** Hide every style layer the module owns. */
	hide(map: MaplibreMap): void;
	/**
	 * The layer's settings for a step, derived from the whole step (whether it
	 * lists the layer or not), or null to hide it: a layer every step shows
	 * (the names on the map) answers this.
	 */
	defaultUse?(step: Step, words?: MapWords): U | null;
	/**
	 * Per-frame work for ambient animation (pulses); only called while visible and motion
	 * is allowed. `elapsedMs` counts from when the step's camera landed. Return true while
	 * more frames are wanted; once it returns false the layer must be in its resting state
	 * (the map then draws nothing until the step changes).
	 */
	animate?(map: MaplibreMap, use: U, elapsedMs: number): boolean;
}
