/**
 * Great-circle routes for the airlift and the distance arc. Routes are
 * precomputed once as polylines; animation only interpolates along them.
 */
import type { LngLat } from '../../story/types';

const RAD = Math.PI / 180;
const EARTH_KM = 6371.0088;

/** Central angle between two points, in radians (haversine, stable for short and antipodal-ish spans). */
function centralAngle([lon1, lat1]: LngLat, [lon2, lat2]: LngLat): number {
	const dLat = (lat2 - lat1) * RAD;
	const dLon = (lon2 - lon1) * RAD;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function distanceKm(a: LngLat, b: LngLat): number {
	return centralAngle(a, b) * EARTH_KM;
}

/**
 * Points along the great circle from a to b. Longitudes are unwrapped so
 * consecutive points never jump by more than 180°: a route across the
 * antimeridian continues past ±180 instead of smearing across the map.
 */
export function greatCircle(a: LngLat, b: LngLat, segments = 64): LngLat[] {
	const d = centralAngle(a, b);
	if (d === 0) return [a, [...b] as LngLat];
	const [lon1, lat1] = [a[0] * RAD, a[1] * RAD];
	const [lon2, lat2] = [b[0] * RAD, b[1] * RAD];
	const out: LngLat[] = [];
	let prevLon = a[0];
	for (let i = 0; i <= segments; i++) {
		const f = i / segments;
		const A = Math.sin((1 - f) * d) / Math.sin(d);
		const B = Math.sin(f * d) / Math.sin(d);
		const x = A * Math.cos(lat1) * Math.cos(lon1) + B * Math.cos(lat2) * Math.cos(lon2);
		const y = A * Math.cos(lat1) * Math.sin(lon1) + B * Math.cos(lat2) * Math.sin(lon2);
		const z = A * Math.sin(lat1) + B * Math.sin(lat2);
		let lon = Math.atan2(y, x) / RAD;
		const lat = Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD;
		while (lon - prevLon > 180) lon -= 360;
		while (lon - prevLon < -180) lon += 360;
		prevLon = lon;
		out.push([round(lon), round(lat)]);
	}
	return out;
}

const round = (v: number): number => Math.round(v * 1e5) / 1e5;

/** Cumulative lengths of a polyline in km, starting at 0. */
export function cumulativeKm(line: LngLat[]): number[] {
	const acc = [0];
	for (let i = 1; i < line.length; i++) acc.push((acc[i - 1] as number) + distanceKm(line[i - 1] as LngLat, line[i] as LngLat));
	return acc;
}

/**
 * The point a fraction t (0–1) of the way along a polyline by length, and the
 * heading there in degrees clockwise from north (for rotating an aircraft icon).
 */
export function pointAlong(line: LngLat[], t: number, cum = cumulativeKm(line)): { at: LngLat; heading: number } {
	const total = cum[cum.length - 1] as number;
	const target = Math.min(1, Math.max(0, t)) * total;
	let i = 1;
	while (i < cum.length - 1 && (cum[i] as number) < target) i++;
	const a = line[i - 1] as LngLat;
	const b = line[i] as LngLat;
	const span = (cum[i] as number) - (cum[i - 1] as number);
	const f = span > 0 ? (target - (cum[i - 1] as number)) / span : 0;
	const at: LngLat = [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
	return { at, heading: heading(a, b) };
}

/** Initial bearing from a to b, degrees clockwise from north. */
export function heading(a: LngLat, b: LngLat): number {
	const [l1, p1, l2, p2] = [a[0] * RAD, a[1] * RAD, b[0] * RAD, b[1] * RAD];
	const y = Math.sin(l2 - l1) * Math.cos(p2);
	const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(l2 - l1);
	return ((Math.atan2(y, x) / RAD) + 360) % 360;
}

/** The part of a polyline from its start to fraction t, for drawing a route as it is flown. */
export function sliceAlong(line: LngLat[], t: number, cum = cumulativeKm(line)): LngLat[] {
	if (t <= 0) return [line[0] as LngLat, line[0] as LngLat];
	if (t >= 1) return line;
	const { at } = pointAlong(line, t, cum);
	const target = t * (cum[cum.length - 1] as number);
	const out = line.filter((_, i) => (cum[i] as number) < target);
	out.push(at);
	return out.length > 1 ? out : [line[0] as LngLat, at];
}
