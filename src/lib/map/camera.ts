/**
 * Camera as data. A story camera names the region a step must show (its
 * bounds); the map fits that region into the part of itself a reader can see,
 * the canvas less whatever lies over it (the key, the date readout, a panel).
 * Tests and the stage use these same functions, so "the camera reached the
 * step's view" has one meaning everywhere.
 */
import type { Camera, LngLat } from '../story/types';

/** A resolved view of the map, as MapLibre takes it. */
export interface View {
	center: LngLat;
	/** 0–22, MapLibre's zoom levels. */
	zoom: number;
	bearing: number;
	pitch: number;
}

/** Pixels kept clear on each side of the map, as MapLibre's `padding`. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;
/**
 * Room left around the region inside the clear area, in px: place names run
 * beside their markers, so the sides keep more room than the top and bottom.
 */
const marginX = (width: number): number => Math.min(90, Math.max(24, width * 0.1));
const marginY = (height: number): number => Math.min(48, Math.max(16, height * 0.05));
const MAX_ZOOM = 9;

const mercX = (lon: number): number => (lon + 180) / 360;
const mercY = (lat: number): number => {
	const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
	return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const lonOf = (x: number): number => x * 360 - 180;
const latOf = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * The view that shows `camera.bounds` as large as it fits in a `width`×`height`
 * map whose edges are covered by `padding`, centred in the clear part.
 */
export function fitBounds(camera: Camera, width: number, height: number, padding: Padding = NO_PADDING, within?: [LngLat, LngLat]): View {
	const [[w, s], [e, n]] = camera.bounds;
	const x0 = mercX(w), x1 = mercX(e), y0 = mercY(n), y1 = mercY(s);
	const mx = marginX(width), my = marginY(height);
	const clearW = Math.max(40, width - padding.left - padding.right - 2 * mx);
	const clearH = Math.max(40, height - padding.top - padding.bottom - 2 * my);
	const fit = Math.min(clearW / ((x1 - x0) * TILE), clearH / ((y1 - y0) * TILE));
	const zoom = width > 0 && height > 0 ? Math.max(0, Math.min(MAX_ZOOM, Math.log2(fit))) : 3;
	const world = TILE * 2 ** zoom;
	// The region's centre sits at the centre of the clear area, so the map's centre is offset from it.
	let cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / world;
	let cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / world;
	if (within && width > 0 && height > 0) {
		// Where the region leaves room, slide the view so it does not run past the edge of the
		// geodata (a straight cut through the land): the region itself always stays in the clear area.
		const hw = width / 2 / world, hh = height / 2 / world;
		const [[bw, bs], [be, bn]] = within;
		const slide = (c: number, lo: number, hi: number, keepLo: number, keepHi: number): number => {
			let v = c;
			if (hi - lo >= 0) v = Math.min(Math.max(v, lo), hi);
			return Math.min(Math.max(v, keepLo), keepHi);
		};
		cx = slide(cx, mercX(bw) + hw, mercX(be) - hw, x1 - hw + (padding.right + mx) / world, x0 + hw - (padding.left + mx) / world);
		cy = slide(cy, mercY(bn) + hh, mercY(bs) - hh, y1 - hh + (padding.bottom + my) / world, y0 + hh - (padding.top + my) / world);
	}
	return { center: [lonOf(cx), latOf(cy)], zoom, bearing: camera.bearing, pitch: camera.pitch };
}

/** The region a view shows on a map of this size: [[west, south], [east, north]]. */
export function viewBounds(view: View, width: number, height: number): [LngLat, LngLat] {
	const world = TILE * 2 ** view.zoom;
	const cx = mercX(view.center[0]), cy = mercY(view.center[1]);
	const dx = width / 2 / world, dy = height / 2 / world;
	return [
		[lonOf(cx - dx), latOf(cy + dy)],
		[lonOf(cx + dx), latOf(cy - dy)]
	];
}

/** Where a point falls on a map of this size showing this view, in px from its top left. */
export function project(view: View, width: number, height: number, p: LngLat): { x: number; y: number } {
	const world = TILE * 2 ** view.zoom;
	return {
		x: width / 2 + (mercX(p[0]) - mercX(view.center[0])) * world,
		y: height / 2 + (mercY(p[1]) - mercY(view.center[1])) * world
	};
}

const r = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

/** A view rounded for display and comparison. */
export function roundCamera(c: View): View {
	return { center: [r(c.center[0], 4), r(c.center[1], 4)], zoom: r(c.zoom, 3), bearing: r(c.bearing, 2), pitch: r(c.pitch, 2) };
}

/** True when two views are the same, within small tolerances. */
export function sameView(a: View, b: View, tol = { deg: 0.01, zoom: 0.01, angle: 0.5 }): boolean {
	const dLon = Math.abs(((a.center[0] - b.center[0] + 540) % 360) - 180);
	return (
		dLon <= tol.deg &&
		Math.abs(a.center[1] - b.center[1]) <= tol.deg &&
		Math.abs(a.zoom - b.zoom) <= tol.zoom &&
		Math.abs(((a.bearing - b.bearing + 540) % 360) - 180) <= tol.angle &&
		Math.abs(a.pitch - b.pitch) <= tol.angle
	);
}

/** How long a flight takes: longer for bigger jumps, capped so the map keeps up with reading. */
export function flightMs(from: View, to: View): number {
	const dz = Math.abs(from.zoom - to.zoom);
	const dist = Math.hypot(from.center[0] - to.center[0], from.center[1] - to.center[1]);
	return Math.round(Math.min(2200, Math.max(700, 600 + dz * 180 + Math.min(dist, 60) * 18)));
}
