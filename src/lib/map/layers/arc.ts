/**
 * A great-circle line between two places, drawn out with progress: either a
 * request or movement (a line with an arrowhead at its end, labelled at its
 * middle) or, with `measure`, a measured distance (a thin line with a tick at
 * each end and its length written along it, on the map).
 */
import type { LngLat } from '../../story/types';
import { checkKnownKeys, checkString, type Problem } from '../../story/checks';
import { cumulativeKm, distanceKm, greatCircle, pointAlong, sliceAlong } from '../geo/greatCircle';
import { inks, palette, roles } from '../palette';
import { parseHex } from '../colour';
import { polygonPixels, SYMBOLS } from '../symbols';
import { placeAt, placeIds } from '../places';
import type { ArcUse } from './settings';
import type { LayerModule } from './types';
import { collection, ensureSource, FONT_BOLD, setData, setVisible, wordsOr } from './util';
import { arcKey, type MapWords } from '../words';

const ENDS = 'arc-ends';
const MEASURE = 'arc-measure';
const ARROW = 'arc-arrowhead';
const TICK = 'arc-tick';

const SOURCE = 'arc';
const LINE = 'arc-line';
const LABEL = 'arc-label';

/** "≈ 3,560 km", rounded to 10 km: the coordinates are not more precise than that. */
export function formatKm(km: number, words?: MapWords): string {
	const w = wordsOr(words);
	return w.phrase('layer.arc.km', { km: w.number(Math.round(km / 10) * 10) });
}

/** A text angle turned so the text never reads upside down. */
const upright = (deg: number) => {
	const a = ((deg % 360) + 540) % 360 - 180;
	return a > 90 ? a - 180 : a < -90 ? a + 180 : a;
};

export function arcLabel(use: ArcUse, words?: MapWords): string {
	const w = wordsOr(words);
	const km = distanceKm(placeAt(use.from).lngLat, placeAt(use.to).lngLat);
	return [use.label === undefined ? undefined : w.text(arcKey(use), use.label), use.measure ? formatKm(km, w) : null].filter(Boolean).join(': ');
}

