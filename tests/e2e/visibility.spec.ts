/**
 * Can the reader see what each step draws? Every point the active step draws
 * (places, markers, route vertices, occupied areas; not the basemap or country
 * tints) is projected to the screen by the live map and counted as seen when it
 * lies on the map's canvas with nothing of the page over it (a card, the key,
 * the date readout, a panel). Sizes are set here, so this runs on one project.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { devices } from '@playwright/test';
import { story } from '../../data/story';
import { stepMarkers, stepPoints } from '../../src/lib/map/extent';
import { layerModule } from '../../src/lib/map/layers/registry';
import { beatsFor } from '../../src/lib/map/legend';
import { placeById } from '../../src/lib/map/places';
import { isCloseUp, usesMiles } from '../../src/lib/map/orientation';
import type { LngLat, Step } from '../../src/lib/story/types';
import { translateStory } from '../../src/lib/story/translate';
import { englishWords, makeMapWords, type MapWords } from '../../src/lib/map/words';
import { expectCameraAt, mapHost, waitForMap, wordsFile } from './helpers';

// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'sizes are set by the test; runs once'));

const occupied = JSON.parse(readFileSync(new URL('../../static/geo/occupied.json', import.meta.url), 'utf8'));
const areas = new Map<string, LngLat[]>();
for (const f of occupied.features)
	areas.set(f.properties.id, f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2));

/** The story and the map's words in Russian and Ukrainian, read from the words files as the build reads them. */
const LANGS = (['ru', 'uk'] as const).map((lang) => ({ lang, story: translateStory(story, wordsFile(lang), lang), words: makeMapWords(lang, wordsFile(`map.${lang}`)) }));

const pointsOf = (step: Step): LngLat[] => stepPoints(step, 1, areas).map((p) => p.lngLat);

interface Size {
	name: string;
	width: number;
	height: number;
	mobile: boolean;
}
const PHONE: Size = { name: 'phone 390×844', width: 390, height: 844, mobile: true };
const SMALL_PHONE: Size = { name: 'phone 360×740', width: 360, height: 740, mobile: true };
const TABLET: Size = { name: 'tablet 768×1024', width: 768, height: 1024, mobile: true };
const DESKTOP: Size = { name: 'desktop 1440×900', width: 1440, height: 900, mobile: false };

async function open(browser: Browser, size: Size): Promise<Page> {
	const base = size.mobile ? devices['Pixel 7'] : devices['Desktop Chrome'];
	const context = await browser.newContext({
		...base,
		viewport: { width: size.width, height: size.height },
		screen: { width: size.width, height: size.height },
		// One device pixel per CSS pixel: what this spec reads (where the map projects each point, which
		// page element lies over it, where MapLibre placed each label) is in CSS pixels and does not
		// change with the density; drawing a phone's 2.6 pixels for each costs about a tenth of its time.
		deviceScaleFactor: 1,
		reducedMotion: 'reduce'
	});
	await context.addInitScript(installSeenShare);
	return context.newPage();
}

/** The page's window once installSeenShare has run in it. */
type SeenShareWindow = { __seenShare: (el: HTMLElement, pts: LngLat[]) => number };

/**
 * Runs in the page (installed before its scripts): the share of these points a
 * reader sees: on the map's canvas, inside the window, and with no page element
 * painted over them. Pointer events are switched on for the measurement, so
 * hit-testing follows what is painted. In the page, so a scroll sample can take
 * hundreds of readings without a round trip each.
 */
function installSeenShare(): void {
	(window as unknown as SeenShareWindow).__seenShare = (el, pts) => {
		const map = (el as HTMLElement & { __map?: any }).__map;
		const style = document.createElement('style');
		style.textContent = '* { pointer-events: auto !important; }';
		document.head.append(style);
		try {
			const box = el.getBoundingClientRect();
			const canvas = map.getCanvas() as HTMLCanvasElement;
			let seen = 0;
			for (const p of pts) {
				const px = map.project(p);
				const x = box.left + px.x;
				const y = box.top + px.y;
				if (x < box.left + 1 || x > box.right - 1 || y < box.top + 1 || y > box.bottom - 1) continue;
				if (x < 0 || y < 0 || x > window.innerWidth - 1 || y > window.innerHeight - 1) continue;
				const top = document.elementFromPoint(x, y);
				if (top === canvas || (top && el.contains(top))) seen++;
			}
			return pts.length ? seen / pts.length : 1;
		} finally {
			style.remove();
		}
	};
}

