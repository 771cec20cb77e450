/**
 * The map's clock, the one date readout: it shows the step's kicker date by the
 * time the step's heading is mid-screen, on a step opened by its link, and at a
 * presentation step's last beat, with the real map; on a phone it sits under
 * the sticky map without covering it.
 */
import { expect, test, type Page } from '@playwright/test';
import { story } from '../../data/story';
import { beatsFor } from '../../src/lib/map/legend';
import { formatWhen, kickerFor } from '../../src/lib/story/dates';
import { ONCE, waitForMap, watchProblems } from './helpers';

/** A step whose map unfolds over several days, so the clock moves before it settles. */
const unfolding = story.steps.find((s) => s.layers.some((u) => u.layer === 'unrest' && u.from !== u.to))!;
/** A step on the years line. */
const years = story.steps.find((s) => s.when.from.startsWith('2014'))!;

const clock = (page: Page) => page.locator('[data-clock]').first();
const label = (page: Page) => page.locator('[data-clock-label]').first();

/** Scroll down in small steps, as a reader does, until the step's heading is at the middle of the screen. */
async function scrollHeadingTo(page: Page, id: string, share: number): Promise<void> {
	for (let i = 0; i < 60; i++) {
		const dy = await page.evaluate(
			([stepId, at]) => {
				const h = document.querySelector(`#${stepId} .card .heading`)!.getBoundingClientRect();
				const dy = h.top + h.height / 2 - window.innerHeight * (at as number);
				if (dy > 0) window.scrollBy({ top: Math.min(60, dy), behavior: 'instant' });
				return dy;
			},
			[id, share] as const
		);
		if (dy <= 0) return;
		await page.waitForTimeout(50);
	}
}

test.describe('reading: the clock shows the kicker’s date', () => {
	test('by the time the step’s heading is mid-screen, after moving through the days', async ({ page, isMobile }) => {
		test.setTimeout(240_000);
		const problems = watchProblems(page);
		await page.goto(`/#${story.steps[0]!.id}`);
		await waitForMap(page);
		const kicker = page.locator(`#${unfolding.id} .kicker`);
		await expect(kicker).toHaveText(kickerFor(unfolding));
		// Bring the step in: its heading just below the middle, the step started but not done.
		await page.evaluate((stepId) => {
			const el = document.getElementById(stepId)!;
			window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * (0.7 - 0.02), behavior: 'instant' });
		}, unfolding.id);
		await page.evaluate(() => window.scrollBy({ top: 10, behavior: 'instant' }));
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', unfolding.id);
		await expect(clock(page)).toHaveAttribute('data-done', 'false');
		await expect(label(page)).toHaveText(/^\d{1,2} January 2022$/);
		await expect(page.locator('[data-clock-marker]')).toHaveCount(1);
		// On to the heading at mid-screen: the clock reads the kicker's date, and the map is at the step's end.
		await scrollHeadingTo(page, unfolding.id, 0.5);
		await expect(clock(page)).toHaveAttribute('data-done', 'true');
		await expect(label(page)).toHaveText(formatWhen(unfolding.when));
		expect((await kicker.textContent())!.startsWith((await label(page).textContent())!)).toBe(true);
		await expect(clock(page)).toHaveAttribute('data-view', 'january');
		// Not a live region: the date is read once, with the step.
		await expect(clock(page)).not.toHaveAttribute('aria-live', /.*/);
		await expect(page.locator('[data-announcer]')).toContainText(formatWhen(unfolding.when));
		// The clock lies under the map, never over what the map draws.
		const [c, m] = await Promise.all([clock(page).boundingBox(), page.locator('[data-map]').first().boundingBox()]);
		expect(c!.y).toBeGreaterThanOrEqual(m!.y + m!.height - 1);
		if (isMobile) {
			// On a phone it fits inside the sticky map's part of the screen.
			const g = await page.locator('.graphic').boundingBox();
			expect(c!.y + c!.height).toBeLessThanOrEqual(g!.y + g!.height + 1);
			expect(m!.height).toBeGreaterThan(g!.height * 0.6);
		}
		expect(problems).toEqual([]);
	});

	test('a step opened by its link shows its finished state and its date', ONCE, async ({ page }) => {
		await page.goto(`/#${unfolding.id}`);
		await waitForMap(page);
		await expect(clock(page)).toHaveAttribute('data-done', 'true');
		await expect(label(page)).toHaveText(formatWhen(unfolding.when));
		await page.goto(`/#${years.id}`);
		await waitForMap(page);
		await expect(label(page)).toHaveText(formatWhen(years.when));
		await expect(clock(page)).toHaveAttribute('data-view', 'years');
		await expect(page.locator(`#${years.id} .kicker`)).toHaveText(kickerFor(years));
	});
});

test.describe('presentation: the clock shows the kicker’s date', () => {
	test.skip(({ isMobile }) => isMobile, 'presentation at a projector’s size');
	test.use({ viewport: { width: 1280, height: 720 } });

	test('at the step’s last beat, the same date as in reading', async ({ page }) => {
		const i = story.steps.indexOf(unfolding);
		const beats = beatsFor(unfolding);
		await page.goto(`/present#${unfolding.id}${beats > 1 ? `/${beats}` : ''}`);
		await expect(page.locator('[data-present]')).toHaveAttribute('data-started', 'true');
		await waitForMap(page);
		await expect(page.locator('.slide-text .kicker')).toHaveText(kickerFor(unfolding));
		await expect(label(page)).toHaveText(formatWhen(unfolding.when));
		await expect(clock(page)).toHaveAttribute('data-done', 'true');
		// A step without beats shows its date at once.
		const one = story.steps.findIndex((s, j) => j !== i && beatsFor(s) === 1);
		await page.goto(`/present#${story.steps[one]!.id}`);
		await waitForMap(page);
		await expect(label(page)).toHaveText(formatWhen(story.steps[one]!.when));
		// The clock is drawn for the projector: larger type than on a reader's screen.
		const size = await label(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(16);
	});
});
