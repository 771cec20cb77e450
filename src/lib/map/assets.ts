import { base } from '$app/paths';

/** Absolute URL of the static assets (geodata, fonts), without a trailing slash; works under any base path. */
export function assetBase(): string {
	return new URL(`${base}/`, window.location.href).href.replace(/\/$/, '');
}
