/**
 * The first map goes live with only its step's layer modules mounted; every
 * other module is mounted when a step first shows it (src/lib/map/controller.ts).
 * The stack of style layers must be the one mounting every module in order
 * gives: presentation mode still mounts them all in order before its map goes
 * live, so its stack is the reference.
 */
import { expect, test, type Page } from '@playwright/test';
import { story } from '../../data/story';
import { layerModule, layerOrder } from '../../src/lib/map/layers/registry';
import type { Step } from '../../src/lib/story/types';
import { mapHost, scrollToStep, waitForMap } from './helpers';

const styleOrder = (page: Page) => mapHost(page).evaluate((el) => ((el as HTMLElement & { __map?: any }).__map.getLayersOrder() as string[]));
const mounted = async (page: Page) => ((await mapHost(page).getAttribute('data-mounted')) ?? '').split(',').filter(Boolean);

/** The step's modules that draw: each has at least one of its style layers visible. */
async function visibleModules(page: Page, step: Step): Promise<string[]> {
	const names = step.layers.map((u) => u.layer);
	const ids = Object.fromEntries(names.map((n) => [n, layerModule(n)!.styleLayers]));
	return mapHost(page).evaluate((el, byModule) => {
		const map = (el as HTMLElement & { __map?: any }).__map;
		return Object.entries(byModule)
			.filter(([, layers]) => layers.some((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none'))
			.map(([n]) => n);
	}, ids);
}

const first = story.steps[0]!;
/** A late step that shows a module the first step does not. */
const late = [...story.steps].reverse().find((s) => s.layers.some((u) => !first.layers.some((f) => f.layer === u.layer)))!;

/** The steps after the first that show a module no step before them does. */
const introducing = story.steps.filter((s, i) => i > 0 && s.layers.some((u) => !story.steps.slice(0, i).some((p) => p.layers.some((q) => q.layer === u.layer))));

test.describe('the first map', () => {
	test.skip(({ browserName }) => browserName !== 'chromium', 'one engine is enough for the order of layers');

	test('goes live with its step’s layers in their final places; the others join as steps show them, in the same stack as mounting all at once', async ({ page }) => {
		await page.goto('/present');
		await waitForMap(page);
		const reference = await styleOrder(page);
		expect(await mounted(page)).toEqual(layerOrder);

		await page.goto('/');
		await scrollToStep(page, first.id);
		await waitForMap(page);
		const atStart = await styleOrder(page);
		// Live before every module is in, with the ones that are already stacked as they will be.
		expect(atStart).toEqual(reference.filter((id) => atStart.includes(id)));
		for (const u of first.layers) expect(await mounted(page)).toContain(u.layer);
		expect(await mounted(page)).not.toEqual(layerOrder);
		expect(await visibleModules(page, first)).toEqual(first.layers.map((u) => u.layer));

		// Through the story, to each step that shows a module for the first time: it joins the stack in its place.
		for (const step of introducing) {
			await scrollToStep(page, step.id);
			await expect(mapHost(page)).toHaveAttribute('data-layers', step.layers.map((u) => u.layer).join(','));
			const now = await styleOrder(page);
			expect(now, step.id).toEqual(reference.filter((id) => now.includes(id)));
		}
		expect(await mounted(page)).toEqual(layerOrder);
		expect(await styleOrder(page)).toEqual(reference);
	});

	test(`a link straight to a late step (${late.id}) shows that step’s layers`, async ({ page }) => {
		await page.goto(`/#${late.id}`);
		await waitForMap(page);
		await expect(mapHost(page)).toHaveAttribute('data-layers', late.layers.map((u) => u.layer).join(','));
		expect(await visibleModules(page, late)).toEqual(late.layers.map((u) => u.layer));
	});

	test(`reaching a late step (${late.id}) right after the map goes live shows its layers at once`, async ({ page }) => {
		await page.goto('/');
		await scrollToStep(page, first.id);
		await waitForMap(page);
		await scrollToStep(page, late.id);
		await expect(mapHost(page)).toHaveAttribute('data-layers', late.layers.map((u) => u.layer).join(','));
		expect(await visibleModules(page, late)).toEqual(late.layers.map((u) => u.layer));
		const order = await styleOrder(page);
		await page.goto('/present');
		await waitForMap(page);
		const reference = await styleOrder(page);
		expect(order).toEqual(reference.filter((id) => order.includes(id)));
	});
});
