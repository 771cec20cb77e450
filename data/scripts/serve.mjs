/**
 * Serve a built site: `node data/scripts/serve.mjs [--dir build] [--port 4173]`.
 * Unknown paths get the site's 404.html with status 404, as a static host would.
 */
import { resolve } from 'node:path';
import { serveStatic } from './static-server.mjs';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = resolve(arg('dir', 'build'));
const { url } = await serveStatic(dir, Number(arg('port', 4173)));
console.log(`Serving ${dir} at ${url}`);
