/**
 * The settings each map layer takes from a story step. A step names a layer by
 * `layer` and configures it with the other fields; the layer module of the same
 * name (see ./registry.ts) validates and draws it.
 *
 * Ids that point at records (places, routes, sites) resolve against the typed
 * records under data/geo/.
 */
import type { IsoDate, LngLat } from '../../story/types';

/** Place labels and markers (data/geo/places.ts). */
export interface PlacesUse {
	layer: 'places';
	/** Places labelled on the map, by id. */
	labels: string[];
	/** Places drawn with a pulsing emphasis marker, by id (each must also be labelled). */
	emphasis?: string[];
}

/** Countries filled in one role's colour, by ISO 3166-1 alpha-3 code (never Russia: it has its own fill on every step). */
export interface HighlightUse {
	layer: 'highlight';
	countries: string[];
	/** What the fill says: the country where the events happen (default), Russia's allies, or former members. */
	role?: 'event' | 'allies' | 'former';
}

/** Territory under occupation, hatched, with a legend (data/geo/occupied). */
export interface OccupiedUse {
	layer: 'occupied';
	areas: Array<'crimea' | 'donbas'>;
}

/**
 * Protest locations in Kazakhstan (data/geo/unrest.ts), appearing by date.
 * The date sweeps from `from` to `to` with the reader's progress through the step.
 */
export interface UnrestUse {
	layer: 'unrest';
	from: IsoDate;
	to: IsoDate;
}

/** The airlift routes (data/geo/airlift.ts). Aircraft follow the scroll progress. */
export interface AirliftUse {
	layer: 'airlift';
	phase: 'inbound' | 'return';
	/** Which contingents to draw: Russia's, the allies', or both. */
	forces: Array<'russia' | 'allies'>;
}

/**
 * CSTO membership (data/geo/csto.ts) as of a year. With `from` < `to` the year
 * sweeps across the step; with `from` === `to` it is a still.
 */
export interface MembershipUse {
	layer: 'membership';
	from: number;
	to: number;
	/** Label the January 2022 contributors with their reported contingents. */
	contributors?: boolean;
}

/** Build-up sites near Ukraine (data/geo/buildup.ts), appearing by date. */
export interface BuildupUse {
	layer: 'buildup';
	from: IsoDate;
	to: IsoDate;
	/** Draw sites no source confirms, marked as unconfirmed. */
	unconfirmed: boolean;
	/** Name each site (default true); a view of the whole region marks them only. */
	labels?: boolean;
}

/** The 2020 crises (data/geo/crises.ts). */
export interface CrisesUse {
	layer: 'crises';
	show: Array<'karabakh' | 'belarus'>;
}

/** The opening map's dated crises (data/geo/pattern.ts): every record, or those listed. */
export interface PatternUse {
	layer: 'pattern';
	show?: string[];
}

/** The diplomacy week's venues (data/geo/diplomacy.ts), lit in date order. */
export interface DiplomacyUse {
	layer: 'diplomacy';
}

/** A great-circle line between two places, optionally labelled with its length. */
export interface ArcUse {
	layer: 'arc';
	from: string;
	to: string;
	/** Append the computed great-circle distance to the label. */
	measure?: boolean;
	label?: string;
}

/**
 * Country, sea and region names (data/geo/names.ts). Drawn on every step
 * without being listed; a step lists it only to leave names out.
 */
export interface NamesUse {
	layer: 'names';
	/** Ids of names not to show on this step. */
	hide?: string[];
	/** Set by the map, not the story: points the names must leave clear (what the step draws). */
	keepClear?: LngLat[];
}

export type AnyLayerUse =
	| PlacesUse
	| HighlightUse
	| OccupiedUse
	| UnrestUse
	| AirliftUse
	| MembershipUse
	| BuildupUse
	| CrisesUse
	| DiplomacyUse
	| ArcUse
	| PatternUse
	| NamesUse;

export type LayerName = AnyLayerUse['layer'];
