// Small planar geometry helpers shared by build-geo.mjs and the unit tests.
// Coordinates are [lon, lat] in degrees; rings are closed (first === last).

/** @typedef {[number, number]} Position */
/** @typedef {Position[]} Ring */
/** @typedef {Ring[]} PolygonCoords */
/** @typedef {{ west: number, south: number, east: number, north: number }} Box */

/**
 * Even-odd test over all rings, so holes need no special case.
 * @param {readonly number[]} point
 * @param {readonly (readonly number[])[][]} rings
 */
export function pointInRings(point, rings) {
	const x = /** @type {number} */ (point[0]);
	const y = /** @type {number} */ (point[1]);
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = /** @type {[number, number]} */ (ring[i]);
			const [xj, yj] = /** @type {[number, number]} */ (ring[j]);
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/**
 * @param {readonly number[]} point
 * @param {{ type: string, coordinates: unknown } | null | undefined} geometry
 */
export function pointInGeometry(point, geometry) {
	if (!geometry) return false;
	if (geometry.type === 'Polygon') {
		return pointInRings(point, /** @type {number[][][]} */ (geometry.coordinates));
	}
	if (geometry.type === 'MultiPolygon') {
		return /** @type {number[][][][]} */ (geometry.coordinates).some((polygon) =>
			pointInRings(point, polygon)
		);
	}
	return false;
}

/**
 * Shoelace area; positive when counter-clockwise in lon/lat.
 * @param {readonly (readonly number[])[]} ring
 */
export function signedArea(ring) {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const a = /** @type {number[]} */ (ring[j]);
		const b = /** @type {number[]} */ (ring[i]);
		sum += (/** @type {number} */ (a[0]) * /** @type {number} */ (b[1])) - (/** @type {number} */ (b[0]) * /** @type {number} */ (a[1]));
	}
	return sum / 2;
}

/**
 * Makes longitudes continuous along a ring (a step of more than 180° means the
 * ring went across the antimeridian), then shifts the whole ring by 360° if
 * that left it centred outside -180..180. Without this, a rectangle clip sees
 * a segment from 179.9 to -179.9 as crossing the whole map and fills a band
 * across it.
 * @param {readonly (readonly number[])[]} ring
 * @returns {Ring}
 */
export function unwrapRing(ring) {
	/** @type {Ring} */
	const out = [];
	let offset = 0;
	let prev = NaN;
	for (const p of ring) {
		const lon = /** @type {number} */ (p[0]);
		const lat = /** @type {number} */ (p[1]);
		if (out.length) {
			const d = lon + offset - prev;
			if (d > 180) offset -= 360;
			else if (d < -180) offset += 360;
		}
		prev = lon + offset;
		out.push([prev, lat]);
	}
	let min = Infinity;
	let max = -Infinity;
	for (const [lon] of out) {
		if (lon < min) min = lon;
		if (lon > max) max = lon;
	}
	const centre = (min + max) / 2;
	const shift = centre > 180 ? -360 : centre < -180 ? 360 : 0;
	return shift ? out.map(([lon, lat]) => [lon + shift, lat]) : out;
}

/**
 * Where segment a–b meets the line `axis` = `value`. The endpoints are put in
 * a fixed order first, so two countries that share the segment (and walk it in
 * opposite directions) get bit-identical points and TopoJSON can share the arc.
 * @param {Position} a
 * @param {Position} b
 * @param {0 | 1} axis
 * @param {number} value
 * @returns {Position}
 */
function intersect(a, b, axis, value) {
	const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
	const t = (value - p[axis]) / (q[axis] - p[axis]);
	const other = axis === 0 ? 1 : 0;
	const v = p[other] + t * (q[other] - p[other]);
	return axis === 0 ? [value, v] : [v, value];
}

/**
 * Sutherland–Hodgman against one half-plane.
 * @param {Ring} ring open ring (no closing point)
 * @param {0 | 1} axis
 * @param {number} value
 * @param {boolean} keepGreater
 * @returns {Ring}
 */
function clipHalfPlane(ring, axis, value, keepGreater) {
	/** @type {Ring} */
	const out = [];
	const n = ring.length;
	/** @param {Position} p */
	const inside = (p) => (keepGreater ? p[axis] >= value : p[axis] <= value);
	for (let i = 0; i < n; i++) {
		const cur = /** @type {Position} */ (ring[i]);
		const prev = /** @type {Position} */ (ring[(i + n - 1) % n]);
		const curIn = inside(cur);
		const prevIn = inside(prev);
		if (curIn) {
			if (!prevIn) out.push(intersect(prev, cur, axis, value));
			out.push(cur);
		} else if (prevIn) {
			out.push(intersect(prev, cur, axis, value));
		}
	}
	return out;
}

/**
 * Clips a closed ring to a box. Where a ring leaves and re-enters the box the
 * result runs along the box edge (zero-width slivers); fills do not show them.
 * @param {readonly (readonly number[])[]} ring
 * @param {Box} box
 * @returns {Ring | null} closed ring, or null when nothing with area is left
 */
export function clipRing(ring, box) {
	/** @type {Ring} */
	let open = ring.slice(0, -1).map((p) => [/** @type {number} */ (p[0]), /** @type {number} */ (p[1])]);
	open = clipHalfPlane(open, 0, box.west, true);
	open = clipHalfPlane(open, 0, box.east, false);
	open = clipHalfPlane(open, 1, box.south, true);
	open = clipHalfPlane(open, 1, box.north, false);
	/** @type {Ring} */
	const dedup = [];
	for (const p of open) {
		const last = dedup[dedup.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) dedup.push(p);
	}
	while (dedup.length > 1) {
		const first = /** @type {Position} */ (dedup[0]);
		const last = /** @type {Position} */ (dedup[dedup.length - 1]);
		if (first[0] === last[0] && first[1] === last[1]) dedup.pop();
		else break;
	}
	if (dedup.length < 3) return null;
	const closed = [...dedup, /** @type {Position} */ (dedup[0])];
	return signedArea(closed) === 0 ? null : closed;
}

/**
 * @param {readonly (readonly number[])[]} ring
 * @returns {[number, number, number, number]} [west, south, east, north]
 */
export function ringBounds(ring) {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const p of ring) {
		const x = /** @type {number} */ (p[0]);
		const y = /** @type {number} */ (p[1]);
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [w, s, e, n];
}