/** The share of these points a reader sees (installSeenShare). */
async function seenShare(page: Page, points: LngLat[]): Promise<number> {
	return mapHost(page).evaluate((el, pts) => (window as unknown as SeenShareWindow).__seenShare(el as HTMLElement, pts), points);
}

/** Each label layer, and the feature property its text comes from. */
const LABEL_LAYERS: Record<string, { layer: string; prop: string }> = {
	places: { layer: 'places-label', prop: 'name' },
	buildup: { layer: 'buildup-label', prop: 'label' },
	crises: { layer: 'crises-label', prop: 'label' },
	diplomacy: { layer: 'diplomacy-label', prop: 'label' },
	membership: { layer: 'membership-label', prop: 'text' },
	arc: { layer: 'arc-label', prop: 'text' }
};

/** The labels a step means to show: every named place and every labelled feature of its layers. */
function labelsOf(step: Step, words: MapWords = englishWords): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const use of step.layers) {
		const spec = LABEL_LAYERS[use.layer];
		// A layer drawn as context (members around a summit's venue) may run off the map.
		if (!spec || use.context || use.labels === false) continue;
		const texts =
			use.layer === 'places'
				? ((use.labels as string[]) ?? []).map((id) => words.place(placeById.get(id)!))
				: (layerModule(use.layer)?.features?.(use as never, 1, words).features ?? []).map((f) => String(f.properties?.[spec.prop] ?? '')).filter(Boolean);
		// A measured arc writes its length in a layer of its own, turned along the line.
		out.set(use.layer === 'arc' && use.measure ? 'arc-measure' : spec.layer, texts);
	}
	return out;
}

/**
 * Labels the step means to show that the map did not place (MapLibre drops a
 * label that would collide with another), and labels shown twice.
 */
async function labelProblems(page: Page, step: Step, words: MapWords = englishWords): Promise<string[]> {
	// MapLibre places labels a frame or more after the camera lands: give it a few tries.
	let problems: string[] = [];
	for (let i = 0; i < 12; i++) {
		problems = await labelProblemsNow(page, step, words);
		if (!problems.length) break;
		await page.waitForTimeout(250);
	}
	return problems;
}

