/**
 * Territory under occupation, hatched over the internationally recognised
 * country it belongs to. Shapes: static/geo/occupied.json; words: data/geo/occupied.ts.
 */
import type { FeatureCollection } from 'geojson';
import { occupiedAreas } from '../../../../data/geo/occupied';
import { checkKnownKeys, checkOneOf, type Problem } from '../../story/checks';
import { palette, roles } from '../palette';
import { parseHex } from '../colour';
import { hatchPixels, SYMBOLS } from '../symbols';
import { sourcesNote } from '../sourceNames';
import type { OccupiedUse } from './settings';
import type { LayerModule } from './types';
import { checkRecordSources, ensureSource, setData, setFilter, setVisible, wordsOr } from './util';
import { recordsIn } from '../recordsIn';

const SOURCE = 'occupied';
const FILL = 'occupied-fill';
const LINE = 'occupied-line';
const TINT = 'occupied-tint';
const PATTERN = 'occupied-hatch';
/** Wider stripes for close-ups, where the fine ones would read as heavy bars. */
const PATTERN_WIDE = 'occupied-hatch-wide';
const AREAS = ['crimea', 'donbas'] as const;

/** The shapes, fetched once per assets folder; a failed fetch is tried again on the next call. */
let shapes: { url: string; data: Promise<FeatureCollection> } | null = null;
function loadShapes(assets: string): Promise<FeatureCollection> {
	const url = `${assets}/geo/occupied.json`;
	if (shapes?.url === url) return shapes.data;
	const data = fetch(url).then(async (res) => {
		if (!res.ok) throw new Error(`occupied.json: HTTP ${res.status}`);
		return (await res.json()) as FeatureCollection;
	});
	const entry = { url, data };
	shapes = entry;
	data.catch(() => {
		if (shapes === entry) shapes = null;
	});
	return data;
}

export const occupiedLayer: LayerModule<OccupiedUse> = {
	name: 'occupied',
	styleLayers: [TINT, FILL, LINE],
	check(use) {
		const problems: Problem[] = checkKnownKeys(use, '', ['layer', 'areas']);
		if (!Array.isArray(use.areas) || use.areas.length === 0) return [...problems, { path: 'areas', message: 'expected a list of areas' }];
		use.areas.forEach((a, i) => problems.push(...checkOneOf(a, `areas[${i}]`, AREAS)));
		return problems;
	},
	checkRecords(ctx) {
		return checkRecordSources(occupiedAreas, 'areas', ctx.sources);
	},
	legend(use, _progress, words) {
		return recordsIn(wordsOr(words)).occupiedAreas
			.filter((a) => use.areas.includes(a.id))
			.map((a) => ({ swatch: 'hatch' as const, color: palette.occupied, label: a.label, short: a.short, note: [a.note, sourcesNote(a.sources)].filter(Boolean).join(' · ') }));
	},
	async mount(map, env) {
		ensureSource(map, SOURCE);
		const colour = roles[env.theme].occupied;
		const rgb = parseHex(colour);
		if (!map.hasImage(PATTERN)) map.addImage(PATTERN, hatchPixels(rgb));
		if (!map.hasImage(PATTERN_WIDE)) map.addImage(PATTERN_WIDE, hatchPixels(rgb, SYMBOLS.hatch.size * 1.5));
		const none = ['in', ['get', 'id'], ['literal', []]] as never;
		// Zoomed out (the region view), a small area reads as a tint inside a dashed edge;
		// the stripes fade in as the map zooms in, and widen for close-ups.
		map.addLayer(
			{
				id: TINT,
				type: 'fill',
				source: SOURCE,
				layout: { visibility: 'none' },
				filter: none,
				paint: { 'fill-color': colour, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 3, 0.45, 5, SYMBOLS.hatch.tint] as never }
			},
			'country-borders'
		);
		map.addLayer(
			{
				id: FILL,
				type: 'fill',
				source: SOURCE,
				layout: { visibility: 'none' },
				filter: none,
				paint: { 'fill-pattern': ['step', ['zoom'], PATTERN, 6, PATTERN_WIDE] as never, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 3.5, 0, 4.5, 1] as never }
			},
			'country-borders'
		);
		map.addLayer({
			id: LINE,
			type: 'line',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: none,
			paint: { 'line-color': colour, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, SYMBOLS.hatch.edge, 7, SYMBOLS.hatch.edge * 1.5] as never, 'line-dasharray': [...SYMBOLS.hatch.dash] }
		});
		setData(map, SOURCE, await loadShapes(env.assets));
	},
	prefetch(env) {
		loadShapes(env.assets).catch(() => {});
	},
	show(map, use) {
		for (const id of [TINT, FILL, LINE]) setFilter(map, id, ['in', ['get', 'id'], ['literal', use.areas]]);
		setVisible(map, [TINT, FILL, LINE], true);
	},
	hide(map) {
		setVisible(map, [TINT, FILL, LINE], false);
	}
};
