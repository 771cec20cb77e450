/**
 * A newsroom's page, on an origin of its own: a tiny static server for the
 * host pages in this folder, the real pym.js from the installed package, and
 * pages a test writes on the fly (snippets copied from /embed-code).
 * Port 0: each Playwright worker gets a free port, so parallel runs never clash.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

const FILES: Record<string, string> = {
	'/pym.html': join(here, 'pym.html'),
	'/amp.html': join(here, 'amp.html'),
	'/pym.v1.min.js': join(root, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js')
};

export interface HostServer {
	origin: string;
	/** Serve `html` at `path` until the server closes. */
	setPage(path: string, html: string): void;
	close(): Promise<void>;
}

export interface StaticOptions {
	/** Folder to serve; `/x` is answered by `x`, then `x.html`. */
	dir: string;
	/** Headers for every HTML response. */
	headers?: Record<string, string>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.txt': 'text/plain; charset=utf-8'
};
const typeOf = (path: string) => TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

function listen(server: Server): Promise<string> {
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
		});
	});
}

function closer(server: Server): () => Promise<void> {
	return () =>
		new Promise((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		});
}

export async function startHostServer(): Promise<HostServer> {
	const pages = new Map<string, string>();
	const server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://host').pathname;
		const page = pages.get(path);
		if (page !== undefined) {
			res.writeHead(200, { 'content-type': TYPES['.html'] as string });
			return res.end(page);
		}
		if (path === '/favicon.ico') {
			res.writeHead(204);
			return res.end();
		}
		const file = FILES[path];
		if (!file) {
			res.writeHead(404);
			return res.end();
		}
		res.writeHead(200, { 'content-type': typeOf(file), 'cache-control': 'no-store' });
		res.end(await readFile(file));
	});
	const origin = await listen(server);
	return { origin, setPage: (path, html) => pages.set(path, html), close: closer(server) };
}

/** A static copy of a built site (adapter-static output), as a plain web host would serve it. */
export async function startStaticServer(opts: StaticOptions): Promise<{ origin: string; close(): Promise<void> }> {
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
		if (path.includes('..')) {
			res.writeHead(400);
			return res.end();
		}
		const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`];
		for (const c of candidates) {
			try {
				const body = await readFile(join(opts.dir, c));
				const type = typeOf(c);
				res.writeHead(200, { 'content-type': type, ...(type.startsWith('text/html') ? opts.headers : {}) });
				return res.end(body);
			} catch {
				// try the next candidate
			}
		}
		res.writeHead(404);
		res.end();
	});
	const origin = await listen(server);
	return { origin, close: closer(server) };
}
