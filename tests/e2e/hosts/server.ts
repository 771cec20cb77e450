/**
 * A newsroom's page, on an origin of its own: a tiny static server for the
 * host pages in this folder, the real pym.js from the installed package, and
 * pages a test writes on the fly (snippets copied from /embed-code). The built
 * site itself is served by data/scripts/static-server.mjs.
 * Port 0: each Playwright worker gets a free port, so parallel runs never clash.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { contentTypeFor } from '../../../data/scripts/content-types.mjs';

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

export async function startHostServer(): Promise<HostServer> {
	const pages = new Map<string, string>();
	const server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://host').pathname;
		const page = pages.get(path);
		if (page !== undefined) {
			res.writeHead(200, { 'content-type': contentTypeFor('.html') });
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
		res.writeHead(200, { 'content-type': contentTypeFor(file), 'cache-control': 'no-store' });
		res.end(await readFile(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	return {
		origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
		setPage: (path, html) => pages.set(path, html),
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
