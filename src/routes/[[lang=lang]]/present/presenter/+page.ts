import { contentLoad } from '$lib/i18n/content';

export const load = contentLoad;
