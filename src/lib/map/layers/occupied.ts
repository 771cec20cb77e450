/**
 * Territory under occupation, hatched over the internationally recognised
 * country it belongs to. Shapes: static/geo/occupied.json; words: data/geo/occupied.ts.
 */
import type { FeatureCollection } from 'geojson';
import { occupiedAreas } from '../../../../data/geo/occupied';
import { checkKnownKeys, checkOneOf, type Problem } from '../../story/checks';
import { palette } from '../palette';
import { sourcesNote } from '../sourceNames';
import type { OccupiedUse } from './settings';
import type { LayerModule } from './types';
import { checkRecordSources, ensureSource, setData, setVisible } from './util';

const SOURCE = 'occupied';
const FILL = 'occupied-fill';
const LINE = 'occupied-line';
const PATTERN = 'occupied-hatch';
const AREAS = ['crimea', 'donbas'] as const;

/** A diagonal hatch drawn into pixels, so no image request is needed. */
function hatch(size = 12, color: [number, number, number] = [91, 42, 26]): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const d = (x + y) % size;
			const on = d <= 1 || d >= size - 1;
			const o = (y * size + x) * 4;
			data.set(on ? [...color, 200] : [0, 0, 0, 0], o);
		}
	return { width: size, height: size, data };
}

export const occupiedLayer: LayerModule<OccupiedUse> = {
	name: 'occupied',
	styleLayers: [FILL, LINE],
	check(use) {
		const problems: Problem[] = checkKnownKeys(use, '', ['layer', 'areas']);
		if (!Array.isArray(use.areas) || use.areas.length === 0) return [...problems, { path: 'areas', message: 'expected a list of areas' }];
		use.areas.forEach((a, i) => problems.push(...checkOneOf(a, `areas[${i}]`, AREAS)));
		return problems;
	},
	checkRecords(ctx) {
		return checkRecordSources(occupiedAreas, 'areas', ctx.sources);
	},
	legend(use) {
		return occupiedAreas
			.filter((a) => use.areas.includes(a.id))
			.map((a) => ({ swatch: 'hatch' as const, color: palette.occupied, label: a.label, short: a.short, note: [a.note, sourcesNote(a.sources)].filter(Boolean).join(' · ') }));
	},
	async mount(map, env) {
		ensureSource(map, SOURCE);
		if (!map.hasImage(PATTERN)) map.addImage(PATTERN, hatch());
		map.addLayer(
			{ id: FILL, type: 'fill', source: SOURCE, layout: { visibility: 'none' }, filter: ['in', ['get', 'id'], ['literal', []]], paint: { 'fill-pattern': PATTERN } },
			'country-borders'
		);
		map.addLayer({
			id: LINE,
			type: 'line',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: ['in', ['get', 'id'], ['literal', []]],
			paint: { 'line-color': palette.occupied, 'line-width': 1.2, 'line-dasharray': [2, 1.5] }
		});
		const res = await fetch(`${env.assets}/geo/occupied.json`);
		if (!res.ok) throw new Error(`occupied.json: HTTP ${res.status}`);
		setData(map, SOURCE, (await res.json()) as FeatureCollection);
	},
	show(map, use) {
		for (const id of [FILL, LINE]) map.setFilter(id, ['in', ['get', 'id'], ['literal', use.areas]]);
		setVisible(map, [FILL, LINE], true);
	},
	hide(map) {
		setVisible(map, [FILL, LINE], false);
	}
};
