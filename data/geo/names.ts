/**
 * Names on the map for orientation: countries, seas and regions. They are
 * drawn on every step, under the story's own labels (which win any collision),
 * each between its zoom levels: a big country has a name for the wide views
 * and another near the close-ups, never two on screen at once (their zoom
 * ranges do not overlap). Placed by hand where a country's centre would fall
 * off the views the story shows, or on a place the story labels.
 *
 * Coordinates are [longitude, latitude]. `minZoom` is inclusive, `maxZoom`
 * exclusive (MapLibre zoom levels; the region views are zoom 2–3.5 on a phone
 * and 3–4 on a desktop, the close-ups 5–9). `iso3` ties a country's name to the
 * country, so a step whose own layer names it (the CSTO membership layer) does
 * not show it twice.
 *
 * Crimea and the Donbas are named as regions of Ukraine; Nagorno-Karabakh as a
 * region of Azerbaijan (see data/geo/places.ts on recognised borders).
 */
import type { LngLat } from '../../src/lib/story/types';

export interface MapName {
	id: string;
	kind: 'country' | 'sea' | 'region';
	/** The words shown (English; translated with the story). */
	name: string;
	lngLat: LngLat;
	/** ISO 3166-1 alpha-3, for a country's name. */
	iso3?: string;
	minZoom: number;
	maxZoom: number;
}

const ANY = { minZoom: 0, maxZoom: 24 };

