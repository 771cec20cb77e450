// @ts-check
/**
 * Naming things the benchmark counts: what type a file is served as, what kind
 * of bytes a response is, and whose code a script is. Pure functions, so the
 * unit tests pin them.
 */

import { contentTypeFor } from '../data/scripts/content-types.mjs';

export { contentTypeFor };

/**
 * Text compresses; fonts, images and archives are compressed already.
 * @param {string} contentType
 */
export function isCompressible(contentType) {
	const t = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
	return t.startsWith('text/') || /^application\/(.+\+)?(json|javascript|xml|wasm|x-protobuf)$/.test(t) || t === 'image/svg+xml';
}

/** @typedef {'html' | 'js' | 'css' | 'font' | 'json' | 'image' | 'other'} Kind */

/** The kinds bytes are reported by, in the order tables show them. @type {Kind[]} */
export const KINDS = ['html', 'js', 'css', 'font', 'json', 'image', 'other'];

/**
 * What kind of bytes a response is: by its Content-Type when it says, else by the URL's extension.
 * 'json' covers the geodata.
 * @param {string} url
 * @param {string} [mimeType]
 * @returns {Kind}
 */
export function kindOf(url, mimeType = '') {
	const t = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
	const byType = kindOfType(t);
	if (byType) return byType;
	return kindOfType(contentTypeFor(url).split(';')[0] ?? '') ?? 'other';
}

/**
 * @param {string} t a bare MIME type
 * @returns {Kind | null}
 */
function kindOfType(t) {
	if (!t || t === 'application/octet-stream') return null;
	if (t === 'text/html') return 'html';
	if (/javascript|ecmascript/.test(t)) return 'js';
	if (t === 'text/css') return 'css';
	if (t.startsWith('font/') || /font-(woff2?|ttf|otf)|x-font/.test(t)) return 'font';
	if (/json/.test(t)) return 'json';
	if (t.startsWith('image/')) return 'image';
	return 'other';
}

/**
 * Sum sizes by kind.
 * @param {{ url: string, mimeType?: string, bytes: number }[]} responses
 * @returns {Record<Kind, number> & { total: number }}
 */
export function bytesByKind(responses) {
	const out = /** @type {Record<Kind, number> & { total: number }} */ ({ total: 0 });
	for (const k of KINDS) out[k] = 0;
	for (const r of responses) {
		out[kindOf(r.url, r.mimeType)] += r.bytes;
		out.total += r.bytes;
	}
	return out;
}

/** @typedef {'own' | 'maplibre' | 'other'} Owner */

/**
 * Whose code a script URL is.
 * `maplibreUrls` are the built files identified as MapLibre by their content;
 * `ownCodeFrom`, for a file holding MapLibre and the project's map code
 * bundled together, is the character offset where the project's code begins.
 * @param {string} url
 * @param {{ origin: string, maplibre: { path: string, ownCodeFrom?: number | null }[] }} known
 * @param {number} [charPosition] where in the file the entry point is, if known
 * @returns {Owner}
 */
export function ownerOf(url, known, charPosition) {
	if (!url) return 'other';
	let u;
	try {
		u = new URL(url);
	} catch {
		return 'other';
	}
	if (u.origin !== known.origin) return 'other';
	const lib = known.maplibre.find((m) => u.pathname === m.path);
	if (lib) {
		if (lib.ownCodeFrom != null && charPosition != null && charPosition >= 0 && charPosition >= lib.ownCodeFrom) return 'own';
		return 'maplibre';
	}
	return 'own';
}
