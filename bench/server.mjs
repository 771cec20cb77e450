// @ts-check
/**
 * A small static server for the built site, compressing text the way a static
 * host would (brotli, else gzip), so the bytes the benchmark counts are the
 * bytes a reader's phone would download. Each compressed file is made once and
 * kept in memory: the first request must not pay for compression.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { contentTypeFor, isCompressible } from './classify.mjs';

/** How the server compresses, recorded with the results so figures are read with it in mind. */
export const COMPRESSION = 'brotli q11 (else gzip 9) for text; fonts and images as they are';

/**
 * Which file a URL path names in a SvelteKit static build: prerendered pages
 * are `route.html` (trailingSlash 'never'), `/` is index.html.
 * @param {string} urlPath decoded path, starting with '/'
 * @returns {string[]} candidate files relative to the root, best first
 */
export function candidatesFor(urlPath) {
	const p = urlPath.replace(/\/+$/, '');
	if (p === '') return ['index.html'];
	const rel = p.slice(1);
	if (extname(rel)) return [rel];
	return [`${rel}.html`, `${rel}/index.html`];
}

/**
 * @param {string} acceptEncoding
 * @returns {'br' | 'gzip' | null}
 */
export function pickEncoding(acceptEncoding) {
	const offered = acceptEncoding
		.split(',')
		.map((s) => s.trim().split(';'))
		.filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
		.map(([name]) => (name ?? '').trim().toLowerCase());
	if (offered.includes('br')) return 'br';
	if (offered.includes('gzip')) return 'gzip';
	return null;
}

/** @typedef {{ path: string, status: number, bytes: number, type: string }} Sent */

/**
 * Serve `root` on 127.0.0.1 at a free port. `sent` lists every request in the
 * order it arrived, with the bytes that went down the socket for its response
 * (headers included): the page's own network log misses what workers and
 * service workers fetch, the server sees it all.
 * @param {string} root
 * @returns {Promise<{ url: string, sent: Sent[], close: () => Promise<void> }>}
 */
export async function serve(root) {
	const base = resolve(root);
	/** @type {Map<string, Buffer>} */
	const cache = new Map();
	/** @type {Sent[]} */
	const sent = [];

	/** @param {string} rel */
	async function find(rel) {
		const file = normalize(join(base, rel));
		if (file !== base && !file.startsWith(base + sep)) return null;
		try {
			const s = await stat(file);
			return s.isFile() ? { file, mtime: s.mtimeMs, size: s.size } : null;
		} catch {
			return null;
		}
	}

	const server = createServer(async (req, res) => {
		const before = req.socket.bytesWritten;
		/** @type {Sent} */
		const entry = { path: (req.url ?? '/').split('?')[0] ?? '/', status: 0, bytes: 0, type: '' };
		sent.push(entry);
		res.on('finish', () => {
			entry.status = res.statusCode;
			entry.bytes = req.socket.bytesWritten - before;
		});
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			let path;
			try {
				path = decodeURIComponent(url.pathname);
			} catch {
				res.writeHead(400).end();
				return;
			}
			let hit = null;
			for (const rel of candidatesFor(path)) if ((hit = await find(rel))) break;
			if (!hit) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
				return;
			}
			entry.type = contentTypeFor(hit.file);
			// Revalidation as a static host does it, so a second fetch of a font costs a 304, not the font.
			const etag = `W/"${hit.size.toString(36)}-${Math.round(hit.mtime).toString(36)}"`;
			if (req.headers['if-none-match'] === etag) {
				res.writeHead(304, { etag, vary: 'Accept-Encoding' }).end();
				return;
			}
			const type = contentTypeFor(hit.file);
			const encoding = isCompressible(type) ? pickEncoding(String(req.headers['accept-encoding'] ?? '')) : null;
			const key = `${hit.file}|${hit.mtime}|${encoding}`;
			let body = cache.get(key);
			if (!body) {
				const raw = await readFile(hit.file);
				body =
					encoding === 'br'
						? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
						: encoding === 'gzip'
							? gzipSync(raw, { level: 9 })
							: raw;
				cache.set(key, body);
			}
			/** @type {Record<string, string | number>} */
			const headers = {
				'content-type': type,
				'content-length': body.length,
				vary: 'Accept-Encoding',
				etag,
				// Hashed build files never change; everything else is revalidated, as a static host would.
				'cache-control': path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			};
			if (encoding) headers['content-encoding'] = encoding;
			res.writeHead(200, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (e) {
			res.writeHead(500).end(String(e));
		}
	});
	await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
	const addr = server.address();
	if (!addr || typeof addr === 'string') throw new Error('server has no port');
	return {
		url: `http://127.0.0.1:${addr.port}`,
		sent,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}
