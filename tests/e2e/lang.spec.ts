/**
 * The story in Russian and Ukrainian: the same pages as in English, at /ru/…
 * and /uk/…, each in its own language, reached from one another by the
 * language switcher at the reader's place. Read at phone and desktop size; the
 * checks that do not depend on the device (@once) run on desktop only.
 */
import { axeScan } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { story } from '../../data/story';
import { translateStory } from '../../src/lib/story/translate';
import { startHostServer } from './hosts/server';
import { expectCameraAt, mapHost, notAborted, ONCE, scrollToStep, waitForMap, watchProblems, wordsFile } from './helpers';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

const [ruWords, ukWords, ruUi, ukUi, ruEmbed, ukEmbed, ruPresent, ukPresent, ruMap, ukMap, enMap] = ['ru', 'uk', 'ui.ru', 'ui.uk', 'ui-embed.ru', 'ui-embed.uk', 'ui-present.ru', 'ui-present.uk', 'map.ru', 'map.uk', 'map.en'].map(wordsFile);
const LANGS = {
	ru: { words: ruWords!, ui: ruUi!, embed: ruEmbed!, present: ruPresent!, map: ruMap! },
	uk: { words: ukWords!, ui: ukUi!, embed: ukEmbed!, present: ukPresent!, map: ukMap! }
} as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CYRILLIC = /[\u0400-\u04FF]/;
const STEP = 'airlift';
/** The step after it, where the embed's Next button goes. */
const NEXT = story.steps[story.steps.findIndex((s) => s.id === STEP) + 1]!.id;

