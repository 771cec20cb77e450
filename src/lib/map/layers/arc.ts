/** A great-circle line between two places, drawn out with progress, optionally measured. */
import type { LngLat } from '../../story/types';
import { checkKnownKeys, checkString, type Problem } from '../../story/checks';
import { cumulativeKm, distanceKm, greatCircle, pointAlong, sliceAlong } from '../geo/greatCircle';
import { palette } from '../palette';
import { placeAt, placeIds } from '../places';
import type { ArcUse } from './settings';
import type { LayerModule } from './types';
import { collection, ensureSource, FONT_BOLD, setData, setVisible } from './util';

const SOURCE = 'arc';
const LINE = 'arc-line';
const LABEL = 'arc-label';

/** "≈ 3,560 km", rounded to 10 km: the coordinates are not more precise than that. */
export function formatKm(km: number): string {
	return `≈ ${String(Math.round(km / 10) * 10).replace(/\B(?=(\d{3})+$)/g, ',')} km`;
}

export function arcLabel(use: ArcUse): string {
	const km = distanceKm(placeAt(use.from).lngLat, placeAt(use.to).lngLat);
	return [use.label, use.measure ? formatKm(km) : null].filter(Boolean).join(': ');
}

export const arcLayer: LayerModule<ArcUse> = {
	name: 'arc',
	styleLayers: [LINE, LABEL],
	check(use) {
		const problems: Problem[] = checkKnownKeys(use, '', ['layer', 'from', 'to', 'measure', 'label']);
		for (const k of ['from', 'to'] as const)
			if (typeof use[k] !== 'string' || !placeIds.has(use[k] as string)) problems.push({ path: k, message: `unknown place ${JSON.stringify(use[k])}` });
		if (use.from === use.to) problems.push({ path: 'to', message: 'is the same place as from' });
		if (use.measure !== undefined && typeof use.measure !== 'boolean') problems.push({ path: 'measure', message: 'expected true or false' });
		problems.push(...checkString(use.label, 'label', { optional: true, max: 60 }));
		return problems;
	},
	legend(use) {
		return [
			{
				swatch: 'dashed',
				color: palette.arc,
				label: arcLabel(use),
				note: use.measure ? 'Great-circle distance computed from the coordinates' : undefined
			}
		];
	},
	mount(map) {
		ensureSource(map, SOURCE);
		map.addLayer({
			id: LINE,
			type: 'line',
			source: SOURCE,
			layout: { visibility: 'none', 'line-cap': 'round' },
			filter: ['==', ['get', 'part'], 'line'],
			paint: { 'line-color': palette.arc, 'line-width': 2.5, 'line-dasharray': [2, 2] }
		});
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			filter: ['==', ['get', 'part'], 'label'],
			layout: { visibility: 'none', 'text-field': ['get', 'text'], 'text-font': FONT_BOLD, 'text-size': 14, 'text-offset': [0, -1], 'text-allow-overlap': true },
			paint: { 'text-color': palette.arc, 'text-halo-color': palette.halo, 'text-halo-width': 2 }
		});
	},
	features(use, progress) {
		const line = greatCircle(placeAt(use.from).lngLat, placeAt(use.to).lngLat);
		const cum = cumulativeKm(line);
		const drawn = sliceAlong(line, progress, cum);
		const mid: LngLat = pointAlong(line, 0.5, cum).at;
		return collection([
			{ geometry: { type: 'LineString', coordinates: drawn }, properties: { part: 'line' } },
			...(progress >= 0.5 ? [{ geometry: { type: 'Point' as const, coordinates: mid }, properties: { part: 'label', text: arcLabel(use) } }] : [])
		]);
	},
	show(map, use, progress) {
		setData(map, SOURCE, arcLayer.features!(use, progress));
		setVisible(map, [LINE, LABEL], true);
	},
	hide(map) {
		setVisible(map, [LINE, LABEL], false);
	}
};