async function labelProblemsNow(page: Page, step: Step, words: MapWords): Promise<string[]> {
	const wanted = labelsOf(step, words);
	const props = Object.fromEntries([...Object.values(LABEL_LAYERS).map((l) => [l.layer, l.prop]), ['arc-measure', 'text'], [NAMES.layer, NAMES.prop]]);
	const placed = await mapHost(page).evaluate(
		(el, [layers, propOf]) => {
			const map = (el as HTMLElement & { __map?: any }).__map;
			const out: Record<string, string[]> = {};
			for (const id of layers as readonly string[]) {
				if (!map.getLayer(id)) continue;
				const prop = (propOf as Record<string, string>)[id] ?? '';
				out[id] = [...new Set<string>(map.queryRenderedFeatures({ layers: [id] }).map((f: any) => String(f.properties?.[prop] ?? '')))];
			}
			return out;
		},
		[[...wanted.keys(), NAMES.layer], props] as const
	);
	const problems: string[] = [];
	for (const [layer, texts] of wanted)
		for (const t of texts) {
			if ((placed[layer] ?? []).includes(t)) continue;
			problems.push(`${step.id}: "${t}" (${layer}) is not shown`);
		}
	const seen = new Map<string, string>();
	for (const [layer, texts] of Object.entries(placed))
		for (const t of texts) {
			const key = t.split(/\n| · | \(/)[0]!.trim().toLowerCase();
			if (seen.has(key)) problems.push(`${step.id}: "${key}" is labelled twice (${seen.get(key)}, ${layer})`);
			else seen.set(key, layer);
		}
	problems.push(...(await labelOverlaps(page, step)));
	return problems;
}

/** The names on the map (data/geo/names.ts): on every step, under the story's labels. */
const NAMES = { layer: 'names-label', prop: 'name' };
/** Symbol layers that draw words on the map. */
const TEXT_LAYERS = [...Object.values(LABEL_LAYERS).map((l) => l.layer), NAMES.layer];

/**
 * Labels whose rendered boxes overlap, and names drawn over a marker the step
 * draws (a name may lie across a route or an outline, never over a marker). The boxes are the ones MapLibre placed (its collision index, in
 * pixels with a 100 px border), so this tests what is on screen; each is
 * shrunk by 2 px, the labels' padding.
 */
async function labelOverlaps(page: Page, step: Step): Promise<string[]> {
	const points = stepMarkers(step, 1).map((p) => p.lngLat);
	return mapHost(page).evaluate(
		(el, [textLayers, propOf, pts, names]) => {
			const map = (el as HTMLElement & { __map?: any }).__map;
			const placement = map.style?.placement;
			const index = placement?.collisionIndex;
			if (!index) return ['the map has no placement to read'];
			const PAD = 100;
			type Box = { layer: string; key: string; x1: number; y1: number; x2: number; y2: number };
			const boxes: Box[] = [];
			for (const grid of [index.grid, index.ignoredGrid]) {
				grid.boxKeys.forEach((k: any, i: number) => {
					const q = placement.retainedQueryData[k.bucketInstanceId];
					const layer: string | undefined = q?.featureIndex?.bucketLayerIDs?.[q.bucketIndex]?.[0];
					if (!layer || !(textLayers as string[]).includes(layer)) return;
					const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4).map((v: number) => v - PAD);
					if (x2 < 0 || y2 < 0 || x1 > el.clientWidth || y1 > el.clientHeight) return;
					boxes.push({ layer, key: `${k.bucketInstanceId}:${k.featureIndex}`, x1: x1 + 2, y1: y1 + 2, x2: x2 - 2, y2: y2 - 2 });
				});
			}
			const text = (b: Box): string => {
				const f = map.queryRenderedFeatures([(b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2], { layers: [b.layer] })[0];
				return String(f?.properties?.[(propOf as Record<string, string>)[b.layer] ?? 'name'] ?? '?').replace(/\n/g, ' ');
			};
			const out: string[] = [];
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i]!, b = boxes[j]!;
					if (a.key === b.key) continue;
					if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`"${text(a)}" (${a.layer}) overlaps "${text(b)}" (${b.layer})`);
				}
			for (const b of boxes.filter((x) => x.layer === names)) {
				const hit = (pts as [number, number][]).find((p) => {
					const { x, y } = map.project(p);
					return x > b.x1 && x < b.x2 && y > b.y1 && y < b.y2;
				});
				if (hit) out.push(`the name "${text(b)}" covers ${JSON.stringify(hit)}, which the step draws`);
			}
			return out;
		},
		[TEXT_LAYERS, Object.fromEntries([...Object.values(LABEL_LAYERS).map((l) => [l.layer, l.prop]), [NAMES.layer, NAMES.prop]]), points, NAMES.layer] as const
	).then((list) => list.map((m) => `${step.id}: ${m}`));
}

/** The share of the map's area the key covers (0 when it lies outside the map, as on a phone). */
async function keyShare(page: Page): Promise<number> {
	return page.evaluate(() => {
		const map = document.querySelector('[data-map]')!.getBoundingClientRect();
		const key = document.querySelector('.legend-box');
		if (!key) return 0;
		const k = key.getBoundingClientRect();
		const w = Math.max(0, Math.min(map.right, k.right) - Math.max(map.left, k.left));
		const h = Math.max(0, Math.min(map.bottom, k.bottom) - Math.max(map.top, k.top));
		return (w * h) / (map.width * map.height);
	});
}

/**
 * The scale bar against the map's own scale: MapLibre's Web Mercator ground
 * resolution at the bar's latitude (equator circumference × cos(latitude) /
 * (512 × 2^zoom) metres per pixel), read from the live map, not from the
 * bar's own measurement. And the locator inset: on every close-up, on no
 * region view, with the box it draws around the camera's view.
 */
