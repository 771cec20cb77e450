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

export type { When } from './dates';
import type { When } from './dates';

/**
 * A step's camera: the region the step must show. The map fits it into the
 * part of the map a reader can see (less the key and other overlays), so the
 * same story frames itself on a phone, a desktop and a projector.
 */
export interface Camera {
	/** [[west, south], [east, north]] in degrees: everything the step draws lies inside. */
	bounds: [LngLat, LngLat];
	/** Degrees clockwise from north, -180–180. */
	bearing: number;
	/** Degrees from looking straight down, 0–85. */
	pitch: number;
}

export interface Source {
	/** Seed articles use their file name; other sources a short slug. */
	id: string;
	/** "seed" for the five articles the story is built from. */
	kind: 'seed' | 'background';
	/** Who published the original: a newspaper, agency, ministry or journal ("TASS", "New Statesman"). */
	publisher: string;
	/** null where the source names no author. */
	author: string | null;
	/** Publication date of the original, ISO: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where that is all that is known. */
	date: string;
	/** What readers should know about the date when it is not stated exactly ("after 24 February"). */
	dateNote?: string;
	/** The headline as published, in its original language. */
	headline: string;
	/** BCP 47 language of the headline when it is not English ("ru", "uk", "de"). */
	headlineLang?: string;
	/** An English translation of the headline, where it is not English. */
	headlineEnglish?: string;
	/** The canonical public address of the original publication. */
	url?: string;
	/** Why there is no public address, where there is none; the only way to leave out `url`. */
	noUrl?: string;
	/** How the source was read when not at its original address (an archive, a republishing site): shown as a small "read at" link. */
	readAt?: { label: string; url: string };
	/**
	 * The claims this source supports, by key. A citation of a source that has
	 * this list must name one of its keys: `{cite:ID#key}`.
	 */
	supports?: Record<string, string>;
	/** A caveat about the source for readers (its kind, its slips, how far to trust it). */
	note?: string;
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
	/** The number the step's chart draws for this row; rows without one stay in the table only. */
	n?: number;
	/** How the source hedges the number, written before it in the chart ("about 2,500"). */
	qualifier?: FigureQualifier;
	/** The day of the figure, for charts on a time axis (`date` says it in words). */
	at?: IsoDate;
	/** Who or what the chart names beside the mark, where `label` is too long for a phone. */
	short?: string;
	/** The group the row belongs to in the chart ("Whole force", "Russia’s share"). */
	series?: string;
	/** A plan or forecast, not a count: drawn hollow and dashed. */
	projection?: boolean;
	/** Given by the state itself (true) or reported by others (false). */
	official?: boolean;
	/** Published, then withdrawn: drawn hollow and dashed. */
	withdrawn?: boolean;
	/** Whose forces the number counts, for its colour (the map's roles); neutral by default. */
	role?: FigureRole;
}

export const FIGURE_QUALIFIERS = ['about', 'some', 'more than', 'nearly', 'up to', 'up to about'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

export const FIGURE_ROLES = ['russia', 'allies', 'neutral'] as const;
export type FigureRole = (typeof FIGURE_ROLES)[number];

/**
 * The kinds of chart a step whose subject is numbers can draw:
 * - `bars`: one bar per figure with a number, in the order listed, grouped by `series`;
 * - `dated`: each figure with a number at its day (`at`), one line per `series`;
 * - `membership`: the CSTO states year by year, from data/geo/csto.ts.
 */
export const CHART_KINDS = ['bars', 'dated', 'membership'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A chart drawn above the step's figure table, from the same rows. */
export interface StepChart {
	kind: ChartKind;
	/** What the chart shows, in a line ("Force size, by source and date"). */
	title: string;
}

/** The title card of an act of the story. */
export interface Act {
	title: string;
	/** One sentence on what the act tells. */
	dek?: string;
}

/** Settings every layer use carries: which layer, by its registry name. */
export interface LayerUseBase {
	layer: string;
	/**
	 * Drawn as context around the step's subject (the members around a summit's
	 * venue): the camera need not frame it.
	 */
	context?: boolean;
}

/** A layer as a step names it: the registry name plus that layer's settings. */
export type LayerUse = LayerUseBase & Record<string, unknown>;

export interface Step {
	/** Stable slug, used in URLs (`#id`). Lowercase letters, digits and hyphens. */
	id: string;
	/**
	 * Whether the English text gives distances in miles (then the scale bar
	 * shows miles too): set by the build on copies whose text is not the
	 * English one (translations, the reading page's short copy); authored
	 * steps leave it out and it is read from their text.
	 */
	miles?: boolean;
	/**
	 * Opens a new act of the story: a short card before this step's card marks
	 * the turn ("The pattern, 2014–2022").
	 */
	act?: Act;
	/**
	 * When the step happens: the date its kicker and the map's clock show, in
	 * one style (./dates.ts). Every dated layer the step draws lies inside it.
	 */
	when: When;
	/** The place line after the date in the kicker ("Almaty", "Nur-Sultan to Moscow"). */
	where?: string;
	heading: string;
	/**
	 * Paragraphs. `{cite:ID}` marks a citation of source ID at that point;
	 * every cited id must also be in `sources`.
	 */
	body: string[];
	/** Ids of the sources the step rests on; each must exist in the story's sources. */
	sources: string[];
	figures?: Figure[];
	/** A chart of the figures (or of the CSTO's members); the table stays behind a disclosure. */
	chart?: StepChart;
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

/** One short section of "About this story": how the map and its data were made. */
export interface AboutSection {
	/** Slug, used as the section's fragment id. */
	id: string;
	heading: string;
	/** Plain-text paragraphs. */
	body: string[];
}

/** "About this story": how the story and its map were made, as data (data/about.ts). */
export interface About {
	/** One sentence under the heading. */
	intro: string;
	sections: AboutSection[];
}

/** One entry of the corrections log (data/corrections.ts). */
export interface Correction {
	/** When the correction was made, ISO `YYYY-MM-DD`. */
	date: IsoDate;
	/** Ids of the steps it changed (empty for the title, the sources or the map key alone). */
	steps: string[];
	/** What the story or the map said. */
	wrong: string;
	/** What it says now, and on what source. */
	right: string;
}