/** The words the live map draws in its symbol layers now, as MapLibre laid them out. */
async function drawnLabels(page: Page): Promise<string[]> {
	return mapHost(page).evaluate((el) => {
		const map = (el as unknown as { __map: import('maplibre-gl').Map }).__map;
		const symbols = map.getStyle().layers.filter((l) => l.type === 'symbol').map((l) => l.id);
		const texts = map.queryRenderedFeatures(undefined, { layers: symbols }).map((f) => {
			const field = (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'];
			if (typeof field === 'string') return field;
			// A formatted value: its sections' text.
			const sections = (field as { sections?: { text: string }[] } | undefined)?.sections;
			return sections ? sections.map((s) => s.text).join('') : String(field ?? '');
		});
		return [...new Set(texts.filter((t) => t.trim()))];
	});
}

for (const [lang, w] of Object.entries(LANGS) as [keyof typeof LANGS, (typeof LANGS)[keyof typeof LANGS]][]) {
	const translated = translateStory(story, w.words, lang);
	const step = translated.steps.find((s) => s.id === STEP)!;

	test.describe(`in ${lang}`, () => {
		test(`/${lang}: the story reads in ${lang}, its map and key speak it, and the switcher keeps the reader's step`, async ({ page }) => {
			const problems = watchProblems(page);
			await page.goto(`/${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveText(translated.title);
			await expect(page.locator(`#${STEP} h2.heading`)).toHaveText(step.heading);

			await scrollToStep(page, STEP);
			await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', STEP);
			await waitForMap(page);
			await expectCameraAt(page, step);
			// The map's labels are in the page's language: Cyrillic, and none of them the English phrase.
			await expect.poll(async () => (await drawnLabels(page)).filter((t) => CYRILLIC.test(t)).length, { message: 'labels in Cyrillic' }).toBeGreaterThan(2);
			const english = new Set(Object.values(enMap!).filter((t) => !CYRILLIC.test(t) && /[a-z]{3}/.test(t)));
			const labels = await drawnLabels(page);
			expect(labels.filter((t) => english.has(t)), `labels still in English: ${labels.join(' | ')}`).toEqual([]);
			// Drawn in the page's Noto Sans, which the map shares: its faces for every letter of the labels are in, in both weights.
			expect(await page.evaluate((text) => ['400', '700'].every((w) => document.fonts.check(`${w} 12px 'Noto Sans'`, text)), labels.join('')), 'the labels’ faces are loaded').toBe(true);
			// The key, as the reader sees it over the map.
			await expect(page.locator('.legend-scroll, .key-peek').first()).toBeAttached();
			const key = await page.locator('[data-map-overlay] .legend, .legend-scroll').first().textContent();
			expect(key ?? '').toMatch(CYRILLIC);

			// The switcher: English at the same step, and back.
			const en = page.locator('[data-lang-switch] a[hreflang="en"]').first();
			await expect(en).toHaveAttribute('href', new RegExp(`/#${STEP}$`));
			await expect(page.locator(`[data-lang-switch] a[hreflang="${lang}"]`).first()).toHaveAttribute('aria-current', 'page');
			await en.click();
			await expect(page).toHaveURL(new RegExp(`/#${STEP}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
			await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', STEP);
			// Following the link cuts short what the page was still fetching (its source list comes after
			// the first screen, and may not be in yet): that is the browser's doing; anything else counts.
			expect(notAborted(problems)).toEqual([]);
		});

		test(`/${lang}: link previews, alternates and the single-step page are in ${lang}`, ONCE, async ({ page, request }) => {
			const html = await (await request.get(`/${lang}/step/${STEP}`)).text();
			expect(html).toContain(`<html lang="${lang}"`);
			expect(html).toContain(`<meta property="og:locale" content="${lang === 'ru' ? 'ru_RU' : 'uk_UA'}">`);
			for (const [hreflang, path] of [['en-GB', `/step/${STEP}`], ['ru', `/ru/step/${STEP}`], ['uk', `/uk/step/${STEP}`], ['x-default', `/step/${STEP}`]])
				expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${hreflang}" href="[^"]*${path}"`));
			expect(html).toContain(step.heading);
			// Its preview picture is this language's.
			expect(html).toMatch(new RegExp(`og:image" content="[^"]*snapshots/${lang}/${STEP}-wide\\.jpg"`));
			// Readers with JavaScript go on to the story at that step, in the same language.
			await page.goto(`/${lang}/step/${STEP}`);
			await expect(page).toHaveURL(new RegExp(`/${lang}#${STEP}$`));
			await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', STEP);
		});

		test(`/${lang}/present: slides, keys and the key list are in ${lang}`, ONCE, async ({ page }) => {
			const problems = watchProblems(page);
			await page.goto(`/${lang}/present#${STEP}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { name: step.heading })).toBeVisible();
			await expect(page.getByRole('button', { name: w.present['present.next'] })).toBeVisible();
			await page.keyboard.press('?');
			const dialog = page.getByRole('dialog', { name: w.present['present.keys.title'] });
			await expect(dialog).toBeVisible();
			await expect(dialog).toContainText(w.present['present.keys.swipe']!);
			await expect(dialog.locator('a[hreflang="en"]')).toHaveAttribute('href', /\/present#airlift/);
			expect(problems).toEqual([]);
		});

		test(`/${lang}/embed in a pym.js host: the embed speaks ${lang} and the host hears its steps`, ONCE, async ({ page, baseURL }) => {
			const host = await startHostServer();
			try {
				await page.goto(`${host.origin}/pym.html?embed=${encodeURIComponent(`${baseURL}/${lang}/embed?from=${STEP}&to=return-flights`)}`);
				const frame = page.frameLocator('#story-embed iframe');
				await expect(frame.locator('html')).toHaveAttribute('lang', lang);
				await expect(frame.locator('[data-embed-step]')).toHaveAttribute('data-embed-step', STEP);
				await expect(frame.getByRole('heading', { name: step.heading })).toBeVisible();
				await frame.getByRole('button', { name: w.embed['embed.next'] }).click();
				await expect.poll(() => page.evaluate(() => (window as unknown as { embedEvents: { type: string; step?: string }[] }).embedEvents.filter((e) => e.type === 'csto-explainer:step').map((e) => e.step))).toContain(NEXT);
			} finally {
				await host.close();
			}
		});

		test(`/${lang}/embed-code writes snippets for the ${lang} embed`, ONCE, async ({ page }) => {
			await page.goto(`/${lang}/embed-code`);
			await expect(page.locator('[aria-labelledby="code-iframe"] code')).toContainText(`/${lang}/embed`);
			await expect(page.locator('[aria-labelledby="code-pym"] code')).toContainText(`/${lang}/embed`);
		});

		test(`/${lang}: accessibility scans pass with the page's language declared`, ONCE, async ({ page }) => {
			// Presentation mode's control bar fades out (0.3 s) once the pointer has been still for 2.5 s;
			// a scan that starts right after the page opens can catch it half faded, a passing state
			// whose contrast is no one's steady view. Reduced motion hides it at once. a11y.spec scans
			// each page with and without motion.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			for (const path of [`/${lang}`, `/${lang}/about`, `/${lang}/present`, `/${lang}/embed-code`]) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				const { violations } = await axeScan(page).withTags(WCAG).analyze();
				expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
			}
		});
	});
}
