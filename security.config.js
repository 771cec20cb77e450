/**
 * The Content-Security-Policy the story runs under, in one place: SvelteKit
 * writes it into every prerendered page (adding hashes for its own inline
 * scripts), and docs/HOSTING.md gives the headers a host should send.
 *
 * - style-src 'unsafe-inline': Svelte writes CSS custom properties into style
 *   attributes (legend swatches) and MapLibre positions its canvas with inline
 *   styles. Scripts stay strict: 'self' plus SvelteKit's hashes, no eval.
 * - worker-src 'self' blob:: MapLibre's worker is a same-origin file; blob: is
 *   allowed because MapLibre falls back to a blob worker in some browsers.
 * - img-src data: blob:: MapLibre uploads generated icons (the aircraft, the
 *   hatch pattern) through data and blob URLs.
 * - frame-src 'self': the embed-code page previews the embed in iframes.
 */

/** @type {import('@sveltejs/kit').CspDirectives} */
export const cspDirectives = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self', 'data:'],
	'connect-src': ['self', 'data:', 'blob:'],
	'worker-src': ['self', 'blob:'],
	'child-src': ['self', 'blob:'],
	'frame-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};
