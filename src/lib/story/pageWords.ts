/**
 * The step words the story page's cards already hold: each step's heading
 * (`#<id>-heading`) and its map in words (the card's "What the map shows").
 * The browser's reading copy of the story leaves them out (./forReading.ts)
 * and reads them from the page when asked, so the first screen carries them
 * once, in its HTML, instead of twice.
 */
import type { Story } from './types';

/** The text of an element of the page, or '' where there is none. */
const textOf = (el: Element | null | undefined): string => el?.textContent ?? '';

/** The reading copy with each step's heading and map words read from the page. */
export function withPageWords(story: Story, doc: Document = document): Story {
	for (const step of story.steps)
		Object.defineProperties(step, {
			heading: { enumerable: true, get: () => textOf(doc.getElementById(`${step.id}-heading`)) },
			alt: { enumerable: true, get: () => textOf(doc.getElementById(step.id)?.querySelector('.map-words p')) }
		});
	return story;
}
