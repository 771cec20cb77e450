/**
 * A still map costs nothing: once a step's camera has landed and its pulses have
 * played out, the real map draws no frames (counted from MapLibre's own 'render'
 * events), in reading, presentation and embed, when the page is hidden, and at all
 * under reduced motion. And the page asks for its icon once, not at every step.
 */
import { expect, test, type Page } from '@playwright/test';
import { story } from '../../data/story';
import type { Step } from '../../src/lib/story/types';
import { layerModule } from '../../src/lib/map/layers/registry';
import { expectCameraAt, mapHost, scrollToStep, waitForMap, watchProblems } from './helpers';
import { softwareCompositing } from './browser';

test.use({ launchOptions: softwareCompositing });

/** Whether a step's places pulse (the only ambient motion the map has). */
const pulses = (s: Step): boolean => s.layers.some((u) => u.layer === 'places' && !!(u as { emphasis?: string[] }).emphasis?.length);
/** The first step that pulses. */
const pulsing = story.steps.find(pulses)!;
const pulsingIndex = story.steps.indexOf(pulsing);
/** A step after it with no pulse. */
const quiet = story.steps.find((s, i) => i > pulsingIndex && !pulses(s))!;
/**
 * A step with no pulse whose layers draw the same at any progress through it (so
 * scrolling within it changes nothing on the map), worked out from the layers' own data.
 */
const unchanging = story.steps.find(
	(s) =>
		!pulses(s) &&
		s.layers.every((u) => {
			const features = layerModule(u.layer)?.features;
			if (!features) return true;
			const at = (p: number) => JSON.stringify(features(u as never, p));
			return [0, 0.25, 0.5, 0.75].every((p) => at(p) === at(1));
		})
)!;
/** How long the test watches a still map, and the most frames it may draw: 10 in 5 s, scaled. */
const STILL_MS = 3000;
const MAX_RENDERS = Math.floor((10 * STILL_MS) / 5000);

/**
 * Until the map has the step's data in and drawn (its first idle moment; on a busy machine the
 * worker's last tiles can land just after the camera), or 5 s: a map that never rests is still
 * counted, and fails.
 */
function dataIn(page: Page): Promise<void> {
	return mapHost(page).evaluate((el) => {
		const map = (el as HTMLElement & { __map: { loaded: () => boolean; once: Function } }).__map;
		return map.loaded() ? undefined : new Promise<void>((r) => (map.once('idle', () => r()), setTimeout(r, 5000)));
	});
}

/** MapLibre 'render' events over `ms`, once the map has its data in. */
async function renders(page: Page, ms: number): Promise<number> {
	await dataIn(page);
	return mapHost(page).evaluate(
		(el, wait) =>
			new Promise<number>((resolve) => {
				const map = (el as HTMLElement & { __map: { on: Function; off: Function } }).__map;
				let n = 0;
				const count = () => n++;
				map.on('render', count);
				setTimeout(() => {
					map.off('render', count);
					resolve(n);
				}, wait);
			}),
		ms
	);
}

