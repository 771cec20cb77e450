import { axeScan } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { story } from '../../data/story';
import { about } from '../../data/about';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

/**
 * The handout as a browser prints it: the beforeprint event, then print media
 * laid out at the paper's printable width (what the browser gives the page on
 * paper), then a PDF of it.
 */

const MM = 96 / 25.4;
/** The handout's page margin (src/lib/modes/print.css). */
const MARGIN_MM = 14;
const PAPERS = [
	{ format: 'A4', width: 210 * MM, height: 297 * MM },
	{ format: 'Letter', width: 8.5 * 96, height: 11 * 96 }
] as const;
const MAX_PAGES = 30;

/** Pages in a PDF, counted from its page objects (no tool outside the test run needed). */
function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function toPaper(page: Page, paper: (typeof PAPERS)[number]): Promise<{ width: number; height: number }> {
	const printable = { width: paper.width - 2 * MARGIN_MM * MM, height: paper.height - 2 * MARGIN_MM * MM };
	await page.setViewportSize({ width: Math.floor(printable.width), height: Math.floor(printable.height) });
	await page.goto('/');
	// What the browser does as it prints, once the page has started and listens: beforeprint, then print media.
	await expect(page.locator('.scrolly')).toHaveAttribute('data-started', 'true');
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	return printable;
}

async function picturesLoaded(page: Page): Promise<number> {
	return page
		.locator('img.print-picture')
		.evaluateAll((els) => els.filter((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0).length);
}

test.beforeEach(({}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'paper has one size whatever the screen');
});

for (const paper of PAPERS) {
	test(`the ${paper.format} handout: full-width text, every step's figure whole, sources at the end, at most ${MAX_PAGES} pages`, async ({ page }) => {
		test.setTimeout(120_000);
		const printable = await toPaper(page, paper);

		// Nothing that only works on screen.
		await expect(page.locator('.graphic')).toBeHidden();
		await expect(page.locator('.hero-menu')).toBeHidden();

		// beforeprint asks for every picture at once.
		await expect.poll(() => picturesLoaded(page), { message: 'every step picture loads for paper', timeout: 60_000 }).toBe(story.steps.length);

		const steps = await page.evaluate(() =>
			Array.from(document.querySelectorAll<HTMLElement>('.steps > li.step')).map((li) => {
				const box = (el: Element | null) => (el ? el.getBoundingClientRect().toJSON() as DOMRect : null);
				const figure = li.querySelector('.print-figure');
				return {
					id: li.id,
					text: box(li.querySelector('.card')),
					heading: box(li.querySelector('.heading')),
					body: box(li.querySelector('.body')),
					figure: box(figure),
					picture: box(li.querySelector('img.print-picture')),
					keyShown: !!li.querySelector('.print-figure .legend')?.checkVisibility(),
					hasKey: !!li.querySelector('.print-figure .legend'),
					caption: li.querySelector('.print-figure figcaption')?.textContent ?? '',
					captionShown: !!li.querySelector('.print-figure figcaption')?.checkVisibility(),
					keepsWhole: figure ? getComputedStyle(figure).breakInside : ''
				};
			})
		);
		expect(steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
		for (const [i, s] of steps.entries()) {
			const step = story.steps[i]!;
			expect(s.text!.width, `${s.id}: the text runs the width of the page`).toBeGreaterThanOrEqual(0.9 * printable.width);
			expect(s.picture!.width, `${s.id}: the picture is at least 80 % of the text width`).toBeGreaterThanOrEqual(0.8 * s.text!.width);
			expect(s.figure!.height, `${s.id}: the figure fits on one page`).toBeLessThanOrEqual(printable.height);
			expect(s.keepsWhole, `${s.id}: the figure is never split`).toBe('avoid');
			// Heading, then the figure, then the words.
			expect(s.figure!.top, `${s.id}: the figure follows its heading`).toBeGreaterThan(s.heading!.top);
			expect(s.body!.top, `${s.id}: the words follow the figure`).toBeGreaterThanOrEqual(s.figure!.bottom - 1);
			expect(s.keyShown, `${s.id}: its key prints with the picture`).toBe(s.hasKey);
			expect(s.captionShown, `${s.id}: what the map shows prints with the picture`).toBe(true);
			expect(s.caption).toContain(step.alt);
		}
		// beforeprint brings the source list too, which follows the story on paper, and the About section's notes.
		await expect(page.locator('section.sources li')).toHaveCount(story.sources.length);
		await expect(page.locator('[data-deferred-notes] > section')).toHaveCount(about.sections.length);
		const lastStep = steps.at(-1)!.text!;
		const sources = await page.locator('section.sources').boundingBox();
		expect(sources!.y, 'the sources come after the last step').toBeGreaterThanOrEqual(lastStep.bottom);

		const pdf = await page.pdf({ format: paper.format });
		const pages = pdfPages(pdf);
		test.info().annotations.push({ type: 'pages', description: `${paper.format}: ${pages}` });
		expect(pages, `${paper.format} pages`).toBeGreaterThan(story.steps.length / 2);
		expect(pages, `${paper.format} pages`).toBeLessThanOrEqual(MAX_PAGES);
	});
}

test('the handout button loads every picture before the print dialog opens, and the handout passes an accessibility scan', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	// The button does its work once the page has started.
	await expect(page.locator('.scrolly')).toHaveAttribute('data-started', 'true');
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void ((window as unknown as { printed: number }).printed += 1);
	});
	await page.locator('.story-menu summary').click();
	await page.getByRole('button', { name: 'Print a handout' }).click();
	await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	expect(await picturesLoaded(page), 'every picture is loaded before the dialog opens').toBe(story.steps.length);
	expect(await page.locator('section.sources li').count(), 'the source list is in before the dialog opens').toBe(story.sources.length);
	expect(await page.locator('[data-deferred-notes] > section').count(), 'so are the About section’s notes').toBe(about.sections.length);
	await page.emulateMedia({ media: 'print' });
	const { violations } = await axeScan(page)
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('on screen the figure for paper stays hidden and the map in words stays in its details', async ({ page }) => {
	await page.goto('/');
	const step = story.steps[1]!;
	await expect(page.locator(`#${step.id} .print-figure`)).toBeHidden();
	await expect(page.locator(`#${step.id} details.map-words`)).toBeAttached();
	await expect(page.locator(`#${step.id} details.map-words p`)).toHaveText(step.alt);
});
