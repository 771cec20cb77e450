import { expect, test } from '@playwright/test';
import { story } from '../../data/story';
import { sourceAnchor } from '../../src/lib/story/text';
import { formatDate } from '../../src/lib/story/dates';
import { about as aboutNotes } from '../../data/about';
import { expectCameraAt, ONCE, scrollToStep, stage, waitForMap, watchProblems } from './helpers';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

test.describe('reading the story by scrolling', () => {
	test('every step becomes active in turn, the live camera reaches its view, and nothing fails', async ({ page }) => {
		test.setTimeout(480_000);
		const problems = watchProblems(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
		const historyStart = await page.evaluate(() => history.length);
		const scrolly = page.locator('.scrolly');

		for (const [i, step] of story.steps.entries()) {
			await scrollToStep(page, step.id);
			if (i === 0) await waitForMap(page);
			await expect(scrolly, `step ${i}`).toHaveAttribute('data-active-step', step.id);
			await expect(page.locator(`#${step.id}`)).toHaveAttribute('aria-current', 'step');
			await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
			await expectCameraAt(page, step);
			await expect(stage(page)).toHaveAttribute('data-step', step.id);
			if (i > 0) await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
		}

		expect(await page.evaluate(() => history.length), 'the read adds no history entries').toBe(historyStart);
		expect(problems).toEqual([]);
	});

	test('opening a step link lands on that step with the map already in its state', async ({ page }) => {
		const problems = watchProblems(page);
		const target = story.steps[Math.floor(story.steps.length / 2)]!;
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __activeSteps: string[] }).__activeSteps = seen;
			new MutationObserver(() => {
				const v = document.querySelector('.scrolly')?.getAttribute('data-active-step');
				if (v && seen.at(-1) !== v) seen.push(v);
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-active-step'] });
		});
		await page.goto(`/#${target.id}`);
		await waitForMap(page);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', target.id);
		await expect(page.locator(`#${target.id}`)).toBeInViewport();
		await expectCameraAt(page, target);
		// The drawn map fills the whole map area the reader sees, not a strip of it.
		const fit = await page.locator('[data-map]').first().evaluate((host) => {
			const canvas = host.querySelector('canvas')!.getBoundingClientRect();
			const box = host.getBoundingClientRect();
			return { w: Math.abs(canvas.width - box.width), h: Math.abs(canvas.height - box.height), tall: box.height };
		});
		expect(fit.tall).toBeGreaterThan(300);
		expect(fit.w).toBeLessThanOrEqual(1);
		expect(fit.h).toBeLessThanOrEqual(1);
		const seen = await page.evaluate(() => (window as unknown as { __activeSteps: string[] }).__activeSteps);
		expect(seen.filter((id) => id !== story.steps[0]!.id && id !== target.id), 'no steps before it replayed').toEqual([]);
		expect(problems).toEqual([]);
	});

	test('an unknown step in the link falls back to the first step without an error', ONCE, async ({ page }) => {
		const problems = watchProblems(page);
		await page.goto('/#no-such-step');
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', story.steps[0]!.id);
		expect(problems).toEqual([]);
	});

	test('the source list comes after the first screen, and each step links its citations to its entries', ONCE, async ({ page, request }) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto('/');
		await expect(page.locator('.scrolly')).toHaveAttribute('data-started', 'true');
		// Until the reader moves, the section says where the list is, and nothing has fetched it.
		const sources = page.locator('section.sources');
		await expect(sources).toHaveAttribute('data-listed', 'false');
		await expect(sources.locator('li')).toHaveCount(0);
		// So do the About section's notes, which the About page holds.
		const notes = page.locator('[data-deferred-notes]');
		await expect(notes.locator('section')).toHaveCount(0);
		await expect(page.locator('section.about').getByRole('link', { name: 'the About page' })).toBeVisible();
		await expect(sources.getByRole('link', { name: 'the About page' })).toHaveAttribute('href', /\/about#sources-title$/);
		expect(fetched.filter((p) => p.endsWith('/sources.json')), 'the list waits for the reader').toEqual([]);
		// The credits and the link-preview tags stay as the page holds them once it has started (the browser builds neither).
		await expect(page.locator('footer.credits li')).toHaveText(story.credits);
		await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', story.title);
		await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
		// A citation is named for a screen reader by its number, publisher and date, as the step's source line names it.
		const cite = page.locator('.cite a').first();
		const hash = await cite.evaluate((a) => (a as HTMLAnchorElement).hash.slice(1));
		const n = story.sources.findIndex((src) => sourceAnchor(src.id) === hash) + 1;
		const src = story.sources[n - 1]!;
		await expect(cite).toHaveAccessibleName(`Source ${n}: ${src.publisher}, ${formatDate(src.date)}`);
		// The reader's scrolling brings it, whole and in order.
		await expect(async () => {
			await page.mouse.wheel(0, 200);
			await expect(sources).toHaveAttribute('data-listed', 'true', { timeout: 1000 });
		}).toPass({ timeout: 30_000 });
		await expect(sources.locator('li')).toHaveCount(story.sources.length);
		await expect(sources.getByRole('link', { name: 'the About page' })).toBeHidden();
		await expect(notes.locator('section h3')).toHaveText(aboutNotes.sections.map((s) => s.heading));
		await expect(page.locator('section.about').getByRole('link', { name: 'the About page' })).toBeHidden();
		expect(await sources.locator('li').evaluateAll((els) => els.map((el) => el.id))).toEqual(story.sources.map((s) => sourceAnchor(s.id)));
		// Every citation and source line points at an entry of the About page's list, which this page now holds too.
		const about = await (await request.get('/about')).text();
		const report = await page.evaluate(
			(steps) =>
				steps.map(({ id }) => {
					const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(`[id="${id}"] .step-sources a, [id="${id}"] .cite a`));
					return {
						id,
						listed: document.querySelectorAll(`[id="${id}"] .step-sources a`).length,
						pages: [...new Set(links.map((a) => a.pathname))],
						anchors: links.map((a) => a.hash.slice(1)),
						broken: links.map((a) => a.hash.slice(1)).filter((anchor) => document.querySelectorAll(`[id="${anchor}"]`).length !== 1)
					};
				}),
			story.steps.map((s) => ({ id: s.id }))
		);
		for (const [i, r] of report.entries()) {
			expect(r.listed, `${r.id} lists its sources`).toBe(story.steps[i]!.sources.length);
			expect(r.pages, `${r.id} links to the About page's list`).toEqual(['/about']);
			expect(r.broken, `${r.id} links only to sources on the list`).toEqual([]);
			for (const anchor of r.anchors) expect(about, `${r.id}: /about holds ${anchor}`).toContain(`id="${anchor}"`);
		}
	});

	test('a citation jumps to its source on this page, and Back returns the reader to the step', async ({ page }) => {
		const step = story.steps[1]!;
		await page.goto(`/#${step.id}`);
		const scrolly = page.locator('.scrolly');
		await expect(scrolly).toHaveAttribute('data-active-step', step.id);
		const card = page.locator(`[id="${step.id}"]`);
		await expect(card).toBeInViewport();
		const cite = card.locator('.cite a').first();
		const hash = await cite.evaluate((a) => (a as HTMLAnchorElement).hash);
		await cite.click();
		// The entry on this page (the list arrives first if it has not yet), not a trip to /about.
		await expect(page).toHaveURL(new RegExp(`/${hash}$`));
		await expect(page.locator(`[id="${hash.slice(1)}"]`)).toBeInViewport();
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
		await expect(card).toBeInViewport();
		await expect(scrolly).toHaveAttribute('data-active-step', step.id);
	});

	test('an address naming an entry of the story’s list opens at it', ONCE, async ({ page }) => {
		const anchor = sourceAnchor(story.sources[4]!.id);
		await page.goto(`/#${anchor}`);
		await expect(page.locator('section.sources')).toHaveAttribute('data-listed', 'true');
		await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
	});

	test('the reduced-motion toggle is remembered and shows layers at their end state', ONCE, async ({ page }) => {
		await page.goto('/');
		// The switch is in the story's menu, which opens from its button.
		const menu = page.getByText('Menu', { exact: true });
		await menu.click();
		const toggle = page.getByRole('button', { name: 'Reduce motion' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await page.reload();
		await page.getByText('Menu', { exact: true }).click();
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Escape');
		const step = story.steps[2]!;
		await scrollToStep(page, step.id);
		await waitForMap(page);
		await expect(page.locator('[data-map]')).toHaveAttribute('data-progress', '1.000');
		await expectCameraAt(page, step);
	});

	test('the operating system setting for reduced motion is honoured', ONCE, async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Reduce motion', includeHidden: true })).toHaveAttribute('aria-pressed', 'true');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the whole text and citations are in the page, and the citations reach the sources on /about', ONCE, async ({ page }) => {
		await page.goto('/');
		for (const step of story.steps) await expect(page.locator(`#${step.id} h2.heading`)).toHaveText(step.heading);
		await expect(page.locator('section.sources').getByRole('link', { name: 'the About page' })).toBeVisible();
		const cite = page.locator(`#${story.steps[1]!.id} .cite a`).first();
		const anchor = (await cite.evaluate((a) => (a as HTMLAnchorElement).hash)).slice(1);
		await cite.click();
		await expect(page).toHaveURL(new RegExp(`/about#${anchor}$`));
		await expect(page.locator('section.sources li')).toHaveCount(story.sources.length);
		await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
	});
});
