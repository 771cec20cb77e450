/**
 * A Vite plugin: in a production build, the browser's bundle gets shorter
 * copies of two data modules, written as JSON from the real data.
 * - `src/lib/story/readStory.ts`: the story without what the reading page's
 *   HTML already holds (src/lib/story/forReading.ts; the steps' headings and
 *   map words are read from the page, src/lib/story/pageWords.ts), each language a module
 *   of its own that loads only on its pages; the module itself keeps only the
 *   English title (for the error page).
 * - `data/sources.ts`: every source without `supports`, the claims by key
 *   that only the build's checks read.
 * - `src/lib/map/sourceCredits.ts`: each source's id, publisher and date, all
 *   the map's key names (so the reading page needs no source list at all).
 * - `src/lib/story/pageHtml.ts` and `src/lib/share/socialTags.ts`: stubs,
 *   since the browser adopts the HTML those builders wrote instead of building
 *   it (src/lib/story/prerendered.ts).
 * - `data/about.ts`: the intro line only; the About sections are {@html}
 *   blocks the prerendered pages already hold (src/lib/story/prerendered.ts).
 * - `src/lib/map/keyStart.ts`: `null`, so the key's functions and the layer
 *   modules behind them load with the map, not with the first screen.
 * The server's bundle (which prerenders every page and runs the checks), the
 * development server and the tests use the modules as they are.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { sources } from '../sources.ts';
import { about } from '../about.ts';
import { story } from '../story.ts';
import { sourceForBrowser, storyForReading } from '../../src/lib/story/forReading.ts';
import { sourceCredits } from '../../src/lib/map/sourceCredits.ts';
import { storyInWords } from '../../src/lib/story/inWords.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = resolve(root, 'data/sources.ts');
const READ_STORY = resolve(root, 'src/lib/story/readStory.ts');
const SOURCE_CREDITS = resolve(root, 'src/lib/map/sourceCredits.ts');
const KEY_START = resolve(root, 'src/lib/map/keyStart.ts');
const PAGE_HTML = resolve(root, 'src/lib/story/pageHtml.ts');
const SOCIAL_TAGS = resolve(root, 'src/lib/share/socialTags.ts');
const ABOUT = resolve(root, 'data/about.ts');
const PAGE_WORDS = resolve(root, 'src/lib/story/pageWords.ts');

/** The reading copies of the other languages, as virtual modules. */
const READING_LANGS = ['en', 'ru', 'uk'] as const;
const READING_PREFIX = '\0story-reading:';
const readingIn = (lang: string) => {
	if (lang === 'en') return storyForReading(story);
	const words = JSON.parse(readFileSync(resolve(root, `data/i18n/${lang}.json`), 'utf8'));
	return storyForReading(storyInWords(story, words, lang as (typeof READING_LANGS)[number]));
};
const readStoryModule = () =>
	[
		`export const englishTitle = ${JSON.stringify(story.title)};`,
		`const copies = { ${READING_LANGS.map((l) => `${l}: () => import(${JSON.stringify(`virtual:story-reading/${l}`)})`).join(', ')} };`,
		'export async function readingStory(lang) { return (await (copies[lang] ?? copies.en)()).story; }',
		''
	].join('\n');

/** A module that exports `value` as `name`, parsed from JSON (quicker for a browser than the same object literal). */
const jsonModule = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export function clientData(): Plugin {
	let building = false;
	return {
		name: 'story-client-data',
		enforce: 'pre',
		configResolved(config) {
			building = config.command === 'build';
		},
		resolveId(id) {
			const m = /^virtual:story-reading\/(\w+)$/.exec(id);
			if (m && building) return READING_PREFIX + m[1];
		},
		load(id, options) {
			if (id.startsWith(READING_PREFIX))
				return `import { withPageWords } from ${JSON.stringify(PAGE_WORDS)};\n${jsonModule('parsed', readingIn(id.slice(READING_PREFIX.length)))}export const story = withPageWords(parsed);\n`;
			const forBrowser = this.environment ? this.environment.config.consumer === 'client' : !options?.ssr;
			if (!building || !forBrowser) return;
			const path = id.split('?')[0];
			if (path === SOURCES) return jsonModule('sources', sources.map(sourceForBrowser));
			if (path === READ_STORY) return readStoryModule();
			if (path === SOURCE_CREDITS) return jsonModule('sourceCredits', sourceCredits);
			if (path === ABOUT) return jsonModule('about', { intro: about.intro, sections: [] });
			if (path === KEY_START) return 'export const keyAtStart = null;\n';
			if (path === PAGE_HTML)
				return [
					"const prerendered = () => { throw new Error('This HTML is written when the page is prerendered, not in the browser.'); };",
					'export const stepListHtml = prerendered, sourceListHtml = prerendered, aboutSectionsHtml = prerendered;',
					''
				].join('\n');
			if (path === SOCIAL_TAGS) return "export const socialTagsHtml = () => { throw new Error('Link-preview tags are written when the page is prerendered, not in the browser.'); };\n";
		}
	};
}
