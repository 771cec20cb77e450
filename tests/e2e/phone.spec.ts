import { expect, test } from '@playwright/test';
import { story } from '../../data/story';
import { scrollToStep, waitForMap } from './helpers';

test.describe('on a phone', () => {
	test.skip(({ isMobile }) => !isMobile, 'phone layout only');

	test('the map fills the screen behind the cards and nothing scrolls sideways', async ({ page }) => {
		await page.goto('/');
		await scrollToStep(page, story.steps[1]!.id);
		await waitForMap(page);
		const box = await page.locator('.graphic').boundingBox();
		const vp = page.viewportSize()!;
		expect(box!.width).toBeGreaterThanOrEqual(vp.width - 1);
		expect(box!.height).toBeGreaterThanOrEqual(vp.height * 0.95);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('a vertical swipe on the map scrolls the page instead of panning the map', async ({ page }) => {
		const step = story.steps[1]!;
		await page.goto('/');
		await scrollToStep(page, step.id);
		await waitForMap(page);
		// Scroll past the card into the clear view of the map that follows it.
		await page.evaluate((id) => {
			const r = document.querySelector(`[id="${id}"] .card`)!.getBoundingClientRect();
			window.scrollTo({ top: r.bottom + window.scrollY - window.innerHeight * 0.1, behavior: 'instant' });
		}, step.id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', step.id);
		// Find a point where the map, not a card or the legend, is under the finger.
		const point = await page.evaluate(() => {
			for (let y = Math.round(window.innerHeight * 0.6); y > Math.round(window.innerHeight * 0.15); y -= 20) {
				const el = document.elementFromPoint(window.innerWidth / 2, y);
				if (el && !el.closest('.card, .legend-box, .readout')) return { x: window.innerWidth / 2, y };
			}
			return null;
		});
		expect(point, 'some of the map is visible between cards').not.toBeNull();
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

	test('cards stay legible over the map', async ({ page }) => {
		await page.goto('/');
		const bg = await page.locator('.card').first().evaluate((el) => getComputedStyle(el).backgroundColor);
		const alpha = Number(bg.match(/rgba?\(([^)]+)\)/)![1]!.split(',')[3] ?? 1);
		expect(alpha).toBeGreaterThanOrEqual(0.9);
	});
});
