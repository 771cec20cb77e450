/**
 * Presentation mode makes the story work with the network gone, so it is the
 * one place that installs the service worker. Readers of the story never pay
 * for the offline copy (about 4 MB); a lecturer who opens /present once has it,
 * in the language they present in (the worker caches that language's pages and
 * pictures only).
 */
import { base } from '$app/paths';
import { dev } from '$app/environment';

export function keepOffline(lang: string = 'en'): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker.register(`${base}/service-worker.js?lang=${encodeURIComponent(lang)}`, { type: dev ? 'module' : 'classic' }).catch((e) => {
		console.warn('offline copy not available:', e);
	});
}
