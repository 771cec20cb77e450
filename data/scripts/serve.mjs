/**
 * Serve a built site: `node data/scripts/serve.mjs [--dir build] [--port 4173]`.
 * The port is `--port`, else the PORT environment variable, else 4173.
 * Unknown paths get the site's 404.html with status 404, as a static host would.
 * A port that is already taken ends the script with a plain message and exit code 1.
 */
import { resolve } from 'node:path';
import { serveStatic } from './static-server.mjs';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = resolve(arg('dir', 'build'));
const port = Number(arg('port', process.env.PORT || 4173));
try {
	const { url } = await serveStatic(dir, port);
	console.log(`Serving ${dir} at ${url}`);
} catch (error) {
	const code = /** @type {NodeJS.ErrnoException} */ (error).code;
	if (code === 'EADDRINUSE' || code === 'EACCES') {
		const why = code === 'EADDRINUSE' ? 'is already in use (is another server still running?)' : 'cannot be opened by this user';
		console.error(
			`Port ${port} ${why}.\n` +
				`Stop the other server, or choose another port:\n` +
				`  PORT=${port + 1} npm start\n` +
				`  node data/scripts/serve.mjs --dir build --port ${port + 1}`
		);
		process.exit(1);
	}
	console.error(`Could not start the server: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}
