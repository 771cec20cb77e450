/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline for lectures in halls without working Wi-Fi: on the first visit the
 * whole site is cached (the app, every prerendered page, the fonts, the
 * geodata and MapLibre's worker), one cache per build.
 *
 * Hashed files under _app/immutable never change, so they come from the cache
 * first. Everything else (pages, fonts, geodata) comes from the network first,
 * so a new build is always what an online reader gets, and from the cache
 * only when the network fails or stalls. A new build installs a new cache and
 * deletes the old one when it activates.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'story-offline-';
const CACHE = `${PREFIX}${version}`;
const IMMUTABLE = new Set(build.filter((path) => path.includes('/_app/immutable/')));
/**
 * The language the lecturer presents in, from the registration's address
 * (`service-worker.js?lang=ru`, src/lib/modes/present/offline.ts): its pages and
 * step pictures are cached, not the other languages' (each language's pictures
 * are about 3 MB).
 */
const LANG = new URL(sw.location.href).searchParams.get('lang') ?? 'en';
const LANGS = ['en', 'ru', 'uk'];
function inLanguage(path: string): boolean {
	const rest = path.slice(base.length);
	const picture = /^\/snapshots\/(?:(ru|uk)\/)?[^/]+\.(?:jpg|webp|avif)$/.exec(rest);
	if (picture) return (picture[1] ?? 'en') === LANG;
	const page = /^\/(ru|uk)(?:\/|$)/.exec(rest);
	if (prerendered.includes(path)) return (page?.[1] ?? 'en') === LANG || !LANGS.includes(LANG);
	return true;
}
const PRECACHE = [...new Set([...build, ...files, ...prerendered])].filter(inLanguage);
/** How long a page or data request may hang before a cached copy answers instead. */
const STALL_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHE);
			// A new story replaces the old one at once rather than when every tab has closed.
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
		})()
	);
});

async function cacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(request, { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	const network = fetch(request);
	let timer = 0;
	const stalled = new Promise<'stalled'>((resolve) => (timer = setTimeout(() => resolve('stalled'), STALL_MS)));
	try {
		const first = await Promise.race([network, stalled]);
		if (first !== 'stalled') return first;
		// A hall network that connects but never answers: answer from the cache if we can, else keep waiting.
		return (await caches.match(request, { cacheName: CACHE, ignoreSearch: true })) ?? (await network);
	} catch (e) {
		const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
		if (cached) return cached;
		throw e;
	} finally {
		clearTimeout(timer);
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (IMMUTABLE.has(url.pathname)) event.respondWith(cacheFirst(request));
	else event.respondWith(networkFirst(request));
});