export const mapNames: MapName[] = [
	// ── Countries the story is about ────────────────────────────────────
	{ id: 'russia', kind: 'country', iso3: 'RUS', name: 'Russia', lngLat: [64, 56.8], minZoom: 0, maxZoom: 4.3 },
	// South of Moscow, for the views of Moscow, Belarus and Ukraine's border.
	{ id: 'russia-west', kind: 'country', iso3: 'RUS', name: 'Russia', lngLat: [38.4, 53.4], minZoom: 4.3, maxZoom: 5.5 },
	// Between Smolensk and Kaluga, for the close-up of Belarus.
	{ id: 'russia-north', kind: 'country', iso3: 'RUS', name: 'Russia', lngLat: [34.6, 54.6], minZoom: 5.5, maxZoom: 24 },
	// The Kuban, across the Kerch Strait, for the Crimea and Donbas close-ups.
	{ id: 'russia-south', kind: 'country', iso3: 'RUS', name: 'Russia', lngLat: [39.4, 45.4], minZoom: 5.5, maxZoom: 24 },
	{ id: 'kazakhstan', kind: 'country', iso3: 'KAZ', name: 'Kazakhstan', lngLat: [67, 48.3], minZoom: 0, maxZoom: 4.6 },
	// Beside the Caspian coast, for the views of Mangystau.
	{ id: 'kazakhstan-west', kind: 'country', iso3: 'KAZ', name: 'Kazakhstan', lngLat: [55.2, 45.3], minZoom: 4.6, maxZoom: 24 },
	// North of Almaty, for the views of the city.
	{ id: 'kazakhstan-south', kind: 'country', iso3: 'KAZ', name: 'Kazakhstan', lngLat: [78.4, 44.45], minZoom: 5.6, maxZoom: 24 },
	{ id: 'ukraine', kind: 'country', iso3: 'UKR', name: 'Ukraine', lngLat: [31.2, 49.3], minZoom: 0, maxZoom: 6.6 },
	// North of Crimea, for the close-up of the peninsula.
	{ id: 'ukraine-south', kind: 'country', iso3: 'UKR', name: 'Ukraine', lngLat: [33.5, 47.05], minZoom: 6.6, maxZoom: 24 },
	{ id: 'belarus', kind: 'country', iso3: 'BLR', name: 'Belarus', lngLat: [28.9, 54.25], ...ANY },
	{ id: 'kyrgyzstan', kind: 'country', iso3: 'KGZ', name: 'Kyrgyzstan', lngLat: [74.6, 41.45], minZoom: 0, maxZoom: 5.6 },
	// South of Almaty, over the mountains, for the views of the city.
	{ id: 'kyrgyzstan-north', kind: 'country', iso3: 'KGZ', name: 'Kyrgyzstan', lngLat: [76.1, 42.25], minZoom: 5.6, maxZoom: 24 },
	{ id: 'tajikistan', kind: 'country', iso3: 'TJK', name: 'Tajikistan', lngLat: [71.2, 38.85], ...ANY },
	{ id: 'uzbekistan', kind: 'country', iso3: 'UZB', name: 'Uzbekistan', lngLat: [63.5, 41.6], minZoom: 0, maxZoom: 4.6 },
	// The Ustyurt plateau, east of Mangystau, for the views of it.
	{ id: 'uzbekistan-west', kind: 'country', iso3: 'UZB', name: 'Uzbekistan', lngLat: [57.2, 43.3], minZoom: 4.6, maxZoom: 24 },
	{ id: 'turkmenistan', kind: 'country', iso3: 'TKM', name: 'Turkmenistan', lngLat: [58.8, 39.4], minZoom: 0, maxZoom: 4.6 },
	// East of the Garabogazköl lagoon, for the views of Mangystau.
	{ id: 'turkmenistan-north', kind: 'country', iso3: 'TKM', name: 'Turkmenistan', lngLat: [55.7, 41.0], minZoom: 4.6, maxZoom: 24 },
	{ id: 'armenia', kind: 'country', iso3: 'ARM', name: 'Armenia', lngLat: [45.1, 40.55], minZoom: 0, maxZoom: 7.5 },
	// Syunik, south-west of the Karabakh close-up.
	{ id: 'armenia-south', kind: 'country', iso3: 'ARM', name: 'Armenia', lngLat: [46.1, 39.42], minZoom: 7.5, maxZoom: 24 },
	{ id: 'azerbaijan', kind: 'country', iso3: 'AZE', name: 'Azerbaijan', lngLat: [48.2, 40.3], minZoom: 0, maxZoom: 7.5 },
	// The plain east of Karabakh, for its close-up.
	{ id: 'azerbaijan-east', kind: 'country', iso3: 'AZE', name: 'Azerbaijan', lngLat: [47.05, 40.0], minZoom: 7.5, maxZoom: 24 },
	{ id: 'georgia', kind: 'country', iso3: 'GEO', name: 'Georgia', lngLat: [43.6, 42.3], ...ANY },
	{ id: 'moldova', kind: 'country', iso3: 'MDA', name: 'Moldova', lngLat: [28.45, 47.35], minZoom: 3.5, maxZoom: 24 },
	// ── Neighbours ───────────────────────────────────────────────────────
	{ id: 'china', kind: 'country', iso3: 'CHN', name: 'China', lngLat: [84, 41.6], ...ANY },
	{ id: 'mongolia', kind: 'country', iso3: 'MNG', name: 'Mongolia', lngLat: [102, 46.8], ...ANY },
	{ id: 'afghanistan', kind: 'country', iso3: 'AFG', name: 'Afghanistan', lngLat: [66, 34], ...ANY },
	{ id: 'iran', kind: 'country', iso3: 'IRN', name: 'Iran', lngLat: [54, 33], ...ANY },
	{ id: 'turkey', kind: 'country', iso3: 'TUR', name: 'Turkey', lngLat: [35, 39], ...ANY },
	{ id: 'iraq', kind: 'country', iso3: 'IRQ', name: 'Iraq', lngLat: [43.5, 33.2], ...ANY },
	{ id: 'syria', kind: 'country', iso3: 'SYR', name: 'Syria', lngLat: [38.6, 35.2], ...ANY },
	{ id: 'romania', kind: 'country', iso3: 'ROU', name: 'Romania', lngLat: [24.9, 45.9], ...ANY },
	{ id: 'bulgaria', kind: 'country', iso3: 'BGR', name: 'Bulgaria', lngLat: [25.3, 42.75], minZoom: 3, maxZoom: 24 },
	{ id: 'poland', kind: 'country', iso3: 'POL', name: 'Poland', lngLat: [19.4, 52.1], ...ANY },
	{ id: 'lithuania', kind: 'country', iso3: 'LTU', name: 'Lithuania', lngLat: [23.9, 55.35], minZoom: 3, maxZoom: 24 },
	{ id: 'latvia', kind: 'country', iso3: 'LVA', name: 'Latvia', lngLat: [25.6, 56.85], minZoom: 3, maxZoom: 24 },
	{ id: 'estonia', kind: 'country', iso3: 'EST', name: 'Estonia', lngLat: [25.8, 58.7], minZoom: 3, maxZoom: 24 },
	{ id: 'finland', kind: 'country', iso3: 'FIN', name: 'Finland', lngLat: [26.5, 62.6], ...ANY },
	{ id: 'sweden', kind: 'country', iso3: 'SWE', name: 'Sweden', lngLat: [15.3, 62.3], ...ANY },
	{ id: 'norway', kind: 'country', iso3: 'NOR', name: 'Norway', lngLat: [9.5, 61.3], ...ANY },
	{ id: 'germany', kind: 'country', iso3: 'DEU', name: 'Germany', lngLat: [10.3, 51.6], ...ANY },
	{ id: 'france', kind: 'country', iso3: 'FRA', name: 'France', lngLat: [2.4, 47.1], ...ANY },
	{ id: 'italy', kind: 'country', iso3: 'ITA', name: 'Italy', lngLat: [12.6, 42.9], ...ANY },
	{ id: 'hungary', kind: 'country', iso3: 'HUN', name: 'Hungary', lngLat: [19.3, 47.1], minZoom: 3.5, maxZoom: 24 },
	{ id: 'greece', kind: 'country', iso3: 'GRC', name: 'Greece', lngLat: [22, 39.6], ...ANY },
	{ id: 'pakistan', kind: 'country', iso3: 'PAK', name: 'Pakistan', lngLat: [69.5, 29.5], ...ANY },
	// ── Seas ─────────────────────────────────────────────────────────────
	{ id: 'caspian-sea', kind: 'sea', name: 'Caspian Sea', lngLat: [50.6, 42.1], ...ANY },
	{ id: 'black-sea', kind: 'sea', name: 'Black Sea', lngLat: [34.4, 43.2], minZoom: 0, maxZoom: 6.6 },
	// West of Sevastopol, for the close-up of Crimea.
	{ id: 'black-sea-west', kind: 'sea', name: 'Black Sea', lngLat: [32.45, 44.45], minZoom: 6.6, maxZoom: 24 },
	{ id: 'sea-of-azov', kind: 'sea', name: 'Sea of Azov', lngLat: [36.6, 46.15], minZoom: 4.8, maxZoom: 24 },
	{ id: 'baltic-sea', kind: 'sea', name: 'Baltic Sea', lngLat: [19.6, 56.3], minZoom: 2.5, maxZoom: 24 },
	// ── Regions ──────────────────────────────────────────────────────────
	{ id: 'crimea', kind: 'region', name: 'Crimea', lngLat: [34.35, 45.55], minZoom: 4.8, maxZoom: 24 },
	{ id: 'donbas', kind: 'region', name: 'Donbas', lngLat: [38.85, 48.2], minZoom: 5.2, maxZoom: 24 },
	{ id: 'mangystau', kind: 'region', name: 'Mangystau', lngLat: [53.9, 44.25], minZoom: 5, maxZoom: 24 },
	{ id: 'nagorno-karabakh', kind: 'region', name: 'Nagorno-Karabakh', lngLat: [46.45, 40.0], minZoom: 6.5, maxZoom: 24 }
];
