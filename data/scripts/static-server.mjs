/**
 * A small static file server for a prerendered build: what the scripts under
 * data/scripts use to look at the built site without depending on a dev
 * server. Pages resolve as SvelteKit's adapter-static writes them
 * (/present -> present.html, / -> index.html).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { contentTypeFor } from './content-types.mjs';

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * How long a browser may keep a file, as a static host serves a SvelteKit build: the files under
 * /_app/immutable/ carry a hash of their content in their names, so for good; every other file
 * (pages, geodata, pictures) only after asking again. A file the story page prefetched while it
 * sat idle (src/lib/map/warm.ts) is then taken from the cache when the map starts.
 * @param {string} path the URL's path
 */
export function cacheControl(path) {
	return path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serve `root` on 127.0.0.1:`port` (0 for any free port); resolves to { url, close }.
 * `headers` go on every HTML response (a test serves the site under a policy header).
 * @param {string} root
 * @param {number} [port]
 * @param {{ headers?: Record<string, string> }} [opts]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(root, port = 0, { headers = {} } = {}) {
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
		const candidates = [join(root, safe), join(root, `${safe.replace(/\/$/, '')}.html`), join(root, safe, 'index.html')];
		for (const file of candidates) {
			if (!file.startsWith(root) || !(await isFile(file))) continue;
			const type = contentTypeFor(file);
			res.writeHead(200, { 'content-type': type, 'cache-control': cacheControl(path), ...(type.startsWith('text/html') ? headers : {}) });
			res.end(await readFile(file));
			return;
		}
		const notFound = join(root, '404.html');
		if (await isFile(notFound)) {
			res.writeHead(404, { 'content-type': contentTypeFor(notFound), ...headers });
			res.end(await readFile(notFound));
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	});
	// Keep idle connections open longer than a client keeps them: with Node's 5 s default, a test's
	// request that reuses a connection the server has just closed fails with ECONNRESET.
	server.keepAliveTimeout = 65_000;
	return new Promise((resolve, reject) => {
		// A port already taken (EADDRINUSE) rejects instead of throwing from the event loop.
		server.once('error', reject);
		server.listen(port, process.env.SERVE_HOST ?? '127.0.0.1', () => {
			server.off('error', reject);
			const address = server.address();
			resolve({
				url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
				close: () =>
					/** @type {Promise<void>} */ (new Promise((r) => {
						server.closeAllConnections();
						server.close(() => r());
					}))
			});
		});
	});
}
