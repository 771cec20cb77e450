import { error } from '@sveltejs/kit';
import { story } from '$data/story';
import { contentLoad } from '$lib/i18n/content';
import { LANGS } from '$lib/i18n/ui';
import type { EntryGenerator, PageLoad } from './$types';

/** One page per step and language, so every step has its own link preview in each. */
export const entries: EntryGenerator = () => LANGS.flatMap((l) => story.steps.map((s) => ({ lang: l === 'en' ? undefined : l, id: s.id })));

export const load: PageLoad = async (event) => {
	const index = story.steps.findIndex((s) => s.id === event.params.id);
	if (index < 0) error(404, 'No such step');
	return { index, ...(await contentLoad(event)) };
};
