/**
 * The entries of the source list in a language, their HTML as JSON
 * (/sources.json, /ru/sources.json, /uk/sources.json; `{ "html": "<li …" }`):
 * the story page fetches it after its first screen ($lib/story/sourceList.ts).
 * Data, not a page of its own: the About page holds the same entries whole.
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
	return new Response(JSON.stringify({ html: sourceListHtml(story.sources, { t, lang }) }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
