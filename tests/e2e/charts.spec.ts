import { expect, test } from '@playwright/test';
import { story } from '../../data/story';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

/**
 * The charts of the steps whose subject is numbers are part of the prerendered
 * page (so they show without JavaScript, on paper and in the pictures), and a
 * reader sees them in the card, uncovered, at a phone's and a desktop's size.
 */

const charted = story.steps.filter((s) => s.chart);

test.beforeEach(({}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'sizes are set in the test');
});

test('every chart is in the prerendered page, in its step’s card, named, with its figures behind a disclosure', async ({ request }) => {
	const html = await (await request.get('/')).text();
	expect(charted.length).toBeGreaterThanOrEqual(5);
	for (const step of charted) {
		const start = html.indexOf(`id="${step.id}"`);
		expect(start, step.id).toBeGreaterThan(0);
		const card = html.slice(start, html.indexOf('</li>', start));
		expect(card, step.id).toContain(`<div class="chart" data-chart="${step.chart!.kind}"><svg viewBox="0 0 320 `);
		expect(card, step.id).toMatch(/<svg [^>]*role="img" aria-label="[^"]{40,}"/);
		expect(card, step.id).toContain('<details class="chart-figures"><summary>Show the figures</summary><table class="figures">');
	}
});

for (const [width, height] of [
	[390, 844],
	[1440, 900]
] as const) {
	test(`the charts show in their cards, uncovered and readable, at ${width}×${height}`, async ({ page }) => {
		// Five steps, each scrolled to while the map flies: slow on a shared machine.
		test.setTimeout(240_000);
		await page.setViewportSize({ width, height });
		await page.goto('/');
		for (const step of charted) {
			const chart = page.locator(`#${step.id} .card .chart svg`);
			await chart.scrollIntoViewIfNeeded();
			// Bring the chart's top to where the text is read: below the map on a phone.
			await chart.evaluate((el, top) => window.scrollBy(0, el.getBoundingClientRect().top - top), width < 700 ? height * 0.5 : 80);
			await expect(chart).toBeVisible();
			const box = (await chart.boundingBox())!;
			const card = (await page.locator(`#${step.id} .card`).boundingBox())!;
			expect(box.x, step.id).toBeGreaterThanOrEqual(card.x);
			expect(box.x + box.width, step.id).toBeLessThanOrEqual(card.x + card.width + 0.5);
			// Drawn at least at its viewBox width: its 12-unit labels are 12 px or more.
			expect(box.width, step.id).toBeGreaterThanOrEqual(320);
			// What is at the chart's first marks is the chart, not the map or anything over it. Asked
			// again until it holds: beside the map a step's content is skipped (content-visibility)
			// until the browser finds it near the screen, a frame or two after the scroll, and skipped
			// content takes no hit test. Something lying over the chart keeps failing it.
			await expect
				.poll(
					() =>
						chart.evaluate((el) => {
							const r = el.getBoundingClientRect();
							const at = document.elementFromPoint(r.x + r.width / 2, r.y + 40);
							return at?.closest('.chart') ? 'the chart' : `${at ? `${at.tagName.toLowerCase()}.${[...at.classList].join('.')}` : 'nothing'} at y ${Math.round(r.y + 40)}`;
						}),
					{ message: `${step.id}: the chart is uncovered` }
				)
				.toBe('the chart');
		}
	});
}
