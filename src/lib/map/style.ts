/**
 * The basemap style: no external URL at all. Countries come inline from the
 * bundled Natural Earth TopoJSON; labels use bundled Noto Sans through the
 * style's font-faces (Latin and Cyrillic), so no glyph server is needed.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { themes, type ThemeName } from './palette';
import fontSubsets from './font-subsets.json';

/** The map's two weights by the names its layers use. */
const WEIGHTS = { 'Noto Sans Regular': 400, 'Noto Sans Bold': 700 } as const;

/** font-faces entries pointing at the bundled woff2 files under `fontBase` (an absolute URL). */
export function fontFaces(fontBase: string) {
	return Object.fromEntries(
		Object.entries(WEIGHTS).map(([name, weight]) => [
			name,
			// Concatenated, not built with new URL(): see the toolchain notes on escaping.
			Object.entries(fontSubsets.subsets).map(([subset, { ranges }]) => ({ url: `${fontBase}/noto-sans-${subset}-${weight}-normal.woff2`, 'unicode-range': ranges }))
		])
	);
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * `borders` are the lines between two countries, `coast` the lines with a
 * country on one side only (sea, or the edge of the geodata); without them the
 * countries' outlines stand in for both.
 */
export function buildStyle(opts: { countries: FeatureCollection; borders?: FeatureCollection; coast?: FeatureCollection; fontBase: string; theme: ThemeName }): StyleSpecification {
	const t = themes[opts.theme];
	const split = !!(opts.borders && opts.coast);
	return {
		version: 8,
		'font-faces': fontFaces(opts.fontBase),
		sources: {
			countries: { type: 'geojson', data: opts.countries },
			'land-borders': { type: 'geojson', data: opts.borders ?? EMPTY },
			coastline: { type: 'geojson', data: opts.coast ?? EMPTY }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': t.sea } },
			{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': t.land } },
			// Russia is Russia on every step: its role's fill is part of the basemap.
			{ id: 'russia-fill', type: 'fill', source: 'countries', filter: ['==', ['get', 'iso3'], 'RUS'], paint: { 'fill-color': t.russia } },
			// Land borders: a grey line between two countries.
			{
				id: 'country-borders',
				type: 'line',
				source: split ? 'land-borders' : 'countries',
				layout: { 'line-join': 'round' },
				paint: { 'line-color': split ? t.landBorder : t.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 7, 1.4] }
			},
			// Coasts: a finer blue-grey line where the land meets the sea.
			{
				id: 'coastline',
				type: 'line',
				source: 'coastline',
				layout: { 'line-join': 'round' },
				paint: { 'line-color': t.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 7, 1.1] }
			}
		]
	} as StyleSpecification;
}
