import { expect, test, type Page } from '@playwright/test';
import { story } from '../../data/story';
import { countLayoutShift, expectPicture, ONCE, scrollToStep, stage, waitForMap, watchProblems, wordsFile } from './helpers';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

const first = story.steps[0]!;
const some = [story.steps[1]!, story.steps[6]!, story.steps.at(-1)!];


test.describe('when the map cannot load its data', () => {
	test('a failed geodata request: the map area says so and shows the picture; the text reads on', async ({ page }) => {
		await page.route('**/geo/countries.json', (route) => route.abort('failed'));
		await page.goto('/');
		await scrollToStep(page, some[0]!.id);
		await expect(stage(page)).toHaveAttribute('data-map-state', 'failed');
		await expect(page.locator('.why')).toContainText('geodata');
		await expectPicture(page, some[0]!.id);
		await scrollToStep(page, some[1]!.id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', some[1]!.id);
		await expectPicture(page, some[1]!.id);
	});

	test('a geodata request that hangs: the page never blocks and the map gives up with a message', ONCE, async ({ page }) => {
		test.setTimeout(90_000);
		await page.route('**/geo/countries.json', () => {
			/* never answered */
		});
		await page.goto('/');
		await scrollToStep(page, some[0]!.id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', some[0]!.id);
		await expectPicture(page, some[0]!.id);
		await scrollToStep(page, some[1]!.id);
		await expect(page.locator('.scrolly'), 'scrolling still moves the story while the map waits').toHaveAttribute('data-active-step', some[1]!.id);
		await expect(stage(page)).toHaveAttribute('data-map-state', 'failed', { timeout: 40_000 });
		await expect(page.locator('.why')).toContainText('too long');
	});

	test('failed font requests: the text stays readable and the map still starts', ONCE, async ({ page }) => {
		const problems = watchProblems(page);
		await page.route('**/fonts/**', (route) => route.abort('failed'));
		await page.goto('/');
		await scrollToStep(page, some[0]!.id);
		await expect(page.locator(`#${some[0]!.id} h2.heading`)).toBeVisible();
		await expect(stage(page)).toHaveAttribute('data-map-state', /ready|failed/, { timeout: 30_000 });
		expect(problems.filter((p) => p.startsWith('page error'))).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the whole text comes with a picture of every step and no sticky map', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.graphic')).toBeHidden();
		for (const step of story.steps) {
			await expect(page.locator(`#${step.id} h2.heading`)).toHaveText(step.heading);
			const img = page.locator(`#${step.id} noscript`);
			await expect(img).toHaveCount(1);
		}
		// The browser renders noscript content with scripts off: the pictures are real images.
		const pictures = page.locator('img[data-step-picture]:visible');
		await expect(pictures).toHaveCount(story.steps.length);
		await pictures.nth(2).scrollIntoViewIfNeeded();
		await expect.poll(() => pictures.nth(2).evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
	});
});

// Paper: tests/e2e/print.spec.ts prints the handout at A4 and Letter and checks its layout and page count.

test.describe('link previews', () => {
	test('the story and every step link carry a preview picture that exists', ONCE, async ({ page, request }) => {
		for (const path of ['/', ...story.steps.map((s) => `/step/${s.id}`)]) {
			const html = await (await request.get(path)).text();
			const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
			expect(image, `${path} has og:image`).toBeTruthy();
			expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
			const res = await request.get(new URL(image!).pathname);
			expect(res.status(), image).toBe(200);
			expect(res.headers()['content-type']).toContain('image/jpeg');
		}
	});

	test('a step link takes a reader to that step of the story', ONCE, async ({ page }) => {
		const step = story.steps[4]!;
		await page.goto(`/step/${step.id}`);
		await expect(page).toHaveURL(new RegExp(`/#${step.id}$`));
		await waitForMap(page);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', step.id);
	});

	test('an unknown step link is a 404 page, not a blank one', ONCE, async ({ page }) => {
		const res = await page.goto('/step/no-such-step');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is nothing at this address');
		await expect(page.getByRole('link', { name: story.title })).toBeVisible();
		await expect(page).toHaveTitle(/Not found/);
	});

	test('the way back from a 404 page opens the whole story, cards and sources included', ONCE, async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto('/step/no-such-step');
		const problems = watchProblems(page);
		// Links load whole pages (the story page's scripts carry only what its live parts need, not its
		// cards): the error page's link loads the prerendered story, never an empty shell drawn in the browser.
		await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
		await page.getByRole('link', { name: story.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
		expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker), 'a full page load').toBeUndefined();
		for (const step of [story.steps[0]!, story.steps.at(-1)!]) {
			await expect(page.locator(`#${step.id} h2.heading`)).toHaveText(step.heading);
			await expect(page.locator(`#${step.id} .body`).first()).not.toBeEmpty();
		}
		await scrollToStep(page, story.steps[2]!.id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', story.steps[2]!.id);
		// The source list follows the reader's first scroll once the page has settled (a scroll in the
		// page's first moments may be its own, to a linked step): a reader reads on, a little at a time.
		await expect(async () => {
			await page.mouse.wheel(0, 120);
			await expect(page.locator('section.sources li')).toHaveCount(story.sources.length, { timeout: 2_000 });
		}).toPass({ timeout: 30_000 });
		expect(problems).toEqual([]);
	});

	test('without JavaScript an unknown address still says so and links back to the story', ONCE, async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		const res = await page.goto('/no/such/page');
		expect(res?.status()).toBe(404);
		await expect(page).toHaveTitle('Not found');
		// The shell cannot tell which language the reader came for: it says so in each, with the way back to each.
		for (const { lang, html, words, title, root } of [
			{ lang: 'en', html: 'en-GB', words: wordsFile('ui.en'), title: story.title, root: '/' },
			{ lang: 'ru', html: 'ru', words: wordsFile('ui.ru'), title: wordsFile('ru')['story.title']!, root: '/ru' },
			{ lang: 'uk', html: 'uk', words: wordsFile('ui.uk'), title: wordsFile('uk')['story.title']!, root: '/uk' }
		]) {
			const part = page.locator(`section[lang="${html}"]`);
			await expect(part.getByRole('heading', { level: 1 }), lang).toHaveText(words['error.notFound']!);
			await expect(part.getByRole('link', { name: title }), lang).toHaveAttribute('href', root);
		}
		await page.locator('section[lang="en-GB"]').getByRole('link', { name: story.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
		await context.close();
	});

	for (const lang of ['ru', 'uk'] as const)
		test(`an unknown address under /${lang} is a 404 page in ${lang}, with the way back to the ${lang} story`, ONCE, async ({ page }) => {
			const words = wordsFile(`ui.${lang}`);
			const title = wordsFile(lang)['story.title']!;
			const problems = watchProblems(page);
			const res = await page.goto(`/${lang}/no-such-page`);
			expect(res?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(words['error.notFound']!);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page).toHaveTitle(words['error.pageTitle']!.replace('{title}', title));
			await page.getByRole('link', { name: title }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
		});
});

/** Holds back every request matching `pattern`, as a slow connection would, until the returned function lets them through. */
async function holdRequests(page: Page, pattern: string): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('the poster holds the map’s place until the live map is ready, and nothing shifts when it arrives', async ({ page }) => {
	const step = story.steps[3]!;
	const shift = await countLayoutShift(page);
	const release = await holdRequests(page, '**/geo/countries.json');
	await page.goto(`/#${step.id}`);
	await expect(page.locator(`#${step.id} h2.heading`)).toBeInViewport();
	await expect(stage(page)).toHaveAttribute('data-map-state', 'loading');
	await expectPicture(page, step.id);
	// This test is about the map's arrival: count shifts from here, once the page's fonts have
	// swapped in (on a slow machine the swap can land after the first paint of a linked step).
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	});
	await shift.reset();
	const before = await page.locator('.graphic').boundingBox();
	release();
	await waitForMap(page);
	await expect(page.locator(`img[data-snapshot="${step.id}"]`)).toHaveCount(0);
	expect(await page.locator('.graphic').boundingBox()).toEqual(before);
	expect(await shift.read()).toBeLessThan(0.01);
});

test('a step opened by its link stays in place when the page font arrives late', async ({ browser, isMobile }, info) => {
	test.skip(!isMobile, 'on a phone the cards above a linked step lie under the sticky map, where scroll anchoring does not catch their rewrap');
	test.setTimeout(120_000);
	// Steps at a quarter, a half and three quarters of the story, with many cards above them.
	const n = story.steps.length;
	for (const step of [story.steps[Math.floor(n / 4)]!, story.steps[Math.floor(n / 2)]!, story.steps[Math.floor((3 * n) / 4)]!]) {
		// A fresh browser context each time, so the font is never already cached.
		const context = await browser.newContext({ ...info.project.use });
		const page = await context.newPage();
		const shift = await countLayoutShift(page);
		// A slow connection: the page font is held back until the page has painted the linked step in
		// the fallback font and the test has measured where its heading lies, then let through.
		const release = await holdRequests(page, '**/fonts/*.woff2');
		// Not waiting for the load event, which a preloaded font holds back.
		await page.goto(`/#${step.id}`, { waitUntil: 'domcontentloaded' });
		const heading = page.locator(`#${step.id} h2.heading`);
		await expect(heading).toBeInViewport();
		expect(await page.evaluate(() => document.fonts.status), `${step.id}: the font is still on its way`).toBe('loading');
		const before = (await heading.boundingBox())!.y;
		release();
		await page.evaluate(async () => {
			await document.fonts.ready;
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		});
		expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans"')), 'the page font is in').toBe(true);
		// Before the cards above were held, their rewrap pushed a linked step down by up to about 30 px.
		expect(Math.abs((await heading.boundingBox())!.y - before), `${step.id}: the heading moved on screen (px)`).toBeLessThan(2);
		// What is left is the linked card's own text rewrapping in the new font (0.00–0.07); before,
		// with the step pushed down, up to 0.37.
		expect(await shift.read(), `${step.id}: layout shift`).toBeLessThan(0.08);
		// The cards above came back: the reader can scroll up through them.
		await expect(page.locator(`#${story.steps[0]!.id}`)).toHaveCSS('visibility', 'visible');
		await context.close();
	}
});
