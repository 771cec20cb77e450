/**
 * Camera as data. A story camera is written for a map about 900 px wide; a
 * narrower map (a phone) zooms out so the same region stays in view. Tests and
 * the stage use the same function, so "the camera reached the step's view" has
 * one meaning everywhere.
 */
import type { Camera } from '../story/types';

const REF_WIDTH = 900;
const REF_HEIGHT = 640;

/** The zoom change for a map of this size: 0 at the reference size, negative when smaller. */
export function zoomOffset(width: number, height: number): number {
	if (!(width > 0 && height > 0)) return 0;
	const scale = Math.min(width / REF_WIDTH, height / REF_HEIGHT);
	return Math.round(Math.max(-2, Math.min(0.5, Math.log2(scale))) * 100) / 100;
}

export function fitCamera(camera: Camera, width: number, height: number): Camera {
	return { ...camera, zoom: Math.max(0, camera.zoom + zoomOffset(width, height)) };
}

const r = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

/** A camera rounded for display and comparison. */
export function roundCamera(c: Camera): Camera {
	return { center: [r(c.center[0], 4), r(c.center[1], 4)], zoom: r(c.zoom, 3), bearing: r(c.bearing, 2), pitch: r(c.pitch, 2) };
}

/** True when two cameras show the same view, within small tolerances. */
export function sameView(a: Camera, b: Camera, tol = { deg: 0.01, zoom: 0.01, angle: 0.5 }): boolean {
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
export function flightMs(from: Camera, to: Camera): number {
	const dz = Math.abs(from.zoom - to.zoom);
	const dist = Math.hypot(from.center[0] - to.center[0], from.center[1] - to.center[1]);
	return Math.round(Math.min(2200, Math.max(700, 600 + dz * 180 + Math.min(dist, 60) * 18)));
}
