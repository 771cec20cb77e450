/**
 * Types of the sourced records the map layers draw (data/geo/*.ts). Every
 * record cites at least one source id from data/sources.ts.
 */
import type { IsoDate, LngLat } from '../story/types';
import type { LabelSide } from './layers/util';

/** How sure the coordinates are: H ±0.05°, M ±0.1°, L could be 10–20 km off. */
export type Confidence = 'H' | 'M' | 'L';

export interface Place {
	id: string;
	/** English label, in the story's house spelling. */
	name: string;
	lngLat: LngLat;
	/** ISO 3166-1 alpha-3 of the country the place is in (internationally recognised). */
	country: string;
	kind: 'capital' | 'city' | 'airfield' | 'military' | 'venue' | 'region';
	confidence: Confidence;
	/** Where its label goes, placed by hand where the automatic choice collides. */
	labelSide?: LabelSide;
	/** Where the place or its role is sourced, when it is not general knowledge. */
	sources?: string[];
}

/** A crisis on the opening map: where it was and when it began, as a label. */
export interface PatternRecord {
	id: string;
	/** The region's name, as the label shows it. */
	name: string;
	/** When it began, as the label's second line ("2014", "January 2022"). */
	when: string;
	lngLat: LngLat;
	labelSide?: LabelSide;
	sources: string[];
}

/** A protest location and the day it is first reported. */
export interface UnrestRecord {
	id: string;
	place: string;
	date: IsoDate;
	/** What happened there, in a few words, for the legend and the text alternative. */
	what: string;
	sources: string[];
}

export type Force = 'russia' | 'belarus' | 'armenia' | 'tajikistan' | 'kyrgyzstan';

/** One leg of the airlift, or (for the Kyrgyz return) a road journey. */
export interface AirliftRoute {
	id: string;
	from: string;
	to: string;
	force: Force;
	mode: 'air' | 'road';
	phase: 'inbound' | 'return';
	/** First and last day of movements on this leg. */
	dates: [IsoDate, IsoDate];
	/** Short label ("98th Guards Airborne Division"). */
	label: string;
	/**
	 * True where no source names one or both ends of the leg, so the line only
	 * shows who went where in outline (drawn dashed and called schematic in the key).
	 */
	schematic?: boolean;
	sources: string[];
}

/**
 * A site that security forces took back or secured (not a protest): drawn as
 * its own marker, from the day a source reports it.
 */
export interface SecuredRecord {
	id: string;
	place: string;
	date: IsoDate;
	/** What happened there, in a few words, for the key and the text alternative. */
	what: string;
	sources: string[];
}

/** A count with its source, shown as given ("about 2,500"), never merged. */
export interface SourcedCount {
	value: string;
	label: string;
	date?: string;
	sources: string[];
	caveat?: string;
}

export interface CstoState {
	/** ISO 3166-1 alpha-3. */
	iso3: string;
	name: string;
	/**
	 * Where the country's name goes on the map, placed by hand inside the country
	 * and clear of its capital (the automatic centre of Russia lies in Siberia).
	 */
	labelAt: LngLat;
	/** Where the contingent's number goes when not at `labelAt` (placed by hand where it finds no room there). */
	contingentAt?: LngLat;
	/**
	 * How far the number sits from that point, in ems (1.3 unless given): set at a capital, a larger
	 * offset keeps the number under the capital's name at every zoom, as a distance on the ground cannot.
	 */
	contingentOffset?: number;
	/** Years of membership of the treaty/organisation: [joined, left] with left null while a member. */
	periods: Array<[number, number | null]>;
	/** Status note shown in the legend ("froze participation in 2024 (after the events told here)"). */
	note?: string;
	/** Reported contingent in January 2022, if the state sent one. */
	contingent?: SourcedCount;
	sources: string[];
}

/** A reported concentration of Russian forces near Ukraine. */
export interface BuildupSite {
	id: string;
	name: string;
	lngLat: LngLat;
	/** Where its label goes, placed by hand where the automatic choice collides. */
	labelSide?: LabelSide;
	/** Days a source reports forces there (satellite images, statements). */
	dates: IsoDate[];
	/** Relative marker size from the reported strength: 1 small, 2 medium, 3 large. */
	size: 1 | 2 | 3;
	/** Reported strength or units, as the source puts it. */
	strength: string;
	confirmed: boolean;
	confidence: Confidence;
	sources: string[];
}

/** A point or line belonging to one of the 2020 crises. */
export interface CrisisFeature {
	id: string;
	crisis: 'karabakh' | 'belarus';
	label: string;
	/** Where its label goes, placed by hand where the automatic choice collides. */
	labelSide?: LabelSide;
	/** A point, or a line as a list of points. */
	geometry: { type: 'Point'; coordinates: LngLat } | { type: 'LineString'; coordinates: LngLat[] };
	/** A line's label: the point on the line it sits beside, where the middle point leaves it no room. */
	labelAt?: LngLat;
	/** Where the label wraps, in ems (16 unless set): narrower where a long label must fit a phone's map beside its point. */
	labelWidth?: number;
	date?: string;
	sources: string[];
}

export interface Venue {
	id: string;
	place: string;
	date: IsoDate;
	event: string;
	sources: string[];
}
