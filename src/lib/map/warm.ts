/**
 * Readying the live map while the story page sits idle, so the reader's first
 * scroll only has to start it.
 *
 * The story page's map waits for the reader (MapStage, not `eager`): a reader
 * who only reads the first screen never runs it. Once that first screen is
 * complete (the page's `load`, then an idle moment), this fetches at low
 * priority the files the map will need: its code, MapLibre's worker and the
 * countries' TopoJSON. On a phone's network those are most of the wait between
 * the scroll and the map. It runs, compiles and draws nothing:
 * - the code is a prefetch into the cache, not a module preload, which would
 *   also compile it, on the page's main thread: some 100 ms of blocking on a
 *   phone four times slower (Lighthouse's total blocking time on the story
 *   page went from about 150 to about 300 ms, its score from 97 to 91);
 * - the countries are kept as bytes: parsing them (with the garbage collection
 *   that follows) was a task of 15 to 35 ms here, a long one on such a phone,
 *   and decoding them takes a few slices of 25 ms; both wait for the scroll.
 *
 * Not on a connection that asks to save data or is as slow as 2G: there the
 * reader pays for the bytes, and only a scroll fetches them.
 *
 * The list of the map's code files is written by the build (`map-files.json`,
 * data/scripts/map-files.ts), since their names carry content hashes.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { mark } from './marks';

export interface MapFiles {
	/** The map's JavaScript modules. */
	modules: string[];
	/** Other files the map fetches (MapLibre's worker). */
	prefetch: string[];
}

export type CountriesTopology = Topology<{ countries: GeometryCollection }>;

/** The map's countries: the 1:50m file (the 1:10m one for close-ups is geo/countries-detail.json, see ./detail.ts). */
export const countriesUrl = (assets: string): string => `${assets}/geo/countries.json`;

let warming: { assets: string; bytes: Promise<ArrayBuffer> } | null = null;
let asked = false;

interface SlowConnection {
	saveData?: boolean;
	effectiveType?: string;
}

/** True where the reader's connection says to fetch nothing that was not asked for. */
export function savesData(connection: SlowConnection | undefined): boolean {
	return !!connection && (connection.saveData === true || /(^|-)2g$/.test(connection.effectiveType ?? ''));
}

/** Once the page is complete and idle, fetches the map's code, worker and countries (once a page). */
export function warmWhenIdle(assets: string): void {
	if (asked || typeof window === 'undefined') return;
	asked = true;
	if (savesData((navigator as Navigator & { connection?: SlowConnection }).connection)) return;
	const start = () => whenIdle(() => warm(assets));
	if (document.readyState === 'complete') start();
	else window.addEventListener('load', start, { once: true });
}

function whenIdle(run: () => void): void {
	if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
	else setTimeout(run, 200);
}

function warm(assets: string): void {
	void fetch(`${assets}/map-files.json`, { priority: 'low' } as RequestInit)
		.then((res) => (res.ok ? (res.json() as Promise<MapFiles>) : null))
		.then((files) => {
			if (!files) return;
			for (const href of [...files.modules, ...files.prefetch]) prefetch(new URL(href, `${assets}/`).href);
		})
		.catch(() => {
			// Only a head start: the map fetches what it needs when it starts.
		});
	// Kept as bytes: parsing them here would be a long task on a slow phone while the reader reads.
	const bytes = fetch(countriesUrl(assets), { priority: 'low' } as RequestInit).then((res) => {
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		return res.arrayBuffer();
	});
	// A failure is the map's to handle (it fetches again), not an unhandled rejection here.
	bytes.then(() => mark('warm'), () => {});
	warming = { assets, bytes };
}

function prefetch(href: string): void {
	if (document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
	const link = document.createElement('link');
	link.rel = 'prefetch';
	link.href = href;
	document.head.append(link);
}

/** The countries' TopoJSON fetched while the page sat idle, if it was (for the same assets), parsed now; each page takes it once. */
export function takeWarmTopology(assets: string): Promise<CountriesTopology> | null {
	if (!warming || warming.assets !== assets) return null;
	const { bytes } = warming;
	warming = null;
	return bytes.then((b) => JSON.parse(new TextDecoder().decode(b)) as CountriesTopology);
}
