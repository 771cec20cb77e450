/**
 * A story in another language's words (./translate.ts), keeping what follows
 * the English text: steps whose English gives distances in miles keep saying
 * so (`miles`), since the scale bar follows the English. Pure, with relative
 * imports only: the build's data plugin uses it too.
 */
import { translateStory, type Words } from './translate.ts';
import { usesMiles } from '../map/closeup.ts';
import type { Story } from './types';

export function storyInWords<S extends Story>(en: S, words: Words, lang: string): S {
	const out = translateStory(en, words, lang);
	return { ...out, steps: out.steps.map((s, i) => ({ ...s, miles: en.steps[i]!.miles ?? usesMiles(en.steps[i]!) })) };
}
