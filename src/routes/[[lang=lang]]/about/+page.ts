import { contentLoad } from '$lib/i18n/content';

export const prerender = true;
export const load = contentLoad;
