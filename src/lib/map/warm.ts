/**
 * Readying the live map while the story page sits idle, so the reader's first
 * scroll only has to start it.
 *
 * The story page's map waits for the reader (MapStage, not `eager`): a reader
 * who only reads the first screen never runs it. Once that first screen is
 * complete (the page's `load`, then an idle moment), this fetches at low
 * priority what the map will need: its code (as module preloads, which fetch
 * and compile but run nothing), MapLibre's worker, and the countries, which it
 * also decodes, a few at a time; in a later idle moment it makes the clock's
 * date formatter (../story/dates.ts `prepareDates`). Nothing here draws, and
 * nothing runs for long.
 *
 * Not on a connection that asks to save data or is as slow as 2G: there the
 * reader pays for the bytes, and only a scroll fetches them.
 *
 * The list of the map's code files is written by the build (`map-files.json`,
 * data/scripts/map-files.ts), since their names carry content hashes.
 */
import type { Geo } from './geodata';
import { prepareDates } from '../story/dates';
import type { Lang } from '../i18n/ui';
import { mark } from './marks';

export interface MapFiles {
	/** The map's JavaScript modules, each fetched as a module preload. */
	modules: string[];
	/** Other files the map fetches (MapLibre's worker), each fetched as a prefetch. */
	prefetch: string[];
}

let warming: { assets: string; countries: Promise<Geo> } | null = null;
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
export function warmWhenIdle(assets: string, lang: Lang): void {
	if (asked || typeof window === 'undefined') return;
	asked = true;
	if (savesData((navigator as Navigator & { connection?: SlowConnection }).connection)) return;
	const start = () =>
		whenIdle(() => {
			warm(assets);
			whenIdle(() => prepareDates(lang));
		});
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
			for (const href of files.modules) hint('modulepreload', new URL(href, `${assets}/`).href);
			for (const href of files.prefetch) hint('prefetch', new URL(href, `${assets}/`).href);
		})
		.catch(() => {
			// Only a head start: the map fetches what it needs when it starts.
		});
	const countries = import('./geodata').then((g) => g.loadCountries(assets, { priority: 'low' } as RequestInit));
	// A failure is the map's to handle (it fetches again), not an unhandled rejection here.
	countries.then(() => mark('warm'), () => {});
	warming = { assets, countries };
}

function hint(rel: 'modulepreload' | 'prefetch', href: string): void {
	if (document.head.querySelector(`link[rel="${rel}"][href="${CSS.escape(href)}"]`)) return;
	const link = document.createElement('link');
	link.rel = rel;
	link.href = href;
	document.head.append(link);
}

/** The countries fetched while the page sat idle, if it did (for the same assets); each page takes them once. */
export function takeWarmCountries(assets: string): Promise<Geo> | null {
	if (!warming || warming.assets !== assets) return null;
	const { countries } = warming;
	warming = null;
	return countries;
}
