/**
 * When the map swaps in the 1:10m borders (static/geo/countries-detail.json):
 * only with the camera close, and only with the whole view inside the box the
 * detailed file was cut to, so no cut edge ever shows. Elsewhere the 1:50m
 * countries stay; the detailed file is fetched only by readers who reach a
 * close-up, so the first screen and a region-only read never pay for it.
 */
import type { LngLat } from '../story/types';

/** The detailed file's box (data/scripts/build-geo.mjs CLOSE_BOX, checked by a unit test). */
export const DETAIL_BOX: [LngLat, LngLat] = [
	[24, 37],
	[82, 58]
];

/** From this zoom on, 1:50m's vertices are far enough apart to see (about 4 px at zoom 5.5). */
export const DETAIL_ZOOM = 5.5;

/** Whether a view showing `bounds` at `zoom` gets the detailed borders. */
export function wantsDetail(zoom: number, [[w, s], [e, n]]: [LngLat, LngLat]): boolean {
	const [[bw, bs], [be, bn]] = DETAIL_BOX;
	return zoom >= DETAIL_ZOOM && w >= bw && e <= be && s >= bs && n <= bn;
}
