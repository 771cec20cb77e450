import { error } from '@sveltejs/kit';
import { story } from '$data/story';
import type { EntryGenerator, PageLoad } from './$types';

/** One page per step, so every step has its own link preview. */
export const entries: EntryGenerator = () => story.steps.map((s) => ({ id: s.id }));

export const load: PageLoad = ({ params }) => {
	const index = story.steps.findIndex((s) => s.id === params.id);
	if (index < 0) error(404, 'No such step');
	return { index };
};
