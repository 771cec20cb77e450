// @ts-check
/**
 * A yardstick for this machine: the smallest page that draws a MapLibre map.
 * The same MapLibre version as the story (copied from node_modules), one
 * background layer, no data, no labels, no fonts, no project code. It is
 * measured the way the story's pages are, so the summary can say which part of
 * a figure any live map costs here and which part is the project's own:
 * - Lighthouse (mobile) with the map started on load, as /present and /embed
 *   start theirs, and with the map waiting for a scroll, as the story page does;
 * - first scroll → map `load`, at full speed and at 4x CPU, as firstScrollToMap
 *   times the story's map;
 * - the same with the story's basemap (`?basemap=1`): its 1:50m countries,
 *   land borders and coasts as GeoJSON sources under two fills and two lines,
 *   as src/lib/map/style.ts draws them, readied before the scroll as the story
 *   page readies its map (MapLibre's files preloaded, the geodata in memory).
 *   That is what MapLibre itself needs here to draw the story's first frame;
 * - Lighthouse on that basemap page with its map started on load: whether any
 *   page that draws the story's basemap on load, as /present and /embed do,
 *   can reach their Lighthouse budget on this machine's software WebGL.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { lighthouseMedians } from './lighthouse.mjs';
import { phonePage, settled } from './reader.mjs';
import { medianCountingFailures, round } from './stats.mjs';

/** MapLibre's files the page loads, as the package ships them. */
const FILES = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];

/**
 * The page: a heading, a paragraph and a map the size of the story's map on a
 * phone. `?start=scroll` makes the map wait for the first scroll; otherwise it
 * starts on load. `data-map` on <html> becomes `ready` at the map's `load`.
 */
