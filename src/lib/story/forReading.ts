/**
 * What the story page's browser code needs of the story.
 *
 * The reading page is prerendered whole: cards, figures, charts, the About
 * section and the source list are HTML that the browser adopts as it stands
 * (see ./prerendered.ts). Its scripts only follow the reader: which step is
 * current, its camera and layers, its date, heading and map text for the
 * announcer, the key and the clock. So the copy of the story sent to the
 * browser for that page leaves out the words the HTML already holds: each
 * step's paragraphs, figures, chart and citations, and the story's source
 * list and credits; and each step's heading and map in words, which the page reads from
 * its own cards (./pageWords.ts). Whether a step's text gives distances in miles (then the scale bar
 * shows miles as well as km, ../map/closeup.ts) is kept as `miles`. The
 * build swaps this copy in for `$lib/story/readStory` in the
 * browser's bundle (vite.config.ts); the server, development and tests use
 * the whole story. Because the page could not draw its cards again from this
 * copy, links load whole pages (`data-sveltekit-reload` in src/app.html).
 *
 * Source records keep everything but `supports`, the claims by key that only
 * the build's checks read.
 */
import type { Source, Step, Story } from './types';
import { usesMiles } from '../map/closeup.ts';

/** The fields of a step the reading page's scripts never read. */
export const PRERENDERED_STEP_FIELDS = ['body', 'sources', 'figures', 'chart'] as const satisfies readonly (keyof Step)[];

/** The fields the scripts read from the page's cards instead (./pageWords.ts). */
export const PAGE_STEP_FIELDS = ['heading', 'alt'] as const satisfies readonly (keyof Step)[];

export function storyForReading(story: Story): Story {
	return {
		...story,
		steps: story.steps.map((step) => {
			const out: Partial<Step> = { ...step };
			for (const f of [...PRERENDERED_STEP_FIELDS, ...PAGE_STEP_FIELDS]) delete out[f];
			return { ...out, miles: usesMiles(step), body: [], sources: [] } as Step;
		}),
		sources: [],
		credits: []
	};
}

/** A source as the browser gets it: without the claims only the build's checks read. */
export function sourceForBrowser({ supports: _supports, ...rest }: Source): Source {
	return rest;
}