export const arcLayer: LayerModule<ArcUse> = {
	name: 'arc',
	styleLayers: [LINE, ENDS, LABEL, MEASURE],
	check(use) {
		const problems: Problem[] = checkKnownKeys(use, '', ['layer', 'from', 'to', 'measure', 'label']);
		for (const k of ['from', 'to'] as const)
			if (typeof use[k] !== 'string' || !placeIds.has(use[k] as string)) problems.push({ path: k, message: `unknown place ${JSON.stringify(use[k])}` });
		if (use.from === use.to) problems.push({ path: 'to', message: 'is the same place as from' });
		if (use.measure !== undefined && typeof use.measure !== 'boolean') problems.push({ path: 'measure', message: 'expected true or false' });
		problems.push(...checkString(use.label, 'label', { optional: true, max: 60 }));
		return problems;
	},
	legend(use, _progress, words) {
		const w = wordsOr(words);
		return [
			{
				swatch: use.measure ? 'measure' : 'arrow',
				color: palette.attention,
				label: arcLabel(use, w),
				note: use.measure ? w.phrase('layer.arc.measure.note') : undefined
			}
		];
	},
	mount(map, env) {
		const colour = roles[env.theme].attention;
		ensureSource(map, SOURCE);
		if (!map.hasImage(ARROW)) map.addImage(ARROW, polygonPixels(SYMBOLS.arrowhead.points, SYMBOLS.arrowhead.size, parseHex(colour)), { pixelRatio: SYMBOLS.arrowhead.ratio });
		if (!map.hasImage(TICK)) map.addImage(TICK, polygonPixels(SYMBOLS.tick.points, SYMBOLS.tick.size, parseHex(colour)), { pixelRatio: 2 });
		const measured = ['==', ['get', 'measure'], true] as never;
		map.addLayer({
			id: LINE,
			type: 'line',
			source: SOURCE,
			layout: { visibility: 'none', 'line-cap': 'butt' },
			filter: ['==', ['get', 'part'], 'line'],
			paint: { 'line-color': colour, 'line-width': ['case', measured, SYMBOLS.measure.width, SYMBOLS.request.width] as never }
		});
		// The arrowhead at a request's end, or a tick across each end of a measured line.
		map.addLayer({
			id: ENDS,
			type: 'symbol',
			source: SOURCE,
			filter: ['==', ['get', 'part'], 'end'],
			layout: {
				visibility: 'none',
				'icon-image': ['case', measured, TICK, ARROW] as never,
				'icon-rotate': ['get', 'heading'],
				'icon-rotation-alignment': 'map',
				// A request's arrowhead stops short of its place, outside the place's marker and ring.
				'icon-offset': ['case', measured, ['literal', [0, 0]], ['literal', [-15, 0]]] as never,
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		});
		const text = { 'text-field': ['get', 'text'], 'text-font': FONT_BOLD, 'text-size': 14, 'text-allow-overlap': true } as const;
		const textPaint = { 'text-color': colour, 'text-halo-color': inks[env.theme].halo, 'text-halo-width': 2 };
		// A request's label sits over its middle.
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			filter: ['all', ['==', ['get', 'part'], 'label'], ['!', measured]] as never,
			layout: { visibility: 'none', ...text, 'text-offset': [0, -1] } as never,
			paint: textPaint
		});
		// A measurement is written along its line, above its middle (a point turned to the line's heading:
		// line placement would write it once per map tile the line crosses).
		map.addLayer({
			id: MEASURE,
			type: 'symbol',
			source: SOURCE,
			filter: ['all', ['==', ['get', 'part'], 'label'], measured] as never,
			layout: { visibility: 'none', ...text, 'text-rotate': ['get', 'rotate'], 'text-rotation-alignment': 'map', 'text-offset': [0, -0.9] } as never,
			paint: textPaint
		});
	},
	features(use, progress, words) {
		const line = greatCircle(placeAt(use.from).lngLat, placeAt(use.to).lngLat);
		const cum = cumulativeKm(line);
		const drawn = sliceAlong(line, progress, cum);
		const measure = !!use.measure;
		const end = pointAlong(line, Math.min(1, Math.max(0, progress)), cum);
		const start = pointAlong(line, 0, cum);
		const mid = pointAlong(line, 0.5, cum);
		const label = measure
			? // Along the whole line, once its middle is drawn: the distance alone (the key names the two places).
				progress >= 0.5 ? [{ geometry: { type: 'Point' as const, coordinates: mid.at }, properties: { part: 'label', measure, rotate: upright(mid.heading - 90), text: formatKm(distanceKm(placeAt(use.from).lngLat, placeAt(use.to).lngLat), words) } }] : []
			: progress >= 0.5
				? [{ geometry: { type: 'Point' as const, coordinates: mid.at as LngLat }, properties: { part: 'label', measure, text: arcLabel(use, words) } }]
				: [];
		return collection([
			{ geometry: { type: 'LineString', coordinates: drawn }, properties: { part: 'line', measure } },
			// Ticks across both ends of a measurement (drawn north–south, so turned a quarter less than the heading to lie across the line); an arrowhead at a request's end (drawn pointing east).
			...(progress > 0
				? [
						{ geometry: { type: 'Point' as const, coordinates: end.at }, properties: { part: 'end', measure, heading: end.heading - 90 } },
						...(measure ? [{ geometry: { type: 'Point' as const, coordinates: start.at }, properties: { part: 'end', measure, heading: start.heading - 90 } }] : [])
					]
				: []),
			...label
		]);
	},
	show(map, use, progress, env) {
		setData(map, SOURCE, arcLayer.features!(use, progress, env.words));
		setVisible(map, [LINE, ENDS, LABEL, MEASURE], true);
	},
	hide(map) {
		setVisible(map, [LINE, ENDS, LABEL, MEASURE], false);
	}
};
