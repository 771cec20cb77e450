/**
 * The story as the reading page's scripts see it. This module is the whole
 * story; the build replaces it in the browser's bundle with the shorter copies
 * that ./forReading.ts describes, each language a file of its own that only
 * its pages load (data/scripts/client-data.ts).
 */
import type { Lang } from '$lib/i18n/ui';
import type { Story } from './types';
import { story } from '$data/story';

/** The English title, for pages that have no story of their own to name (the error page). */
export const englishTitle: string = story.title;

/** The story in a language, for the reading page. */
export async function readingStory(lang: Lang): Promise<Story> {
	if (lang === 'en') return story;
	const { contentIn } = await import('$lib/i18n/content');
	return (await contentIn(lang)).story;
}
