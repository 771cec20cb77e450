/**
 * The basemap style: no external URL at all. Countries come inline from the
 * bundled Natural Earth TopoJSON; labels use bundled Noto Sans through the
 * style's font-faces (Latin and Cyrillic), so no glyph server is needed.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { themes, type ThemeName } from './palette';

const FONT_FILES = {
	'Noto Sans Regular': ['latin-400', 'latin-ext-400', 'cyrillic-400'],
	'Noto Sans Bold': ['latin-700', 'latin-ext-700', 'cyrillic-700']
} as const;

const RANGES: Record<string, string[]> = {
	latin: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'],
	'latin-ext': ['U+0100-02AF', 'U+0304', 'U+0308', 'U+0329', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'],
	cyrillic: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116']
};

/** font-faces entries pointing at the bundled woff2 files under `fontBase` (an absolute URL). */
export function fontFaces(fontBase: string) {
	return Object.fromEntries(
		Object.entries(FONT_FILES).map(([name, files]) => [
			name,
			files.map((f) => {
				const subset = f.replace(/-\d+$/, '');
				// Concatenated, not built with new URL(): see the toolchain notes on escaping.
				return { url: `${fontBase}/noto-sans-${f}-normal.woff2`, 'unicode-range': RANGES[subset] as string[] };
			})
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
