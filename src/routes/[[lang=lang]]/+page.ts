import { browser, dev } from '$app/environment';
import { about } from '$data/about';
import { readingStory } from '$lib/story/readStory';
import { langOf } from '$lib/i18n/lang';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const lang = langOf(params.lang);
	return {
		story: await readingStory(lang),
		// The About section is prerendered HTML the built page adopts as it stands: only the server (and development) needs its words.
		about: lang === 'en' || (browser && !dev) ? about : (await (await import('$lib/i18n/content')).contentIn(lang)).about
	};
};
