import { describe, expect, it } from 'vitest';
import { story } from '../../data/story';
import { sources } from '../../data/sources';
import { sourceForBrowser, storyForReading } from '../../src/lib/story/forReading';
import { withPageWords } from '../../src/lib/story/pageWords';
import { esc } from '../../src/lib/story/html';
import { parseHTML } from './dom';
import { usesMiles } from '../../src/lib/map/closeup';
import { clientData } from '../../data/scripts/client-data';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the story as the reading page’s scripts get it', () => {
	const slim = storyForReading(story);

	it('keeps what the scripts follow the reader with: ids, dates, cameras, layers', () => {
		expect(slim.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
		for (const [i, s] of slim.steps.entries()) {
			const full = story.steps[i]!;
			expect(s.when).toEqual(full.when);
			expect(s.where).toEqual(full.where);
			expect(s.camera).toEqual(full.camera);
			expect(s.layers).toEqual(full.layers);
		}
		expect([slim.title, slim.dek, slim.byline, slim.published]).toEqual([story.title, story.dek, story.byline, story.published]);
	});

	it('reads each step’s heading and map in words from the page’s cards, which hold them, instead of carrying them twice', () => {
		for (const s of slim.steps) {
			expect('heading' in s, s.id).toBe(false);
			expect('alt' in s, s.id).toBe(false);
		}
		const step = story.steps[2]!;
		const document = parseHTML(
			`<ol><li id="${step.id}"><h2 id="${step.id}-heading">${esc(step.heading)}</h2><details class="map-words"><summary>What the map shows</summary><p>${esc(step.alt)}</p></details></li></ol>`
		);
		const read = withPageWords(storyForReading(story), document);
		expect(read.steps[2]!.heading).toBe(step.heading);
		expect(read.steps[2]!.alt).toBe(step.alt);
		expect({ ...read.steps[2]! }).toMatchObject({ heading: step.heading, alt: step.alt });
		// A step whose card is not on the page reads as empty, never as another step's words.
		expect(read.steps[3]!.heading).toBe('');
	});

	it('keeps what sets the scale bar in miles: the steps whose text gives miles still do', () => {
		expect(story.steps.some(usesMiles)).toBe(true);
		for (const [i, s] of slim.steps.entries()) expect(usesMiles(s), s.id).toBe(usesMiles(story.steps[i]!));
	});

	it('leaves out the words the prerendered HTML holds: paragraphs, figures, charts, citations, the source list, the credits', () => {
		for (const s of slim.steps) {
			expect(s.body).toEqual([]);
			expect(s.sources).toEqual([]);
			expect(s.figures).toBeUndefined();
			expect(s.chart).toBeUndefined();
		}
		expect(slim.sources).toEqual([]);
		expect(slim.credits).toEqual([]);
		expect(story.credits.length).toBeGreaterThan(0);
		expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(story).length / 3);
	});

	it('gives the browser every source without the claims only the build checks', () => {
		const out = sources.map(sourceForBrowser);
		expect(out.map((s) => s.id)).toEqual(sources.map((s) => s.id));
		expect(out.some((s) => 'supports' in s)).toBe(false);
		expect(out.find((s) => s.url)?.url).toBeTruthy();
	});
});

describe('the build step that swaps the data in the browser’s bundle', () => {
	const load = (command: 'build' | 'serve', consumer: 'client' | 'server', file: string) => {
		const plugin = clientData();
		(plugin.configResolved as (c: unknown) => void)({ command });
		return (plugin.load as (this: unknown, id: string) => string | undefined).call({ environment: { config: { consumer } } }, `${root}${file}`);
	};

	it('writes the short copies for the browser in a production build, each language a module of its own', () => {
		const copy = load('build', 'client', 'src/lib/story/readStory.ts')!;
		expect(copy).toContain(`export const englishTitle = ${JSON.stringify(story.title)};`);
		expect(copy).toContain('import("virtual:story-reading/ru")');
		expect(copy).not.toContain(story.steps[1]!.heading);
		const plugin = clientData();
		(plugin.configResolved as (c: unknown) => void)({ command: 'build' });
		const resolve = (id: string) => (plugin.resolveId as (id: string) => string | undefined)(id)!;
		const loadId = (id: string) => (plugin.load as (this: unknown, id: string) => string | undefined).call({ environment: { config: { consumer: 'client' } } }, id)!;
		expect(loadId(resolve('virtual:story-reading/en'))).toContain(JSON.stringify(JSON.stringify(storyForReading(story))));
		const ru = loadId(resolve('virtual:story-reading/ru'));
		expect(ru).toMatch(/^import \{ withPageWords \} from ".*pageWords\.ts";\nexport const parsed = JSON\.parse\(/);
		expect(ru).toContain('export const story = withPageWords(parsed);');
		expect(ru).not.toContain(story.steps[1]!.heading);
		const json = ru.slice(ru.indexOf('JSON.parse(') + 'JSON.parse('.length, ru.indexOf(');\nexport const story'));
		const ruCopy = JSON.parse(JSON.parse(json)) as typeof story;
		expect(ruCopy.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
		expect(ruCopy.steps.map((s) => (s as { miles?: boolean }).miles)).toEqual(story.steps.map(usesMiles));
		expect(ruCopy.title).not.toBe(story.title);
		expect(load('build', 'client', 'data/sources.ts')).not.toContain('supports');
		expect(load('build', 'client', 'src/lib/map/keyStart.ts')).toBe('export const keyAtStart = null;\n');
		expect(load('build', 'client', 'src/lib/story/pageHtml.ts')).toContain('prerendered');
	});

	it('leaves the server’s bundle, the development server and every other module as they are', () => {
		expect(load('build', 'server', 'src/lib/story/readStory.ts')).toBeUndefined();
		expect(load('serve', 'client', 'src/lib/story/readStory.ts')).toBeUndefined();
		expect(load('build', 'client', 'data/story.ts')).toBeUndefined();
	});
});
