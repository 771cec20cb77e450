import { browser } from '$app/environment';
import { langOf, langOfPath } from '$lib/i18n/lang';
import { loadMessages } from '$lib/i18n/load';
import type { Area } from '$lib/i18n/ui';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * What a page needs in the browser besides the core words, by route: its
 * interface areas, and whether it writes step text and a map key itself
 * (presentation, embeds, a single step, the snapshot page), which takes the
 * map's words and the headlines' translations too. The story page loads the
 * map's words with the map's code (src/lib/map/keyFunctions.svelte.ts). The
 * server prerenders every page with all of them.
 */
function needsOf(route: string | null): { areas: Area[]; writesSteps: boolean } {
	const page = (route ?? '').replace(/^\/\[\[lang=lang\]\]/, '');
	if (page.startsWith('/present')) return { areas: ['ui', 'ui-present', 'ui-text'], writesSteps: true };
	if (page.startsWith('/embed')) return { areas: ['ui', 'ui-embed', 'ui-text'], writesSteps: true };
	if (page.startsWith('/about')) return { areas: ['ui', 'ui-text', 'ui-about'], writesSteps: false };
	if (page.startsWith('/step') || page.startsWith('/snapshot')) return { areas: ['ui', 'ui-text'], writesSteps: true };
	return { areas: ['ui'], writesSteps: false };
}

/**
 * The page's language comes from its address (`/ru/…`, `/uk/…`; English
 * without); its words load before it renders. An address no page answers
 * (`route.id` is null) takes the language of its first segment, and the
 * story's title in it for the way back.
 */
export const load: LayoutLoad = async ({ params, route, url }) => {
	const lang = route.id === null ? langOfPath(url.pathname) : langOf(params.lang);
	const needs = browser ? needsOf(route.id) : { areas: undefined, writesSteps: true };
	// English: only the core words, which a browser build does not carry with it ($lib/i18n/ui.ts).
	if (lang === 'en') {
		await loadMessages('en', ['ui']);
		return { lang };
	}
	await loadMessages(lang, needs.areas);
	if (needs.writesSteps)
		await Promise.all([(await import('$lib/map/words')).loadMapWords(lang), (await import('$lib/story/headlines')).loadHeadlines(lang)]);
	if (route.id === null) return { lang, title: (await (await import('$lib/story/readStory')).readingStory(lang)).title };
	return { lang };
};