/** Before the page's scripts: note whenever the map's ambient loop starts (data-animating="true"), however briefly. */
function recordPulses() {
	new MutationObserver((records) => {
		for (const r of records) if ((r.target as HTMLElement).dataset.animating === 'true') (window as unknown as { __pulsed: boolean }).__pulsed = true;
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-animating'] });
}
const pulsed = (page: Page) => page.evaluate(() => (window as unknown as { __pulsed?: boolean }).__pulsed ?? false);

/**
 * Scrolls within a step in small moves, as a reader's thumb makes them, over the
 * first third of its card (each move gives the page a scroll event and a frame),
 * and returns how many frames the map drew meanwhile.
 */
async function scrollWithin(page: Page, step: Step): Promise<number> {
	await scrollToStep(page, step.id);
	await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', step.id);
	await expect(mapHost(page)).toHaveAttribute('data-moving', 'false');
	await dataIn(page);
	await mapHost(page).evaluate((el) => {
		const map = (el as HTMLElement & { __map: { on: Function } }).__map;
		(window as unknown as { __renders: number }).__renders = 0;
		map.on('render', () => (window as unknown as { __renders: number }).__renders++);
	});
	const card = await page.locator(`[id="${step.id}"]`).evaluate((el) => el.getBoundingClientRect().height);
	const move = Math.max(2, Math.floor(card / 3 / 8));
	const progress: string[] = [];
	for (let i = 0; i < 8; i++) {
		await page.mouse.wheel(0, move);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		progress.push((await page.locator('.scrolly').getAttribute('data-progress')) ?? '');
	}
	await page.waitForTimeout(300);
	await expect(page.locator('.scrolly'), 'the reader is still in the same step').toHaveAttribute('data-active-step', step.id);
	expect(new Set(progress).size, 'the reader\u2019s progress through the step changed').toBeGreaterThan(1);
	return page.evaluate(() => (window as unknown as { __renders: number }).__renders);
}

/** The camera has landed and the ambient motion has come to rest. */
async function settled(page: Page, step: Step): Promise<void> {
	await expectCameraAt(page, step);
	await expect(mapHost(page)).toHaveAttribute('data-moving', 'false');
	// Three pulses of 1.8 s and a settle, counted from the landing.
	await expect(mapHost(page)).toHaveAttribute('data-animating', 'false', { timeout: 20_000 });
}

test.describe('a still map draws nothing', () => {
	test('reading: after the camera lands the pulses play a few times, then the map draws no frames', async ({ page }) => {
		const problems = watchProblems(page);
		await page.addInitScript(recordPulses);
		await page.goto(`/#${quiet.id}`);
		await waitForMap(page);
		await settled(page, quiet);
		await page.evaluate(() => ((window as unknown as { __pulsed: boolean }).__pulsed = false));
		await scrollToStep(page, pulsing.id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', pulsing.id);
		await settled(page, pulsing);
		expect(await pulsed(page), 'the pulses played').toBe(true);
		expect(await renders(page, STILL_MS), `renders in ${STILL_MS} ms of stillness`).toBeLessThanOrEqual(MAX_RENDERS);
		// The emphasis stays on the map as a still ring.
		const ring = await mapHost(page).evaluate((el) => (el as HTMLElement & { __map: any }).__map.getPaintProperty('places-pulse', 'circle-stroke-opacity'));
		expect(ring).toBeCloseTo(0.9, 2);
		expect(problems).toEqual([]);
	});

	test('reading: a hidden page starts no pulses, and they start when it is shown again', async ({ page }) => {
		await page.addInitScript(recordPulses);
		await page.goto(`/#${quiet.id}`);
		await waitForMap(page);
		await settled(page, quiet);
		const setVisibility = (state: 'hidden' | 'visible') =>
			page.evaluate((s) => {
				Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
				document.dispatchEvent(new Event('visibilitychange'));
			}, state);
		await setVisibility('hidden');
		await page.evaluate(() => ((window as unknown as { __pulsed: boolean }).__pulsed = false));
		await scrollToStep(page, pulsing.id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', pulsing.id);
		await expectCameraAt(page, pulsing);
		await expect(mapHost(page)).toHaveAttribute('data-layers', /places/);
		expect(await renders(page, 1500), 'renders while hidden, after landing').toBeLessThanOrEqual(1);
		expect(await pulsed(page), 'no pulse while hidden').toBe(false);
		await setVisibility('visible');
		await expect.poll(() => pulsed(page), { message: 'the pulses start when the page is shown' }).toBe(true);
		await expect(mapHost(page)).toHaveAttribute('data-animating', 'false', { timeout: 20_000 });
	});

	test('reduced motion: no pulses at all, and no frames once the map stands', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.addInitScript(recordPulses);
		await page.goto(`/#${pulsing.id}`);
		await waitForMap(page);
		await expectCameraAt(page, pulsing);
		expect(await renders(page, 2000)).toBeLessThanOrEqual(1);
		expect(await pulsed(page)).toBe(false);
	});

	test('reduced motion: scrolling through a step whose map stands draws no frames', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/#${pulsing.id}`);
		await waitForMap(page);
		await expectCameraAt(page, pulsing);
		expect(await scrollWithin(page, pulsing), 'map frames drawn while scrolling within the step').toBeLessThanOrEqual(1);
	});

	test('scrolling through a step whose drawing does not change with the reader\u2019s progress draws no frames once it has landed', async ({ page }) => {
		await page.goto(`/#${unchanging.id}`);
		await waitForMap(page);
		await settled(page, unchanging);
		expect(await scrollWithin(page, unchanging), 'map frames drawn while scrolling within the step').toBeLessThanOrEqual(1);
	});

	test('presentation: between beats the slide\u2019s map draws no frames', async ({ page }) => {
		await page.goto(`/present#${pulsing.id}`);
		await expect(page.locator('[data-present]')).toHaveAttribute('data-started', 'true');
		await waitForMap(page);
		await settled(page, pulsing);
		expect(await renders(page, STILL_MS)).toBeLessThanOrEqual(MAX_RENDERS);
	});

	test('embed (interactive, from a step): once its step has landed the embedded map draws no frames', async ({ page }) => {
		await page.goto(`/embed?from=${pulsing.id}`);
		await waitForMap(page);
		await settled(page, pulsing);
		expect(await renders(page, STILL_MS)).toBeLessThanOrEqual(MAX_RENDERS);
	});
});

test('the page asks for its icon at most once over a read of several steps', async ({ page, context }) => {
	let icons = 0;
	context.on('request', (r) => {
		if (/favicon/.test(new URL(r.url()).pathname)) icons++;
	});
	await page.goto('/');
	await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
	for (const step of story.steps.slice(1, 7)) {
		// Scrolled to again if the cards above rewrap under the reader (the page font swapping in)
		// and the step lands short of the trigger line: the test is about the address, not the scroll.
		await expect
			.poll(async () => {
				await scrollToStep(page, step.id);
				return new URL(page.url()).hash;
			}, { message: `the address follows the reader to ${step.id}` })
			.toBe(`#${step.id}`);
	}
	expect(icons, 'requests for the icon').toBeLessThanOrEqual(1);
	expect(pulsingIndex).toBeGreaterThanOrEqual(0);
});
