/** Place labels and markers; emphasised places pulse. */
import { places } from '../../../../data/geo/places';
import { checkIdList, checkKnownKeys, type Problem } from '../../story/checks';
import { inks, roles } from '../palette';
import { SYMBOLS } from '../symbols';
import { placeIds } from '../places';
import type { PlacesUse } from './settings';
import type { LayerModule } from './types';
import { collection, ensureSource, FONT_BOLD, FONT_REGULAR, labelSides, setFilter, setPaint, setVisible, wordsOr } from './util';
import { recordsIn } from '../recordsIn';

const SOURCE = 'places';
const PULSE = 'places-pulse';
const DOT = 'places-dot';
const LABEL = 'places-label';
const PULSE_MS = 1800;
/** Pulses after the camera lands, then the ring settles as reduced motion shows it: a still map draws nothing. */
const PULSES = 3;
const SETTLE_MS = 400;

const byIds = (ids: readonly string[]) => ['in', ['get', 'id'], ['literal', [...ids]]] as const;

export const placesLayer: LayerModule<PlacesUse> = {
	name: 'places',
	styleLayers: [PULSE, DOT, LABEL],
	check(use) {
		const problems: Problem[] = [
			...checkKnownKeys(use, '', ['layer', 'labels', 'emphasis']),
			...checkIdList(use.labels, 'labels', placeIds, 'place'),
			...checkIdList(use.emphasis, 'emphasis', placeIds, 'place', { optional: true })
		];
		const labels = new Set(Array.isArray(use.labels) ? use.labels : []);
		if (Array.isArray(use.emphasis))
			use.emphasis.forEach((id, i) => {
				if (placeIds.has(id) && !labels.has(id)) problems.push({ path: `emphasis[${i}]`, message: `"${id}" is emphasised but not labelled` });
			});
		return problems;
	},
	checkRecords(ctx) {
		return places.flatMap((p, i) =>
			(p.sources ?? []).filter((s) => !ctx.sources.has(s)).map((s) => ({ path: `places[${i}].sources`, message: `unknown source "${s}" (place "${p.id}")` }))
		);
	},
	legend() {
		return [];
	},
	mount(map, env) {
		const ink = inks[env.theme];
		ensureSource(
			map,
			SOURCE,
			collection(recordsIn(wordsOr(env.words)).places.map((p) => ({ geometry: { type: 'Point', coordinates: p.lngLat }, properties: { id: p.id, name: p.name, kind: p.kind, labelSide: p.labelSide ?? '' } })))
		);
		map.addLayer({
			id: PULSE,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: byIds([]) as never,
			// "Look here": the attention role, not Russia's red.
			paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': roles[env.theme].attention, 'circle-stroke-width': SYMBOLS.attention.width, 'circle-stroke-opacity': 0.8 }
		});
		map.addLayer({
			id: DOT,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: byIds([]) as never,
			paint: {
				'circle-radius': ['match', ['get', 'kind'], 'capital', 4.5, 3.5],
				'circle-color': ink.label,
				'circle-stroke-color': ink.halo,
				'circle-stroke-width': 1.5
			}
		});
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			filter: byIds([]) as never,
			layout: {
				visibility: 'none',
				'text-field': ['get', 'name'],
				'text-font': ['match', ['get', 'kind'], 'capital', ['literal', FONT_BOLD], ['literal', FONT_REGULAR]] as never,
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['match', ['get', 'kind'], 'capital', 12, 11], 5, ['match', ['get', 'kind'], 'capital', 14, 13]] as never,
				'text-variable-anchor-offset': labelSides(0.7, ['above', 'below', 'right', 'left']) as never,
				'text-justify': 'auto',
				'text-max-width': 9
			},
			paint: { 'text-color': ink.label, 'text-halo-color': ink.halo, 'text-halo-width': 1.6 }
		});
		// Markers that stand on a place (protests, retaken sites) draw over the place's own dot, below its
		// name, so the marker a reader sees is the key's symbol.
		for (const id of ['unrest-halo', 'unrest-dot', 'unrest-secured']) if (map.getLayer(id)) map.moveLayer(id, LABEL);
	},
	show(map, use, _progress, env) {
		setFilter(map, DOT, byIds(use.labels) as never);
		setFilter(map, LABEL, byIds(use.labels) as never);
		setFilter(map, PULSE, byIds(use.emphasis ?? []) as never);
		setVisible(map, [DOT, LABEL], true);
		setVisible(map, [PULSE], (use.emphasis?.length ?? 0) > 0);
		if (env.reducedMotion) {
			setPaint(map, PULSE, 'circle-radius', SYMBOLS.attention.radius);
			setPaint(map, PULSE, 'circle-stroke-opacity', 0.9);
		}
	},
	hide(map) {
		setVisible(map, [PULSE, DOT, LABEL], false);
	},
	animate(map, use, elapsed) {
		if (!use.emphasis?.length) return false;
		if (elapsed >= PULSES * PULSE_MS) {
			const settle = Math.min(1, (elapsed - PULSES * PULSE_MS) / SETTLE_MS);
			map.setPaintProperty(PULSE, 'circle-radius', 11);
			map.setPaintProperty(PULSE, 'circle-stroke-opacity', 0.9 * settle);
			return settle < 1;
		}
		const phase = (elapsed % PULSE_MS) / PULSE_MS;
		map.setPaintProperty(PULSE, 'circle-radius', 6 + 16 * phase);
		map.setPaintProperty(PULSE, 'circle-stroke-opacity', 0.9 * (1 - phase));
		return true;
	}
};
