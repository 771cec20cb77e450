import { axeScan } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { story } from '../../data/story';
import { ONCE, scrollToStep, waitForMap } from './helpers';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

/** WCAG's rules and axe's best practices (landmarks, one main, headings in order...). */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axe(page: Page, exclude: string[] = []) {
	const builder = axeScan(page).withTags(RULES);
	for (const sel of exclude) builder.exclude(sel);
	const { violations } = await builder.analyze();
	return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Presentation mode's control bar hides 2.5 s after the pointer stops, fading for 0.3 s: a scan
 * across that fade reads a contrast no one sees steady. Hold the bar shown, as a lecturer's focus
 * in it does, and scan it once it has settled.
 */
async function holdControls(page: Page): Promise<void> {
	const bar = page.locator('[data-controls]');
	await page.mouse.move(300, 300);
	await bar.locator('button').first().focus();
	await page.keyboard.press('Tab');
	await expect(bar).toHaveAttribute('data-shown', 'true');
	await expect.poll(() => bar.evaluate((el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length)).toBe(0);
}

/** Routes a reader can open, with what to wait for before scanning. */
const ROUTES: Array<{ path: string; ready?: (page: Page) => Promise<void>; exclude?: string[] }> = [
	{ path: '/', ready: async (page) => { await scrollToStep(page, story.steps[6]!.id); await waitForMap(page); } },
	{ path: `/step/${story.steps[2]!.id}`, ready: async (page) => { await page.waitForURL(/#/); await waitForMap(page); } },
	{ path: '/no-such-page', ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible() },
	{ path: `/present#${story.steps[6]!.id}`, ready: async (page) => { await waitForMap(page); await holdControls(page); } },
	{ path: `/present/presenter#${story.steps[6]!.id}` },
	// The bare map the snapshot script photographs: not linked, but a route all the same.
	{ path: `/snapshot#${story.steps[6]!.id}`, ready: waitForMap },
	// Framed by another site they are scanned in embed.spec.ts as well.
	{ path: `/embed?from=${story.steps[6]!.id}&to=${story.steps[12]!.id}`, ready: waitForMap },
	// The page previews one embed twice, at phone and desktop widths: two frames of the same
	// document whose landmarks (its main, its steps nav, its footer) are alike by design, which
	// axe's landmark-unique counts across frames. The desktop preview is scanned in place; the
	// embed at phone width is scanned on its own above.
	{
		path: '/embed-code',
		ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
		exclude: ['iframe[data-preview-width="375"]']
	}
];

for (const { path, ready, exclude } of ROUTES) {
	for (const motion of ['no-preference', 'reduce'] as const) {
		// Every page is scanned on both devices; its reduced-motion variant, which changes the map's
		// motion and not the page's layout, on the desktop only.
		test(`${path} has no accessibility violations (${motion} motion)`, motion === 'reduce' ? ONCE : {}, async ({ page }) => {
			test.setTimeout(180_000);
			await page.emulateMedia({ reducedMotion: motion });
			await page.goto(path);
			await ready?.(page);
			expect(await axe(page, exclude)).toEqual([]);
		});
	}
}

test('without JavaScript the story has no accessibility violations', async ({ page, request, baseURL }) => {
	test.setTimeout(180_000);
	// axe needs scripts to run, so render the page as a browser without JavaScript would:
	// noscript content shown, the app's scripts gone, and scan that.
	const html = (await (await request.get('/')).text())
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<link[^>]+rel="modulepreload"[^>]*>/g, '')
		.replace(/<\/?noscript>/g, '');
	await page.route(`${baseURL}/`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
	await page.goto('/');
	await expect(page.locator('.graphic')).toBeHidden();
	expect(await axe(page)).toEqual([]);
});

test.describe('reading with assistive technology', () => {
	test('a polite live region announces each new step and what its map shows', async ({ page }) => {
		await page.goto('/');
		const region = page.locator('[data-announcer]');
		await expect(region).toHaveAttribute('aria-live', 'polite');
		const step = story.steps[3]!;
		await scrollToStep(page, step.id);
		await expect(region).toContainText(step.heading);
		await expect(region).toContainText(step.alt);
	});

	test('the map is labelled with what it shows and is never a keyboard trap', async ({ page }) => {
		test.setTimeout(180_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		const step = story.steps[1]!;
		await scrollToStep(page, step.id);
		await waitForMap(page);
		await expect(page.locator('[data-map]')).toHaveAttribute('role', 'img');
		await expect(page.locator('[data-map]')).toHaveAttribute('aria-label', `Map: ${step.alt}`);
		expect(await page.locator('canvas').evaluateAll((cs) => cs.filter((c) => c.tabIndex >= 0).length)).toBe(0);
		// Tab through the whole page: focus always moves on, and every stop shows a focus ring.
		const seen = new Set<string>();
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const s = getComputedStyle(el);
				return { key: `${el.tagName}:${el.textContent?.slice(0, 30)}:${el.getAttribute('href')}`, ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, inMap: !!el.closest('[data-map]') };
			});
			if (!info) continue;
			expect(info.inMap, 'focus never lands inside the map').toBe(false);
			expect(info.ring, `${info.key} shows a focus ring`).toBe(true);
			seen.add(info.key);
		}
		expect(seen.size, 'focus moves through many controls').toBeGreaterThan(15);
	});

	// Controls, not links inside sentences (WCAG 2.5.8 exempts those): buttons, menus, toggles,
	// and the label a radio button is chosen by.
	const CONTROLS = 'button, summary, select, input:not([type=radio]):not([type=checkbox]), label:has(input[type=radio]), .pill, .skip, .share a, .masthead a';
	for (const path of ['/', `/present#${story.steps[6]!.id}`, '/present/presenter', `/embed?from=${story.steps[6]!.id}&to=${story.steps[12]!.id}`, '/embed', '/embed-code']) {
		test(`controls on ${path} are at least 44 px touch targets`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('h1').first()).toBeAttached();
			const small = await page.evaluate((sel) => {
				// Steps far from the screen skip their layout (content-visibility: auto) until a reader
				// nears them, and their controls can measure 0×0 until then: lay every one out as it
				// will be on screen, measure, and hand the page back as it was.
				const style = document.createElement('style');
				style.textContent = '* { content-visibility: visible !important; }';
				document.head.append(style);
				try {
					return Array.from(document.querySelectorAll<HTMLElement>(sel))
						.filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
						.map((el) => ({ el: (el.getAttribute('aria-label') ?? el.textContent)?.trim().slice(0, 30), r: el.getBoundingClientRect() }))
						.filter(({ r }) => r.height < 44 || r.width < 44)
						.map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`);
				} finally {
					style.remove();
				}
			}, CONTROLS);
			expect(small).toEqual([]);
		});
	}
});
