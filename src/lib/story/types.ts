/**
 * The shape of a story. The story itself is data (data/story.ts); the app
 * renders whatever that file says. Everything a type cannot say (unique ids,
 * ranges, known layers and sources) is checked by ./validate.ts.
 *
 * This module and everything it imports stay free of `$lib` aliases and of
 * runtime imports of maplibre-gl, because vite.config.ts loads it to fail the
 * build on a malformed story.
 */

/** [longitude, latitude] in degrees, as MapLibre and GeoJSON order them. */
export type LngLat = [number, number];

/** An ISO date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Camera {
	center: LngLat;
	/** 0–22, MapLibre's zoom levels. */
	zoom: number;
	/** Degrees clockwise from north, -180–180. */
	bearing: number;
	/** Degrees from looking straight down, 0–85. */
	pitch: number;
}

export interface Source {
	/** Seed articles use their file name; other sources a short slug. */
	id: string;
	outlet: string;
	/** null where the source names no author. */
	author: string | null;
	/** As precise as the source allows, written for readers ("7 January 2022"). */
	date: string;
	headline: string;
	/** "seed" for the five articles the story is built from. */
	kind: 'seed' | 'background';
	/** Where the claim was found, or a caveat about the source. */
	note?: string;
	url?: string;
}

/**
 * One sourced figure, shown in a step's figure table. Where sources disagree a
 * step lists one row per source (or per date) rather than one number.
 */
export interface Figure {
	label: string;
	value: string;
	/** Date of the figure, for dated progressions. */
	date?: string;
	sources: string[];
	/** A caveat shown with the figure ("posted, then retracted"). */
	caveat?: string;
}

/** Settings every layer use carries: which layer, by its registry name. */
export interface LayerUseBase {
	layer: string;
}

/** A layer as a step names it: the registry name plus that layer's settings. */
export type LayerUse = LayerUseBase & Record<string, unknown>;

export interface Step {
	/** Stable slug, used in URLs (`#id`). Lowercase letters, digits and hyphens. */
	id: string;
	/** A short date or place line above the heading. */
	kicker?: string;
	heading: string;
	/**
	 * Paragraphs. `{cite:ID}` marks a citation of source ID at that point;
	 * every cited id must also be in `sources`.
	 */
	body: string[];
	/** Ids of the sources the step rests on; each must exist in the story's sources. */
	sources: string[];
	figures?: Figure[];
	camera: Camera;
	/** Every layer the step shows. A layer not listed is hidden. */
	layers: LayerUse[];
	/** What the map shows, in words, for readers who cannot see it. */
	alt: string;
}

/** Speaker notes for presentation mode, by step id; kept out of the story so readers' pages do not carry them. */
export type SpeakerNotes = Record<string, string>;

export interface Story {
	slug: string;
	title: string;
	/** Standfirst shown under the title. */
	dek: string;
	byline: string;
	/** Publication date, ISO. */
	published: IsoDate;
	/** Language of the text, BCP 47. */
	lang: string;
	steps: Step[];
	sources: Source[];
	/** Credits for the map data and imagery-derived records. */
	credits: string[];
}
