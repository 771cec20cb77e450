/**
 * The server draws every step chart into the pages it prerenders, so they are
 * in the static HTML (without JavaScript, on paper); the browser loads the
 * chart code only when it draws one itself (see $lib/charts/index.ts).
 *
 * Each page is written in the language its address names (`/ru/…`, `/uk/…`):
 * `<html lang>` says so, and the font file preloaded is the one its text is
 * mostly set in, asked for before the stylesheet names it: the Latin core, or
 * the Cyrillic file on Russian and Ukrainian pages (each file draws every
 * weight).
 *
 * What src/app.html does, noted here since its comments would go to every
 * reader's browser: its links load whole pages (`data-sveltekit-reload`; see
 * src/lib/story/forReading.ts); static/favicon.svg is inlined as the icon,
 * since Chromium asks for a linked icon again at every #step the story writes.
 */
import type { Handle } from '@sveltejs/kit';
import { provideCharts } from '$lib/charts';
import { chartSvg } from '$lib/charts/svg';
import { HTML_LANG, langOf } from '$lib/i18n/lang';

provideCharts(chartSvg);

export const handle: Handle = ({ event, resolve }) => {
	const lang = langOf(event.params.lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%page.lang%', HTML_LANG[lang]).replace('%page.font%', lang === 'en' ? 'core' : 'cyrillic')
	});
};
