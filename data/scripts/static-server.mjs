/**
 * A small static file server for a prerendered build: what the scripts under
 * data/scripts use to look at the built site without depending on a dev
 * server. Pages resolve as SvelteKit's adapter-static writes them
 * (/present -> present.html, / -> index.html).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.jpg': 'image/jpeg',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain'
};

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** Serve `root` on 127.0.0.1:`port` (0 for any free port); resolves to { url, close }. */
export function serveStatic(root, port = 0) {
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
		const candidates = [join(root, safe), join(root, `${safe.replace(/\/$/, '')}.html`), join(root, safe, 'index.html')];
		for (const file of candidates) {
			if (!file.startsWith(root) || !(await isFile(file))) continue;
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(await readFile(file));
			return;
		}
		const notFound = join(root, '404.html');
		if (await isFile(notFound)) {
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			res.end(await readFile(notFound));
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	});
	return new Promise((resolve) => {
		server.listen(port, process.env.SERVE_HOST ?? '127.0.0.1', () => {
			const { port: p } = server.address();
			resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(() => r())) });
		});
	});
}
