// @ts-check
/**
 * The Content-Type each kind of file in the built site is served with: one
 * table for every local server (preview, snapshots, tests, benchmark).
 */

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.pbf': 'application/x-protobuf'
};

/**
 * @param {string} path a file path or URL path
 * @returns {string} the Content-Type to serve it with
 */
export function contentTypeFor(path) {
	const m = /\.[a-z0-9]+$/i.exec(path.split(/[?#]/)[0] ?? '');
	return (m && TYPES[m[0].toLowerCase()]) || 'application/octet-stream';
}
