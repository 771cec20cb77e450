/**
 * Which steps get a locator inset and a scale in miles: small, so the page
 * can decide before the map's code has loaded.
 */
import type { Camera, Step } from '../story/types';

/**
 * A close-up: a step whose camera region is under this many degrees of
 * longitude across and of latitude high. The region views (Minsk to Almaty,
 * 29° and more across) get no locator; every view of one country or closer does.
 */
export const CLOSE_UP = { lon: 20, lat: 15 };

export function isCloseUp(camera: Camera): boolean {
	const [[w, s], [e, n]] = camera.bounds;
	return e - w < CLOSE_UP.lon && n - s < CLOSE_UP.lat;
}

/** A distance in miles, in a step's text or figures. */
export const MILES = /\bmiles?\b/i;

/** Whether a step's text gives distances in miles (then the scale bar shows miles too). */
export function usesMiles(step: Step): boolean {
	if (step.miles !== undefined) return step.miles;
	return [...step.body, ...(step.figures ?? []).map((f) => JSON.stringify(f))].some((t) => MILES.test(t));
}

