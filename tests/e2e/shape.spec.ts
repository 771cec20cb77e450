/**
 * The story's shape as a reader meets it: the first screen (headline and the
 * opening map together), the compact menu, the acts in order and the ending.
 * Device-dependent checks run on both the phone and desktop projects.
 */
import { expect, test } from '@playwright/test';
import { story } from '../../data/story';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

test.describe('the first screen', () => {
	test('shows the headline and the opening map’s picture together, and the menu holds the secondary controls', async ({ page }) => {
		await page.goto('/');
		const viewport = page.viewportSize()!;
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toHaveText(story.title);
		await expect(h1).toBeInViewport();
		const picture = page.locator('[data-hero-picture]');
		await expect(picture).toHaveAttribute('data-hero-picture', story.steps[0]!.id);
		await expect(picture).toBeInViewport({ ratio: 0.9 });
		const pic = (await picture.boundingBox())!;
		// Edge to edge, and a real share of the first screen (the map is not below the fold).
		expect(pic.width).toBeGreaterThanOrEqual(viewport.width - 1);
		expect(pic.height / viewport.height).toBeGreaterThan(0.4);
		// The words never lie over the map.
		const words = (await page.locator('.hero-text').boundingBox())!;
		expect(words.y >= pic.y + pic.height - 1 || words.y + words.height <= pic.y + 1, 'the words sit above or below the picture').toBe(true);
		// The byline the story file holds.
		await expect(page.locator('.hero .byline')).toHaveText(story.byline);

		// The secondary controls wait in one menu.
		await expect(page.getByRole('link', { name: 'Present this story' })).toBeHidden();
		await page.getByText('Menu', { exact: true }).click();
		for (const name of ['Present this story', 'Embed this story', 'Skip to the sources', 'About this story'])
			await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Print a handout' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('link', { name: 'Present this story' })).toBeHidden();
		await expect(page.locator('.story-menu summary')).toBeFocused();
	});

	test('the headline starts on the same left edge as the step cards’ headings', async ({ page }) => {
		await page.goto('/');
		const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
		const heading = (await page.locator(`#${story.steps[0]!.id} .heading`).boundingBox())!;
		expect(Math.abs(h1.x - heading.x)).toBeLessThanOrEqual(2);
	});
});

test.describe('acts and ending', () => {
	test('act cards mark each turn, in order, and the closing step comes last, before the About box and sources', async ({ page }, info) => {
		test.skip(info.project.name !== 'desktop', 'the page’s order does not depend on the device');
		await page.goto('/');
		const acts = story.steps.filter((s) => s.act);
		await expect(page.locator('.act-card .act-title')).toHaveText(acts.map((s) => s.act!.title));
		await expect(page.locator('.act-card .act-count')).toHaveText(acts.map((_, i) => `Part ${i + 1}`));
		// Each act card opens the list item of the step it introduces.
		for (const s of acts) await expect(page.locator(`#${s.id} > .act-card + article`)).toHaveCount(1);
		const last = story.steps.at(-1)!;
		await expect(page.locator('.steps > li.step').last()).toHaveAttribute('id', last.id);
		await expect(page.locator(`#${last.id} .kicker`)).toContainText('Later');
		// After the story: the About box, then the sources.
		const order = await page.evaluate((id) => {
			const at = (el: Element | null) => (el ? el.getBoundingClientRect().top + window.scrollY : NaN);
			return [at(document.getElementById(id)), at(document.getElementById('about-title')), at(document.getElementById('sources-title'))];
		}, last.id);
		expect(order[0]).toBeLessThan(order[2]!);
		expect(order[1]).toBeGreaterThan(order[0]!);
		expect(order[1]).toBeLessThan(order[2]!);
	});
});