export function referenceHtml() {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A bare MapLibre map</title><link rel="stylesheet" href="/maplibre-gl.css">
<style>body{margin:0;font:18px/1.5 system-ui,sans-serif;min-height:300vh}h1,p{margin:1rem}#map{width:100vw;height:55vh}</style></head>
<body><h1>A bare MapLibre map</h1><p>One background layer, no data, no labels: what any live map costs this machine.</p><div id="map"></div>
<script type="module">
const q = new URLSearchParams(location.search);
let data = null;
if (q.get('basemap') === '1') {
	// As the story page readies its map while it sits idle: MapLibre's files fetched, the geodata in memory.
	for (const [rel, href] of [['modulepreload', '/maplibre-gl.mjs'], ['prefetch', '/maplibre-gl-worker.mjs']]) {
		const l = document.createElement('link');
		l.rel = rel;
		l.href = href;
		document.head.append(l);
	}
	data = Promise.all(['countries', 'borders', 'coast'].map((n) => fetch('/' + n + '.json').then((r) => r.json())));
}
const sea = { id: 'sea', type: 'background', paint: { 'background-color': '#d9e4ea' } };
function style(d) {
	if (!d) return { version: 8, sources: {}, layers: [sea] };
	const width = (a, b) => ['interpolate', ['linear'], ['zoom'], 2, a, 7, b];
	return {
		version: 8,
		sources: { countries: { type: 'geojson', data: d[0] }, 'land-borders': { type: 'geojson', data: d[1] }, coastline: { type: 'geojson', data: d[2] } },
		layers: [
			sea,
			{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
			{ id: 'russia-fill', type: 'fill', source: 'countries', filter: ['==', ['get', 'iso3'], 'RUS'], paint: { 'fill-color': '#e8c9c0' } },
			{ id: 'country-borders', type: 'line', source: 'land-borders', layout: { 'line-join': 'round' }, paint: { 'line-color': '#9a948a', 'line-width': width(0.6, 1.4) } },
			{ id: 'coastline', type: 'line', source: 'coastline', layout: { 'line-join': 'round' }, paint: { 'line-color': '#8fa3b0', 'line-width': width(0.5, 1.1) } }
		]
	};
}
async function start() {
	performance.mark('ref:start');
	const [m, d] = await Promise.all([import('/maplibre-gl.mjs'), data]);
	performance.mark('ref:code');
	m.setWorkerUrl(new URL('/maplibre-gl-worker.mjs', location.href).href);
	const map = new m.Map({
		container: 'map',
		style: style(d),
		center: [60, 48], zoom: 3, interactive: false, attributionControl: false,
		pixelRatio: Math.min(devicePixelRatio || 1, 2)
	});
	performance.mark('ref:made');
	map.once('load', () => { performance.mark('ref:loaded'); document.documentElement.dataset.map = 'ready'; });
}
if (q.get('start') === 'scroll') addEventListener('scroll', start, { once: true, passive: true });
else start();
</script></body></html>
`;
}

/**
 * Writes the reference page and MapLibre's files into a new folder.
 * @param {string} root the project's root (for node_modules)
 * @returns {Promise<{ dir: string, version: string }>}
 */
export async function writeReferenceSite(root) {
	const dist = join(root, 'node_modules', 'maplibre-gl', 'dist');
	const dir = await mkdtemp(join(tmpdir(), 'bench-reference-'));
	for (const f of FILES) await copyFile(join(dist, f), join(dir, f));
	await writeFile(join(dir, 'index.html'), referenceHtml());
	// The story's basemap as plain GeoJSON, decoded here as the story's page decodes it (src/lib/map/geodata.ts).
	const topo = JSON.parse(await readFile(join(root, 'static', 'geo', 'countries.json'), 'utf8'));
	const { feature, mesh } = await import('topojson-client');
	const fc = (/** @type {any} */ geometry) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });
	const files = {
		countries: feature(topo, topo.objects.countries),
		borders: fc(mesh(topo, topo.objects.countries, (a, b) => a !== b)),
		coast: fc(mesh(topo, topo.objects.countries, (a, b) => a === b))
	};
	for (const [name, json] of Object.entries(files)) await writeFile(join(dir, `${name}.json`), JSON.stringify(json)); // .json: served compressed, as the story's geodata is
	const { version } = JSON.parse(await readFile(join(root, 'node_modules', 'maplibre-gl', 'package.json'), 'utf8'));
	return { dir, version };
}

/**
 * Scroll → map `load` on the reference page, `runs` times with a cold cache at
 * full speed and at 4x CPU, with the time to each mark (start = the scroll
 * listener runs, code, made, loaded).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url the reference page with `?start=scroll`
 * @param {number} runs
 * @param {(msg: string) => void} log
 * @param {string} what the page's name in the log
 */
async function scrollToLoad(browser, url, runs, log, what) {
	/** @type {Record<string, { medianMs: number | null, runs: (number | null)[], phases: Record<string, number | null> }>} */
	const out = {};
	for (const rate of [1, 4]) {
		/** @type {(number | null)[]} */
		const times = [];
		/** @type {Record<string, number>[]} */
		const phaseRuns = [];
		for (let i = 0; i < runs; i++) {
			const { context, page } = await phonePage(browser, rate);
			try {
				await settled(page, url);
				// Timed from the scroll call, as firstScrollToMap times the story.
				const t0 = await page.evaluate(() => {
					const t = performance.now();
					window.scrollBy(0, Math.round(window.innerHeight * 0.6));
					return t;
				});
				await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout: 60_000 });
				const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ref:')).map((m) => [m.name.slice(4), m.startTime])));
				times.push(round((marks.loaded ?? NaN) - t0));
				phaseRuns.push(Object.fromEntries(['start', 'code', 'made', 'loaded'].map((k) => [k, Math.round((marks[k] ?? NaN) - t0)])));
			} catch (e) {
				times.push(null);
				log(`  reference run failed: ${/** @type {Error} */ (e).message}`);
			} finally {
				await context.close();
			}
		}
		const key = rate === 1 ? 'fullSpeed' : `cpu${rate}x`;
		/** @type {Record<string, number | null>} */
		const phases = {};
		for (const k of ['start', 'code', 'made', 'loaded']) phases[k] = round(medianCountingFailures(phaseRuns.map((p) => (Number.isFinite(p[k]) ? p[k] : null))));
		out[key] = { medianMs: round(medianCountingFailures(times)), runs: times, phases };
		log(`  ${what}, scroll → load, ${key}: ${times.map((t) => (t == null ? 'failed' : `${t} ms`)).join(', ')}`);
	}
	return out;
}

/**
 * The reference page's figures on this machine.
 * @param {object} o
 * @param {import('@playwright/test').Browser} o.browser
 * @param {string} o.chromePath
 * @param {string} o.root
 * @param {number} o.runs
 * @param {(msg: string) => void} o.log
 */
export async function referenceFigures({ browser, chromePath, root, runs, log }) {
	const { dir, version } = await writeReferenceSite(root);
	const server = await serve(dir);
	// MapLibre's files are the library's; the page has no code of the project's.
	const known = { origin: server.url, maplibre: FILES.filter((f) => f.endsWith('.mjs')).map((f) => ({ path: `/${f}` })) };
	try {
		log('  map on load:');
		const onLoad = await lighthouseMedians(`${server.url}/`, { runs, chromePath, known, log });
		log('  map waits for a scroll:');
		const waits = await lighthouseMedians(`${server.url}/?start=scroll`, { runs, chromePath, known, log });
		log('  the story’s basemap, map on load:');
		const basemapOnLoad = await lighthouseMedians(`${server.url}/?basemap=1`, { runs, chromePath, known, log });
		const firstScroll = await scrollToLoad(browser, `${server.url}/?start=scroll`, runs, log, 'bare map');
		const withBasemap = await scrollToLoad(browser, `${server.url}/?start=scroll&basemap=1`, runs, log, 'bare map with the story’s basemap');
		return { maplibre: version, lighthouse: { mapOnLoad: onLoad, mapWaits: waits, basemapOnLoad }, firstScrollToMap: firstScroll, firstScrollToMapWithBasemap: withBasemap };
	} finally {
		await server.close();
		await rm(dir, { recursive: true, force: true });
	}
}
