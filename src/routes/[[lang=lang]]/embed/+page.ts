import { contentLoad } from '$lib/i18n/content';

// An embed's content depends on its query string, which a prerendered page
// cannot read: the page is a shell and renders in the browser, where the
// parameters are. Its language is in its address (/ru/embed).
export const ssr = false;
export const load = contentLoad;
