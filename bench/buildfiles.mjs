// @ts-check
/**
 * What the build holds, found by looking, not by hard-coded names (hashes change
 * on every build): which routes were prerendered, which files are MapLibre (its
 * chunk, worker and CSS, by their content), and which are geodata.
 *
 * The bundler puts the project's map code (controller, layers) into the same
 * chunk as MapLibre, after it. So that long tasks from that code are not
 * mistaken for MapLibre's, `ownCodeFrom` marks where the project's code begins
 * in the chunk: the first place a string literal from the project's sources
 * appears that MapLibre's own code does not contain.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';

/** The routes the benchmark visits, and the file each is prerendered to. */
export const ROUTES = /** @type {const} */ ({ '/': 'index.html', '/present': 'present.html', '/embed': 'embed.html' });

/**
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function walk(dir) {
	const out = [];
	for (const e of await readdir(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) out.push(...(await walk(p)));
		else out.push(p);
	}
	return out;
}

/** Text that only MapLibre's files carry: its CSS class prefix and its licence banner. */
const MAPLIBRE_MARK = /maplibregl-|maplibre-gl-js/;

/**
 * String literals of 10 characters or more, without template holes.
 * @param {string} source
 * @returns {string[]}
 */
export function literals(source) {
	const out = new Set();
	for (const m of source.matchAll(/(["'`])((?:(?!\1)[^\\\n$])+)\1/g)) {
		const s = m[2] ?? '';
		if (s.trim().length >= 10) out.add(s);
	}
	return [...out];
}

/**
 * Where the project's code begins in a chunk that bundles a library first and
 * the project's code after it, or null when the two cannot be told apart cleanly.
 * @param {string} chunk the built file
 * @param {string[]} ownLiterals literals from the project's sources that the library lacks
 * @param {string[]} libLiterals literals from the library that the project's sources lack
 * @returns {number | null}
 */
export function splitPoint(chunk, ownLiterals, libLiterals) {
	let ownFrom = Infinity;
	for (const s of ownLiterals) {
		const i = chunk.indexOf(s);
		if (i >= 0 && i < ownFrom) ownFrom = i;
	}
	if (!Number.isFinite(ownFrom)) return null;
	let libEnd = -1;
	for (const s of libLiterals) libEnd = Math.max(libEnd, chunk.lastIndexOf(s));
	return libEnd < ownFrom ? ownFrom : null;
}

/**
 * @typedef {{ path: string, role: 'js' | 'worker' | 'css', bytes: number, ownCodeFrom: number | null }} MapFile
 */

/**
 * @param {string} buildDir
 * @param {string} projectRoot
 */
export async function inspectBuild(buildDir, projectRoot) {
	/** @type {Record<string, string | null>} */
	const routes = {};
	for (const [route, file] of Object.entries(ROUTES)) routes[route] = existsSync(join(buildDir, file)) ? file : null;

	const files = await walk(buildDir);
	const urlOf = (/** @type {string} */ f) => '/' + relative(buildDir, f).split(sep).join('/');
	const lib = await libraryText(projectRoot);
	const own = lib ? (await projectLiterals(projectRoot)).filter((s) => !lib.text.includes(s)) : [];
	const libTail = lib ? literals(lib.text.slice(Math.floor(lib.text.length * 0.9))).filter((s) => !own.includes(s)).slice(-300) : [];

	/** @type {MapFile[]} */
	const maplibre = [];
	for (const f of files) {
		if (!/\.(m?js|css)$/.test(f) || !urlOf(f).startsWith('/_app/')) continue;
		const text = await readFile(f, 'utf8');
		if (!MAPLIBRE_MARK.test(text)) continue;
		const role = f.endsWith('.css') ? 'css' : /worker/i.test(f) || /\bself\.onmessage|WorkerGlobalScope/.test(text.slice(0, 4000)) ? 'worker' : 'js';
		const ownCodeFrom = role === 'js' && lib ? splitPoint(text, own, libTail) : null;
		maplibre.push({ path: urlOf(f), role, bytes: Buffer.byteLength(text), ownCodeFrom });
	}
	const geodata = files.filter((f) => /^\/geo\/.+\.(geo)?json$/.test(urlOf(f)) && !/manifest\.json$/.test(f)).map(urlOf);
	// The list of the map's files that the story page fetches while it sits idle (src/lib/map/warm.ts).
	const mapList = files.map(urlOf).filter((u) => u === '/map-files.json');
	return { routes, maplibre, geodata, mapList };
}

/**
 * URL paths whose request means the map has started loading, or started readying
 * while the page sits idle: MapLibre's chunk and worker, the geodata, the list of
 * the map's files. The first screen is what comes before the first of them.
 * @param {{ maplibre: MapFile[], geodata: string[], mapList?: string[] }} site what `inspectBuild` found
 */
export function mapPathsOf(site) {
	return new Set([...site.maplibre.filter((m) => m.role !== 'css').map((m) => m.path), ...site.geodata, ...(site.mapList ?? [])]);
}

/**
 * What the long-task attribution needs to tell the project's scripts from MapLibre's
 * (`ownerOf`'s `known`), for a build served at `origin`.
 * @param {{ maplibre: MapFile[] }} site what `inspectBuild` found
 * @param {string} origin
 */
export function knownScripts(site, origin) {
	return { origin, maplibre: site.maplibre.filter((m) => m.role !== 'css').map((m) => ({ path: m.path, ownCodeFrom: m.ownCodeFrom })) };
}

/** @param {string} root */
async function libraryText(root) {
	const p = join(root, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.mjs');
	try {
		return { text: await readFile(p, 'utf8') };
	} catch {
		return null;
	}
}

/** @param {string} root */
async function projectLiterals(root) {
	const out = new Set();
	for (const dir of ['src', 'data']) {
		const d = join(root, dir);
		if (!existsSync(d)) continue;
		for (const f of await walk(d)) {
			if (!/\.(ts|js|svelte)$/.test(f) || (await stat(f)).size > 2_000_000) continue;
			for (const s of literals(await readFile(f, 'utf8'))) out.add(s);
		}
	}
	return [...out];
}
