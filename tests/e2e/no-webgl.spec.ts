import { axeScan } from './axe';
import { expect, test } from '@playwright/test';
import { story } from '../../data/story';
import { launchOptions } from './browser';
import { expectPicture, jumpToStep, stage, watchProblems, wordsFile } from './helpers';

// An old phone or a locked-down browser: no WebGL at all.
test.use({ launchOptions: { ...launchOptions, args: [...launchOptions.args, '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'] } });

test('the reader still steps through the story with a picture of each map', async ({ page }) => {
	test.setTimeout(120_000);
	const problems = watchProblems(page);
	await page.goto('/');
	for (const step of story.steps) {
		await jumpToStep(page, step.id);
		await expect(page.locator(`#${step.id} h2.heading`)).toBeVisible();
		await expectPicture(page, step.id);
	}
	await expect(stage(page)).toHaveAttribute('data-map-state', 'failed');
	await expect(page.locator('.why')).toContainText('WebGL2');
	expect(problems).toEqual([]);
	const { violations } = await axeScan(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), 'the picture fallback passes an accessibility scan').toEqual([]);
});

// The same fallback in Russian and Ukrainian: the pictures show that language's map, and the page says why in it.
for (const lang of ['ru', 'uk'] as const) {
	test(`/${lang}: without WebGL each step shows a picture of its map in ${lang}, and says why in ${lang}`, async ({ page }) => {
		const problems = watchProblems(page);
		const ui = wordsFile(`ui.${lang}`);
		await page.goto(`/${lang}`);
		for (const [i, step] of story.steps.entries()) {
			await jumpToStep(page, step.id);
			if (i % 5) continue;
			await expectPicture(page, step.id);
			const src = await page.locator(`img[data-snapshot="${step.id}"]`).evaluate((el: HTMLImageElement) => el.currentSrc);
			expect(src, 'the picture is this language’s').toContain(`/snapshots/${lang}/${step.id}-`);
		}
		await expect(stage(page)).toHaveAttribute('data-map-state', 'failed');
		await expect(page.locator('.why')).toContainText(ui['map.failed.webgl']!);
		expect(problems).toEqual([]);
	});
}
