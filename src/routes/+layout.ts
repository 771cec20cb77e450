import { browser } from '$app/environment';
import { langOf } from '$lib/i18n/lang';
import { loadMessages } from '$lib/i18n/load';
import type { Area } from '$lib/i18n/ui';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * The interface words a page shows in the browser, by route; the server
 * prerenders with all of them (the HTML builders' words included).
 */
function areasFor(route: string | null): Area[] {
	const page = (route ?? '').replace(/^\/\[\[lang=lang\]\]/, '');
	if (page.startsWith('/present')) return ['ui', 'ui-present', 'ui-text'];
	if (page.startsWith('/embed')) return ['ui', 'ui-embed', 'ui-text'];
	if (page.startsWith('/about')) return ['ui', 'ui-text', 'ui-about'];
	if (page.startsWith('/step') || page.startsWith('/snapshot')) return ['ui', 'ui-text'];
	return ['ui'];
}

/** The page's language comes from its address (`/ru/…`, `/uk/…`; English without); its words load before it renders. */
export const load: LayoutLoad = async ({ params, route }) => {
	const lang = langOf(params.lang);
	if (lang !== 'en') {
		await loadMessages(lang, browser ? areasFor(route.id) : undefined);
		// The server draws the map's key and each card's key into the page, and presentation and embeds
		// draw a key at once: they need the map's words now. The story page loads them with the map's
		// code (src/lib/map/keyFunctions.svelte.ts).
		// Pages that write step text in the browser (presentation, embeds, a single step) need the headlines'
		// translations for their citations too.
		const writesText = !browser || /\/(present|embed|snapshot|step)/.test(route.id ?? '');
		if (writesText)
			await Promise.all([(await import('$lib/map/words')).loadMapWords(lang), (await import('$lib/story/headlines')).loadHeadlines(lang)]);
	}
	return { lang };
};