async function scaleProblems(page: Page, step: Step): Promise<string[]> {
	const misses: string[] = [];
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	const bars = await mapHost(page).evaluate((el) => {
		const map = (el as HTMLElement & { __map?: any }).__map;
		const box = el.getBoundingClientRect();
		return [...document.querySelectorAll<HTMLElement>('[data-scale-bar] [data-unit]')].map((row) => {
			const bar = row.querySelector('.bar')!.getBoundingClientRect();
			const y = bar.top + bar.height / 2 - box.top;
			const lat = map.unproject([box.width / 2, y]).lat;
			const mpp = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
			return { unit: row.dataset.unit!, value: Number(row.dataset.value), px: bar.width, mpp };
		});
	});
	if (!bars.some((b) => b.unit === 'km')) misses.push(`${step.id}: no km scale bar`);
	for (const b of bars) {
		const metres = b.value * (b.unit === 'km' ? 1000 : 1609.344);
		const expected = metres / b.mpp;
		if (Math.abs(b.px - expected) > Math.max(1.5, expected * 0.015)) misses.push(`${step.id}: ${b.value} ${b.unit} drawn ${b.px.toFixed(1)} px, the map says ${expected.toFixed(1)} px`);
	}
	if (usesMiles(step) !== bars.some((b) => b.unit === 'mi')) misses.push(`${step.id}: miles ${usesMiles(step) ? 'missing' : 'shown though the text uses none'}`);
	const locator = page.locator('[data-locator]');
	if (isCloseUp(step.camera)) {
		if (!(await locator.isVisible())) misses.push(`${step.id}: a close-up without a locator`);
		else if (!JSON.parse((await locator.getAttribute('data-view')) ?? 'null')) misses.push(`${step.id}: the locator marks no view`);
	} else if (await locator.count()) misses.push(`${step.id}: a region view with a locator`);
	return misses;
}

/**
 * Scrolls through every step as a reader does and lists what is wrong: drawn
 * features out of view or covered, and a key too big for the map (phones keep
 * it off the map; wide screens give it at most a tenth). With `words`, also
 * labels the step means to show, in those words, that are missing, doubled or
 * overlapping. With `scale`, also the scale bar and locator (scaleProblems):
 * one reading checks both, rather than two readings of the same story.
 */
async function readThrough(page: Page, steps: readonly Step[], size: Size, words: MapWords | null, scale = false): Promise<string[]> {
	const misses: string[] = [];
	for (const step of steps) {
		await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), step.id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', step.id);
		await waitForMap(page);
		await expectCameraAt(page, step);
		const share = await seenShare(page, pointsOf(step));
		if (share < 1) misses.push(`${step.id}: ${(share * 100).toFixed(1)} % seen`);
		if (words) misses.push(...(await labelProblems(page, step, words)));
		if (scale) misses.push(...(await scaleProblems(page, step)));
		const key = await keyShare(page);
		if (key > (size.mobile && size.width < 768 ? 0 : 0.1)) misses.push(`${step.id}: the key covers ${(key * 100).toFixed(1)} % of the map`);
	}
	return misses;
}

for (const size of [PHONE, SMALL_PHONE, TABLET, DESKTOP]) {
	const full = size === PHONE || size === DESKTOP;
	test(`${size.name}: every step's drawn features lie on the visible, uncovered map${full ? '; its labels are placed; the scale bar measures the map; close-ups have a locator' : ''}`, async ({ browser }) => {
		test.setTimeout(240_000);
		const page = await open(browser, size);
		await page.goto('/');
		const misses = await readThrough(page, story.steps, size, full ? englishWords : null, full);
		if (size.mobile && size.width < 768) {
			// Opened, the phone's key drops over the text below the map, never over the map.
			await page.locator('.legend-box summary').click();
			await expect(page.locator('.legend-box .legend li').first()).toBeVisible();
			const over = await page.evaluate(() => {
				const map = document.querySelector('[data-map]')!.getBoundingClientRect();
				const panel = document.querySelector('.legend-box .legend-scroll')!.getBoundingClientRect();
				return panel.top < map.bottom - 1;
			});
			expect(over, 'the opened key lies over the map').toBe(false);
		}
		expect(misses, 'steps whose drawn features are not all in view and uncovered, or whose key is too big').toEqual([]);
		await page.context().close();
	});
}

/**
 * The same in Russian and Ukrainian, at phone and desktop size: their labels are
 * longer, so each step's labels must still all be placed, once, without
 * overlapping, and the key must still keep off the map.
 */
for (const { lang, story: translated, words } of LANGS)
	for (const size of [PHONE, DESKTOP]) {
		test(`/${lang}, ${size.name}: every step's drawn features and labels lie on the visible, uncovered map`, async ({ browser }) => {
			test.setTimeout(240_000);
			const page = await open(browser, size);
			await page.goto(`/${lang}`);
			const misses = await readThrough(page, translated.steps, size, words);
			expect(misses, `/${lang}: steps whose drawn features or labels are not all in view and uncovered, or whose key is too big`).toEqual([]);
			await page.context().close();
		});
	}

