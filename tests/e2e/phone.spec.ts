import { expect, test } from '@playwright/test';
import { story } from '../../data/story';
import { expectCameraAt, scrollToStep, waitForMap } from './helpers';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

test.describe('on a phone', () => {
	test.skip(({ isMobile }) => !isMobile, 'phone layout only');

	test('the map holds the top of the screen, full width, while the text scrolls beneath it; nothing scrolls sideways', async ({ page }) => {
		await page.goto('/');
		await scrollToStep(page, story.steps[1]!.id);
		await waitForMap(page);
		const vp = page.viewportSize()!;
		const map = async () => (await page.locator('[data-map]').boundingBox())!;
		const first = await map();
		expect(first.y).toBeLessThanOrEqual(1);
		expect(first.width).toBeGreaterThanOrEqual(vp.width - 1);
		expect(first.height).toBeGreaterThanOrEqual(vp.height * 0.35);
		// Further on, the map is still in the same place, and the step being read is below it.
		await scrollToStep(page, story.steps[5]!.id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', story.steps[5]!.id);
		expect(await map()).toEqual(first);
		const heading = await page.locator(`[id="${story.steps[5]!.id}-heading"]`).boundingBox();
		expect(heading!.y).toBeGreaterThanOrEqual(first.y + first.height);
		expect(heading!.y + heading!.height).toBeLessThanOrEqual(vp.height);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('a vertical swipe on the map scrolls the page instead of panning the map', async ({ page }) => {
		const step = story.steps[1]!;
		await page.goto('/');
		await scrollToStep(page, step.id);
		await waitForMap(page);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', step.id);
		// The camera has landed: a reading taken mid-flight would differ from the next for no swipe's doing.
		await expectCameraAt(page, step);
		// The middle of the map, which holds the top of the screen.
		const box = (await page.locator('[data-map]').boundingBox())!;
		const point = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
		const before = await page.evaluate(() => window.scrollY);
		const camBefore = await page.locator('[data-map]').getAttribute('data-camera');
		const cdp = await page.context().newCDPSession(page);
		const { x, y } = point!;
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
		for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: Math.max(1, y - i * 25) }] });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
		const active = await page.locator('.scrolly').getAttribute('data-active-step');
		if (active === step.id) expect(await page.locator('[data-map]').getAttribute('data-camera'), 'the map did not pan').toBe(camBefore);
	});

	test('the text is on an opaque ground: nothing shows through it', async ({ page }) => {
		await page.goto('/');
		const bg = await page.locator('.card').first().evaluate((el) => getComputedStyle(el).backgroundColor);
		const alpha = Number(bg.match(/rgba?\(([^)]+)\)/)![1]!.split(',')[3] ?? 1);
		expect(alpha).toBeGreaterThanOrEqual(0.9);
	});
});
