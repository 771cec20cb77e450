/**
 * The basemap style: no external URL at all. Countries come inline from the
 * bundled Natural Earth TopoJSON. The style names no glyphs URL and no font
 * files: MapLibre then draws each label's letters itself, in the page's own
 * Noto Sans (src/app.css), which the page's text has already loaded (see
 * FONT_REGULAR in layers/util.ts).
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { themes, type ThemeName } from './palette';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * `borders` are the lines between two countries, `coast` the lines with a
 * country on one side only (sea, or the edge of the geodata); without them the
 * countries' outlines stand in for both.
 */
export function buildStyle(opts: { countries: FeatureCollection; borders?: FeatureCollection; coast?: FeatureCollection; theme: ThemeName }): StyleSpecification {
	const t = themes[opts.theme];
	const split = !!(opts.borders && opts.coast);
	return {
		version: 8,
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
