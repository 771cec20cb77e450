/**
 * The entries of the source list in a language, as an HTML fragment
 * (/sources.html, /ru/sources.html, /uk/sources.html): the story page fetches
 * it after its first screen ($lib/story/sourceList.ts). The About page holds
 * the same entries whole.
 */
import { contentIn } from '$lib/i18n/content';
import { langOf } from '$lib/i18n/lang';
import { loadMessages } from '$lib/i18n/load';
import { translator } from '$lib/i18n/ui';
import { loadHeadlines } from '$lib/story/headlines';
import { sourceListHtml } from '$lib/story/pageHtml';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ params }) => {
	const lang = langOf(params.lang);
	const { story } = await contentIn(lang);
	if (lang !== 'en') await loadHeadlines(lang);
	const t = translator(lang, await loadMessages(lang));
	return new Response(sourceListHtml(story.sources, { t, lang }), { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