test('presentation at 1280×720: every step’s drawn features lie on the visible, uncovered map', async ({ browser }) => {
	test.setTimeout(240_000);
	const context = await browser.newContext({ ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
	await context.addInitScript(installSeenShare);
	const page = await context.newPage();
	const misses: string[] = [];
	for (const step of story.steps) {
		// The step's last beat: everything it draws is on the map.
		const beats = beatsFor(step);
		await page.goto(`/present#${step.id}${beats > 1 ? `/${beats}` : ''}`);
		await waitForMap(page);
		await expectCameraAt(page, step);
		const share = await seenShare(page, pointsOf(step));
		if (share < 1) misses.push(`${step.id}: ${(share * 100).toFixed(1)} % seen`);
		misses.push(...(await labelProblems(page, step)));
		const key = await keyShare(page);
		if (key > 0.1) misses.push(`${step.id}: the key covers ${(key * 100).toFixed(1)} % of the map`);
	}
	expect(misses).toEqual([]);
	await context.close();
});

/**
 * A reader scrolling through the whole story: every 120 px, the share of the
 * active step's drawn points that can be seen (the figures of issue 13).
 */
async function scrollSample(browser: Browser, size: Size): Promise<{ mean: number; atLeast80: number; under20: number; under50: number; n: number }> {
	const page = await open(browser, size);
	await page.goto('/');
	await page.evaluate(() => window.scrollTo({ top: 1, behavior: 'instant' }));
	await waitForMap(page);
	const { start, end } = await page.evaluate(() => {
		// From where the story's map reaches the top of the screen to where the last step leaves it.
		const story = document.querySelector('.scrolly')!.getBoundingClientRect();
		const steps = document.querySelector('.steps')!.getBoundingClientRect();
		return { start: story.top + window.scrollY, end: steps.bottom + window.scrollY - window.innerHeight };
	});
	const byId = Object.fromEntries(story.steps.map((s) => [s.id, pointsOf(s)]));
	// The whole walk runs in the page: each position is scrolled to, left to scrollama and the map
	// (the camera jumps: reduced motion) until the map stops moving and two frames have drawn, then read.
	const shares = await page.evaluate(
		async ({ start, end, byId }) => {
			const frame = () => new Promise((r) => requestAnimationFrame(r));
			const el = document.querySelector('[data-map]') as HTMLElement;
			const scrolly = document.querySelector('.scrolly') as HTMLElement;
			const seen = (window as unknown as SeenShareWindow).__seenShare;
			const out: number[] = [];
			for (let y = start; y <= end; y += 120) {
				window.scrollTo({ top: y, behavior: 'instant' });
				const t0 = performance.now();
				await frame();
				while (el.dataset.moving === 'true') {
					if (performance.now() - t0 > 10_000) throw new Error(`the map was still moving 10 s after the scroll to ${y} px`);
					await frame();
				}
				await frame();
				await frame();
				out.push(seen(el, byId[scrolly.dataset.activeStep ?? ''] ?? []));
			}
			return out;
		},
		{ start, end, byId }
	);
	await page.context().close();
	const n = shares.length;
	return {
		n,
		mean: shares.reduce((a, b) => a + b, 0) / n,
		atLeast80: shares.filter((s) => s >= 0.8).length / n,
		under20: shares.filter((s) => s < 0.2).length / n,
		under50: shares.filter((s) => s < 0.5).length / n
	};
}

for (const size of [PHONE, SMALL_PHONE]) {
	test(`${size.name}: scrolling through the story, the reader sees what the active step draws`, async ({ browser }) => {
		test.setTimeout(300_000);
		const r = await scrollSample(browser, size);
		test.info().annotations.push({ type: 'figures', description: JSON.stringify(r) });
		console.log(`${size.name} scroll sample: ${JSON.stringify(r)}`);
		expect(r.mean, 'mean share seen').toBeGreaterThanOrEqual(0.85);
		expect(r.atLeast80, 'positions with 80 % seen').toBeGreaterThanOrEqual(0.8);
		expect(r.under20, 'positions under 20 % seen').toBeLessThanOrEqual(0.05);
	});
}

test('desktop 1440×900: scrolling through the story, the reader sees what the active step draws', async ({ browser }) => {
	test.setTimeout(300_000);
	const r = await scrollSample(browser, DESKTOP);
	console.log(`desktop scroll sample: ${JSON.stringify(r)}`);
	expect(r.mean, 'mean share seen').toBeGreaterThanOrEqual(0.97);
	expect(r.under50, 'positions under 50 % seen').toBe(0);
});
