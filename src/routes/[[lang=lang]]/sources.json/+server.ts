/**
 * The entries of the source list in a language, and the notes of the story
 * page's About section, their HTML as JSON (/sources.json, /ru/sources.json,
 * /uk/sources.json; `{ "html": "<li …", "notes": "<section …" }`): the story
 * page fetches it after its first screen ($lib/story/sourceList.ts). Data, not
 * a page of its own: the About page holds the same entries and notes whole.
 */
import { contentIn } from '$lib/i18n/content';
import { langOf } from '$lib/i18n/lang';
import { loadMessages } from '$lib/i18n/load';
import { translator } from '$lib/i18n/ui';
import { loadHeadlines } from '$lib/story/headlines';
import { aboutSectionsHtml, sourceListHtml } from '$lib/story/pageHtml';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ params }) => {
	const lang = langOf(params.lang);
	const { story, about } = await contentIn(lang);
	if (lang !== 'en') await loadHeadlines(lang);
	const t = translator(lang, await loadMessages(lang));
	return new Response(JSON.stringify({ html: sourceListHtml(story.sources, { t, lang }), notes: aboutSectionsHtml(about, 3) }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
