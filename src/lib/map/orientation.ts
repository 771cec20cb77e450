/**
 * The map's orientation aids as pure functions: which steps get a locator
 * inset, how the inset projects the region, and the scale bar's length.
 * Pure, so unit tests and the components share one meaning.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { LngLat } from '../story/types';
import type { MapWords } from './words';

/** The wider region the locator shows: Europe's east to China's west, Iran to the Arctic Circle. */
export const LOCATOR_REGION: [LngLat, LngLat] = [
	[14, 33],
	[92, 64]
];

export { CLOSE_UP, isCloseUp, usesMiles } from './closeup';

const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
const RAD = Math.PI / 180;

/** Projects [lon, lat] into a box `width` px wide showing `region` (Web Mercator, as the map). */
export function locatorProjection(region: [LngLat, LngLat], width: number) {
	const [[w, s], [e, n]] = region;
	const k = width / ((e - w) * RAD);
	const top = mercY(n);
	const height = (top - mercY(s)) * k;
	return {
		width,
		height,
		project: ([lon, lat]: Position): [number, number] => [((lon! - w) * RAD) * k, (top - mercY(lat!)) * k]
	};
}

/** SVG path data for the countries, in the locator's projection; points closer than `minPx` are skipped. */
export function locatorPath(countries: FeatureCollection, region: [LngLat, LngLat], width: number, minPx = 0.6): string {
	const { project } = locatorProjection(region, width);
	const [[w, s], [e, n]] = region;
	const parts: string[] = [];
	const ring = (coords: Position[]) => {
		let out = '';
		let last: [number, number] | null = null;
		let inside = false;
		for (const c of coords) if (c[0]! >= w - 5 && c[0]! <= e + 5 && c[1]! >= s - 5 && c[1]! <= n + 5) inside = true;
		if (!inside) return;
		coords.forEach((c, i) => {
			const p = project(c);
			if (last && i < coords.length - 1 && Math.abs(p[0] - last[0]) < minPx && Math.abs(p[1] - last[1]) < minPx) return;
			out += `${last ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
			last = p;
		});
		if (out) parts.push(out + 'Z');
	};
	for (const f of countries.features as Feature[]) {
		const g = f.geometry;
		if (g?.type === 'Polygon') g.coordinates.forEach(ring);
		else if (g?.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach(ring));
	}
	return parts.join('');
}

/** Great-circle distance in metres (mean Earth radius 6,371,008.8 m). */
export function haversine(a: LngLat, b: LngLat): number {
	const R = 6371008.8;
	const dLat = (b[1] - a[1]) * RAD;
	const dLon = (b[0] - a[0]) * RAD;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const METRES_PER_MILE = 1609.344;

/**
 * The longest round length (1, 2 or 5 × a power of ten) of `unit` metres that
 * fits in `maxPx` at `metresPerPx`, and its width in px.
 */
export function scaleLength(metresPerPx: number, maxPx: number, unit: number): { value: number; px: number } {
	const max = (metresPerPx * maxPx) / unit;
	const pow = 10 ** Math.floor(Math.log10(max));
	const value = [5, 2, 1].map((m) => m * pow).find((v) => v <= max) ?? pow;
	return { value, px: (value * unit) / metresPerPx };
}

/** "200 km", "1,000 km", "0.5 km"; "10 mi" (in Russian and Ukrainian from the map's words, ./words.ts: "200 км", "10 миль"). */
export function scaleLabel(value: number, unit: 'km' | 'mi', words?: MapWords): string {
	if (!words || words.lang === 'en') return `${value >= 1 ? Math.round(value).toLocaleString('en-GB') : value} ${unit}`;
	const n = value >= 1 ? Math.round(value) : value;
	return unit === 'km' ? words.phrase('layer.scale.km', { n: words.number(n) }) : words.plural('layer.scale.mi', n);
}
