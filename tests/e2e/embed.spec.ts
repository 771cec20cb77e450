/**
 * Embeds as a newsroom would use them: framed by pages on another origin
 * (served by tests/e2e/hosts/server.ts), sized by the real pym.js and by an
 * AMP-style listener, stepped through from inside the frame.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeScan } from './axe';
import { story } from '../../data/story';
import { themes } from '../../src/lib/map/palette';
import { startHostServer, type HostServer } from './hosts/server';
import { serveStatic } from '../../data/scripts/static-server.mjs';
import { ONCE, SITE_DIR } from './helpers';
import { cheaperMap } from './frames';

const test = base.extend<object, { host: HostServer }>({
	host: [
		async ({}, use) => {
			const server = await startHostServer();
			await use(server);
			await server.close();
		},
		{ scope: 'worker' }
	]
});

// This spec checks the embed around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

const ids = story.steps.map((s) => s.id);
const FROM = 'airlift';
const TO = 'return-flights';
const range = ids.slice(ids.indexOf(FROM), ids.indexOf(TO) + 1);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Script errors and console errors, in the page and in every frame of it. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	return errors;
}

async function frameOf(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())?.contentFrame();
	if (!frame) throw new Error('no frame');
	await frame.waitForSelector('[data-embed-step]');
	return frame;
}

/** The iframe is as tall as the document inside it: no inner scrollbar, no blank band. */
async function expectFrameFits(iframe: Locator, frame: Frame): Promise<void> {
	await expect
		.poll(
			async () => {
				const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
				const inner = await frame.evaluate(() => ({
					scroll: document.documentElement.scrollHeight,
					content: document.documentElement.getBoundingClientRect().height
				}));
				return Math.max(Math.abs(outer - inner.scroll), Math.abs(outer - inner.content));
			},
			{ message: 'the iframe should be as tall as the embed’s document' }
		)
		.toBeLessThanOrEqual(3);
}

type Event = Record<string, unknown>;
const events = (page: Page) => page.evaluate(() => (window as unknown as { embedEvents: Event[] }).embedEvents);
const stepEvents = async (page: Page) => (await events(page)).filter((e) => e.type === 'csto-explainer:step');

function expectedStep(shown: string[], mode: string, index: number): Event {
	const step = shown[index] as string;
	return {
		type: 'csto-explainer:step',
		version: 1,
		story: story.slug,
		mode,
		step,
		index,
		total: shown.length,
		storyIndex: ids.indexOf(step),
		storyTotal: ids.length
	};
}

async function openHost(page: Page, host: HostServer, kind: 'pym' | 'amp', embedUrl: string): Promise<{ iframe: Locator; frame: Frame }> {
	await page.goto(`${host.origin}/${kind}.html?embed=${encodeURIComponent(embedUrl)}`);
	const iframe = page.locator('#story-embed iframe, iframe#story-embed').first();
	return { iframe, frame: await frameOf(iframe) };
}

for (const kind of ['pym', 'amp'] as const) {
	test.describe(`framed on another site (${kind === 'pym' ? 'pym.js Parent' : 'AMP embed-size listener'})`, () => {
		test('the iframe follows the embed’s height as a reader steps through, and step events arrive', async ({ page, host, baseURL }) => {
			const errors = watchErrors(page);
			const { iframe, frame } = await openHost(page, host, kind, `${baseURL}/embed?from=${FROM}&to=${TO}`);
			expect(new URL(await iframe.getAttribute('src') ?? '').origin).not.toBe(host.origin);
			await expect.poll(() => events(page)).toContainEqual({ ...expectedStep(range, 'range', 0), type: 'csto-explainer:ready', steps: range });
			await expectFrameFits(iframe, frame);
			const next = frame.getByRole('button', { name: 'Next' });
			for (let i = 1; i <= 3; i++) {
				await next.click();
				await expect(frame.locator('[data-embed-step]')).toHaveAttribute('data-embed-step', range[i] as string);
				await expectFrameFits(iframe, frame);
			}
			await expect.poll(() => stepEvents(page)).toEqual([0, 1, 2, 3].map((i) => expectedStep(range, 'range', i)));
			// The map key opens inside the frame: the frame takes in all of it, growing if it must.
			await frame.locator('.text.current summary').click();
			const key = frame.locator('.text.current .key');
			await expect(key).toHaveAttribute('open', '');
			await expectFrameFits(iframe, frame);
			const [keyBox, frameBox] = [await key.boundingBox(), await iframe.boundingBox()];
			expect(keyBox!.y + keyBox!.height).toBeLessThanOrEqual(frameBox!.y + frameBox!.height + 1);
			expect(keyBox!.height).toBeGreaterThan(40);
			expect(await frame.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
			expect(errors).toEqual([]);
		});
	});
}

test.describe('framed with pym.js', () => {
	test('a narrower host column makes the embed taller, and the iframe follows', async ({ page, host, baseURL, isMobile }) => {
		test.skip(isMobile, 'resizes a desktop window');
		const { iframe, frame } = await openHost(page, host, 'pym', `${baseURL}/embed?step=${FROM}`);
		await expectFrameFits(iframe, frame);
		const wide = await iframe.evaluate((el) => el.getBoundingClientRect().height);
		await page.setViewportSize({ width: 420, height: 900 });
		await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(wide);
		await expectFrameFits(iframe, frame);
	});

	test('the host can send the reader to a step; anything else it sends is ignored', ONCE, async ({ page, host, baseURL }) => {
		const errors = watchErrors(page);
		const { frame } = await openHost(page, host, 'pym', `${baseURL}/embed?from=${FROM}&to=${TO}`);
		await expect.poll(async () => (await stepEvents(page)).length).toBe(1);
		await page.evaluate((target) => {
			const w = document.querySelector('iframe')!.contentWindow!;
			const id = 'story-embed';
			for (const junk of [
				{ type: 'csto-explainer:goto', step: 'crimea-2014' },
				{ type: 'csto-explainer:goto', step: target, extra: true },
				{ type: 'csto-explainer:goto', step: target, version: 2 },
				{ type: 'csto-explainer:goto', step: [target] },
				'csto-explainer:goto ' + target,
				`pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
				`pymxPYMxother-idxPYMxwidthxPYMx300`,
				`pymxPYMx${id}xPYMxwidthxPYMx<script>`,
				null,
				42
			])
				w.postMessage(junk, '*');
			w.postMessage({ type: 'csto-explainer:goto', step: target }, '*');
		}, range[2] as string);
		await expect(frame.locator('[data-embed-step]')).toHaveAttribute('data-embed-step', range[2] as string);
		await expect.poll(() => stepEvents(page)).toEqual([expectedStep(range, 'range', 0), expectedStep(range, 'range', 2)]);
		expect(errors).toEqual([]);
	});

	test('the embed, in its frame on the host page, passes an accessibility scan', async ({ page, host, baseURL }) => {
		// axe gives each frame a second to take its script; a map busy animating on software WebGL can miss that.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const { frame } = await openHost(page, host, 'pym', `${baseURL}/embed?from=${FROM}&to=${TO}`);
		await expect(frame.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		// The scan reached inside the frame.
		expect(results.passes.some((p) => p.nodes.some((n) => n.target.length > 1))).toBe(true);
	});
});

test.describe('/embed on its own', () => {
	const bad = [
		['an unknown step', '?step=no-such-step'],
		['a reversed range', `?from=${TO}&to=${FROM}`],
		['garbage', '?from=%E0%A4%A&to=%%%&step'],
		['a repeated parameter', `?step=${FROM}&step=${TO}`],
		['markup in a parameter', `?step=${encodeURIComponent('<script>window.__injected=1</script>')}&theme=${encodeURIComponent('"><img src=x onerror="window.__injected=2">')}`]
	] as const;

	for (const [what, query] of bad) {
		test(`falls back to the whole story for ${what}, without an error`, ONCE, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(`/embed${query}`);
			const root = page.locator('[data-embed-mode]');
			await expect(root).toHaveAttribute('data-embed-mode', 'full');
			await expect(root).toHaveAttribute('data-embed-step', ids[0] as string);
			await expect(page.getByRole('navigation', { name: 'Steps' }).locator('.count')).toHaveText(`Step 1 / of ${ids.length}`);
			await expect(page.locator('html')).toHaveAttribute('data-embed-theme', 'light');
			expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
			expect(await page.locator('img[src="x"], script:not([src]):text("__injected")').count()).toBe(0);
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(root).toHaveAttribute('data-embed-step', ids[1] as string);
			expect(errors).toEqual([]);
		});
	}

	test('a range shows only its steps, counted, and stops at its ends', ONCE, async ({ page }) => {
		await page.goto(`/embed?from=${FROM}&to=${TO}`);
		const root = page.locator('[data-embed-mode]');
		await expect(root).toHaveAttribute('data-embed-mode', 'range');
		const count = page.getByRole('navigation', { name: 'Steps' }).locator('.count');
		await expect(count).toHaveText(`Step 1 / of ${range.length}`);
		const prev = page.getByRole('button', { name: 'Previous' });
		await expect(prev).toHaveAttribute('aria-disabled', 'true');
		// aria-disabled keeps the button focusable; pressing it does nothing.
		await prev.click({ force: true });
		await expect(root).toHaveAttribute('data-embed-step', FROM);
		const next = page.getByRole('button', { name: 'Next' });
		for (let i = 1; i < range.length; i++) await next.click();
		await expect(root).toHaveAttribute('data-embed-step', TO);
		await expect(count).toHaveText(`Step ${range.length} / of ${range.length}`);
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		await next.click({ force: true });
		await expect(root).toHaveAttribute('data-embed-step', TO);
		const heading = story.steps.find((s) => s.id === TO)!.heading;
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
		// Only the current step's words are visible or reachable.
		await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
	});

	test('one step is a still map with its caption and no stepper', ONCE, async ({ page }) => {
		await page.goto(`/embed?step=${FROM}`);
		const step = story.steps.find((s) => s.id === FROM)!;
		await expect(page.locator('[data-embed-mode]')).toHaveAttribute('data-embed-mode', 'single');
		await expect(page.getByRole('navigation', { name: 'Steps' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveCount(0);
		await expect(page.locator('figure figcaption').getByRole('heading', { name: step.heading })).toBeVisible();
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
		const map = page.locator('[data-map]');
		await expect(map).toHaveAttribute('data-progress', '1.000');
		await expect(map).toHaveAttribute('data-animating', 'false');
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-embed-mode]')).toHaveAttribute('data-embed-step', FROM);
	});

	test('a step whose sources disagree keeps its figure table, and its citations open the source list on /about', ONCE, async ({ page, baseURL }) => {
		const step = story.steps.find((s) => s.figures?.length)!;
		await page.goto(`/embed?step=${step.id}`);
		const table = page.locator('figcaption table');
		await expect(table).toBeVisible();
		await expect(table.locator('tbody tr')).toHaveCount(step.figures!.length);
		for (const f of step.figures!) await expect(table).toContainText(f.value);
		const cite = table.locator('.cite a').first();
		await expect(cite).toHaveAttribute('target', '_blank');
		expect(await cite.getAttribute('href')).toMatch(new RegExp(`^${new URL('/about', baseURL).href}#source-`));
	});

	test('one position indicator, the count, at every width and for a long run of steps', ONCE, async ({ page }) => {
		await page.goto('/embed');
		const nav = page.getByRole('navigation', { name: 'Steps' });
		await expect(nav.locator('.count')).toBeVisible();
		await expect(nav.locator('.dot, [aria-current]')).toHaveCount(0);
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.locator('[data-embed-mode]')).toHaveAttribute('data-embed-step', ids[1] as string);
		// Seen as "2 / 21"; heard as "Step 2 of 21", each word apart.
		await expect(page.getByRole('navigation', { name: 'Steps' }).locator('.count')).toHaveText(`Step 2 / of ${ids.length}`);
	});

	test('keyboard: the buttons work with Enter and Space, arrow keys step, focus is visible', ONCE, async ({ page }) => {
		await page.goto(`/embed?from=${FROM}&to=${TO}`);
		const root = page.locator('[data-embed-mode]');
		const prev = page.getByRole('button', { name: 'Previous' });
		const next = page.getByRole('button', { name: 'Next' });
		await expect(next).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(prev).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(next).toBeFocused();
		const outline = await next.evaluate((el) => {
			const s = getComputedStyle(el);
			return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
		await page.keyboard.press('Enter');
		await expect(root).toHaveAttribute('data-embed-step', range[1] as string);
		await page.keyboard.press('Space');
		await expect(root).toHaveAttribute('data-embed-step', range[2] as string);
		await expect(next).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await expect(root).toHaveAttribute('data-embed-step', range[1] as string);
		await page.keyboard.press('ArrowRight');
		await expect(root).toHaveAttribute('data-embed-step', range[2] as string);
		for (const b of [prev, next]) {
			const box = (await b.boundingBox())!;
			expect(Math.min(box.width, box.height), 'every button is a 44 px touch target').toBeGreaterThanOrEqual(44);
		}
		await expect(page.locator('[data-announcer]')).toContainText(`Step 3 of ${range.length}`);
	});

	test('a sideways swipe steps on a touch screen; a vertical one does not', async ({ page, isMobile }) => {
		test.skip(!isMobile, 'touch screens');
		await page.goto(`/embed?from=${FROM}&to=${TO}`);
		const root = page.locator('[data-embed-mode]');
		await expect(root).toHaveAttribute('data-embed-step', FROM);
		const cdp = await page.context().newCDPSession(page);
		const box = (await page.locator('.map').boundingBox())!;
		const y = box.y + box.height / 2;
		const drag = async (x0: number, y0: number, x1: number, y1: number) => {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
			for (let i = 1; i <= 8; i++)
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + ((x1 - x0) * i) / 8, y: y0 + ((y1 - y0) * i) / 8 }] });
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await drag(box.x + box.width * 0.8, y, box.x + box.width * 0.2, y + 5);
		await expect(root).toHaveAttribute('data-embed-step', range[1] as string);
		await drag(box.x + box.width * 0.2, y, box.x + box.width * 0.8, y);
		await expect(root).toHaveAttribute('data-embed-step', range[0] as string);
		await drag(box.x + box.width / 2, y + 60, box.x + box.width / 2 + 10, y - 100);
		await drag(box.x + box.width / 2, y - 60, box.x + box.width / 2, y + 100);
		await expect(root).toHaveAttribute('data-embed-step', range[0] as string);
	});

	test('entering a step plays its animation from 0 to 1', ONCE, async ({ page }) => {
		await page.goto(`/embed?from=${FROM}&to=${TO}`);
		const root = page.locator('[data-embed-mode]');
		await expect(root).toHaveAttribute('data-progress', '1.00');
		await root.evaluate((el) => {
			const seen: number[] = [];
			(window as unknown as { seen: number[] }).seen = seen;
			new MutationObserver(() => seen.push(Number(el.getAttribute('data-progress')))).observe(el, { attributeFilter: ['data-progress'] });
		});
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(root).toHaveAttribute('data-progress', '1.00');
		const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
		expect(seen[0]).toBe(0);
		expect(seen.some((p) => p > 0 && p < 1)).toBe(true);
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
	});

	test('with reduced motion every step shows its end state at once', ONCE, async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/embed?from=${FROM}&to=${TO}`);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
		const map = page.locator('[data-map]');
		await expect(map).toHaveAttribute('data-progress', '1.000');
		await map.evaluate((el) => {
			const seen: string[] = [];
			(window as unknown as { seen: string[] }).seen = seen;
			new MutationObserver(() => seen.push(el.getAttribute('data-progress') ?? '')).observe(el, { attributeFilter: ['data-progress', 'data-layers'] });
		});
		for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.locator('[data-embed-mode]')).toHaveAttribute('data-embed-step', range[2] as string);
		await expect(map).toHaveAttribute('data-camera-target', /.+/);
		const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.every((p) => p === '1.000')).toBe(true);
		await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
	});

	test('links back to the full story at the step on screen, in a new tab', ONCE, async ({ page, baseURL }) => {
		await page.goto(`/embed?from=${FROM}&to=${TO}`);
		const link = page.getByRole('link', { name: /Read the full story/ });
		await expect(link).toHaveAttribute('href', `${baseURL}/#${FROM}`);
		await expect(link).toHaveAttribute('target', '_blank');
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(link).toHaveAttribute('href', `${baseURL}/#${range[1]}`);
		const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
		await tab.waitForURL(`${baseURL}/#${range[1]}`);
		expect(page.url()).toContain('/embed');
	});

	test('the map keeps a fixed aspect: 4:3 on phones, 16:9 wider', async ({ page, isMobile }) => {
		await page.goto(`/embed?from=${FROM}&to=${TO}`);
		const box = (await page.locator('.map').boundingBox())!;
		expect(box.width / box.height).toBeCloseTo(isMobile ? 4 / 3 : 16 / 9, 1);
		const before = box.height;
		await page.getByRole('button', { name: 'Next' }).click();
		expect((await page.locator('.map').boundingBox())!.height).toBe(before);
	});

	test('stands alone: a title line, a source line and a credit, on white unless asked otherwise', ONCE, async ({ page, baseURL }) => {
		await page.goto(`/embed?from=${FROM}&to=${TO}`);
		await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
		const credit = page.locator('.credit');
		await expect(credit).toContainText(`Graphic: ${story.byline}, ${new URL(baseURL!).host}`);
		const all = credit.getByRole('link', { name: /All sources/ });
		await expect(all).toHaveAttribute('href', `${baseURL}/about#sources-title`);
		await expect(all).toHaveAttribute('target', '_blank');
		await expect(page.locator('.text.current .step-sources')).toBeVisible();
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
		await page.goto(`/embed?step=${FROM}&bg=transparent`);
		await expect(page.locator('html')).toHaveAttribute('data-embed-bg', 'transparent');
		expect(await page.evaluate(() => [document.documentElement, document.body, document.querySelector('.embed')!].map((el) => getComputedStyle(el).backgroundColor))).toEqual([
			'rgba(0, 0, 0, 0)',
			'rgba(0, 0, 0, 0)',
			'rgba(0, 0, 0, 0)'
		]);
		await page.goto(`/embed?step=${FROM}&bg=nonsense`);
		await expect(page.locator('html')).toHaveAttribute('data-embed-bg', 'white');
	});

	test('the dark theme darkens the page and the map', ONCE, async ({ page }) => {
		await page.goto(`/embed?from=${FROM}&to=${TO}&theme=dark`);
		await expect(page.locator('html')).toHaveAttribute('data-embed-theme', 'dark');
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = bg.match(/\d+/g)!.map(Number) as [number, number, number];
		expect(r + g + b).toBeLessThan(120);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
		const sea = await page.locator('[data-map]').evaluate((el) => (el as HTMLElement & { __map: { getPaintProperty(l: string, p: string): string } }).__map.getPaintProperty('sea', 'background-color'));
		expect(sea).toBe(themes.dark.sea);
	});

	for (const [what, query] of [
		['the whole story', ''],
		['a range in the dark theme', `?from=${FROM}&to=${TO}&theme=dark`],
		['one step', `?step=${FROM}`]
	] as const) {
		test(`${what} passes an accessibility scan`, async ({ page }) => {
			await page.goto(`/embed${query}`);
			await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
			const results = await axeScan(page).withTags(WCAG).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		});
	}
});

test.describe('/embed-code', () => {
	async function chooseRange(page: Page, theme: 'Light' | 'Dark' = 'Dark', open = true) {
		if (open) await page.goto('/embed-code');
		await page.getByRole('radio', { name: 'A range of steps' }).check();
		const heading = (id: string) => story.steps.find((s) => s.id === id)!.heading;
		await page.getByLabel('From', { exact: true }).selectOption({ label: `${ids.indexOf(FROM) + 1}. ${heading(FROM)}` });
		await page.getByLabel('To', { exact: true }).selectOption({ label: `${ids.indexOf(TO) + 1}. ${heading(TO)}` });
		await page.getByRole('radio', { name: theme }).check();
	}
	const code = (page: Page, label: string) => page.getByRole('region', { name: label }).locator('pre');

	/**
	 * Both previews show the chosen embed and have taken its height (until then the code below them
	 * moves). A preview reloads a moment after the choice settles: until its new page has loaded it
	 * has not settled.
	 */
	async function previewsSettled(page: Page) {
		for (const width of [375, 700]) {
			const iframe = page.locator(`iframe[data-preview-width="${width}"]`);
			const frame = await frameOf(iframe);
			await expect
				.poll(async () => {
					if (frame.url() !== (await iframe.getAttribute('src'))) return Infinity;
					try {
						return Math.abs((await iframe.evaluate((el) => el.clientHeight)) - (await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)));
					} catch {
						return Infinity; // the preview navigated while being read
					}
				})
				.toBeLessThanOrEqual(3);
		}
	}

	test('previews the choice at phone and desktop widths, each frame sized to its content', ONCE, async ({ page, baseURL }) => {
		const errors = watchErrors(page);
		await chooseRange(page);
		const want = `${baseURL}/embed?from=${FROM}&to=${TO}&theme=dark`;
		for (const width of [375, 700]) {
			const iframe = page.locator(`iframe[data-preview-width="${width}"]`);
			await expect(iframe).toHaveAttribute('src', want);
			expect(Math.round((await iframe.boundingBox())!.width)).toBe(width + 2);
			expect(await iframe.evaluate((el) => el.clientWidth)).toBe(width);
			const frame = await frameOf(iframe);
			await expect(frame.locator('html')).toHaveAttribute('data-embed-theme', 'dark');
		}
		// Each preview is as tall as its embed (clientHeight leaves out the frame's border).
		await previewsSettled(page);
		expect(errors).toEqual([]);
	});

	test('clicking through the options reloads each preview once, when the choice settles', ONCE, async ({ page, baseURL }) => {
		await page.goto('/embed-code');
		await previewsSettled(page);
		// Each page the previews load from now on.
		const loads: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'document' && r.frame() !== page.mainFrame()) loads.push(r.url());
		});
		// An editor's four clicks, a tenth of a second apart (timed in the page, so a busy test machine cannot spread them).
		const heading = (id: string) => story.steps.find((s) => s.id === id)!.heading;
		const label = (id: string) => `${ids.indexOf(id) + 1}. ${heading(id)}`;
		await page.evaluate(
			async ([fromLabel, toLabel]) => {
				const pause = () => new Promise((r) => setTimeout(r, 100));
				const control = (text: string) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control as HTMLInputElement | HTMLSelectElement;
				const pick = (el: HTMLSelectElement, text: string) => {
					el.value = [...el.options].find((o) => o.text.trim() === text)!.value;
					el.dispatchEvent(new Event('change', { bubbles: true }));
				};
				(control('A range of steps') as HTMLInputElement).click();
				await pause();
				pick(control('From') as HTMLSelectElement, fromLabel);
				await pause();
				pick(control('To') as HTMLSelectElement, toLabel);
				await pause();
				(control('Dark') as HTMLInputElement).click();
			},
			[label(FROM), label(TO)] as const
		);
		const want = `${baseURL}/embed?from=${FROM}&to=${TO}&theme=dark`;
		for (const width of [375, 700]) await expect(page.locator(`iframe[data-preview-width="${width}"]`)).toHaveAttribute('src', want);
		await previewsSettled(page);
		expect(loads).toEqual([want, want]);
	});

	test('a range turned round is put the right way', ONCE, async ({ page }) => {
		await chooseRange(page);
		const heading = (id: string) => story.steps.find((s) => s.id === id)!.heading;
		await page.getByLabel('To', { exact: true }).selectOption({ label: `1. ${heading(ids[0] as string)}` });
		await expect(page.getByLabel('From', { exact: true })).toHaveValue(ids[0] as string);
		await expect(page.locator('iframe[data-preview-width="375"]')).toHaveAttribute('src', /\/embed\?from=[^&]+&to=[^&]+&theme=dark$/);
	});

	test('offers a transparent background, and writes it into the embed’s URL', ONCE, async ({ page }) => {
		await chooseRange(page, 'Light');
		await page.getByRole('radio', { name: /Transparent/ }).check();
		await expect(page.locator('iframe[data-preview-width="375"]')).toHaveAttribute('src', /\/embed\?from=[^&]+&to=[^&]+&bg=transparent$/);
		await expect(code(page, 'Plain iframe')).toContainText('bg=transparent');
		const frame = await frameOf(page.locator('iframe[data-preview-width="375"]'));
		await expect(frame.locator('html')).toHaveAttribute('data-embed-bg', 'transparent');
	});

	test('snippets use absolute URLs on this site only, with its own copy of pym.js', ONCE, async ({ page, baseURL, request }) => {
		await chooseRange(page, 'Light');
		await previewsSettled(page);
		const pym = await code(page, 'With pym.js').textContent();
		const iframe = await code(page, 'Plain iframe').textContent();
		const oembed = JSON.parse((await code(page, 'oEmbed (JSON)').textContent()) ?? '{}');
		// Every URL, leaving out the origin pattern pym matches messages with (`xdomain: "^http…"`).
		const urls = [pym, iframe, oembed.html, oembed.provider_url].join('\n').match(/(?<!\^)https?:\/\/[^\s"'<>)\\]+/g) ?? [];
		expect(urls.length).toBeGreaterThan(2);
		for (const u of urls) expect(new URL(u).origin).toBe(baseURL);
		expect(pym).toContain(`<script src="${baseURL}/embed/pym.v1.min.js"></script>`);
		expect((await request.get(`${baseURL}/embed/pym.v1.min.js`)).status()).toBe(200);
		expect(oembed).toMatchObject({ type: 'rich', version: '1.0', title: expect.stringContaining(story.title), width: 700 });
		// The oEmbed height is the desktop preview's; the plain iframe starts at the taller phone height.
		const desktop = await page.locator('iframe[data-preview-width="700"]').evaluate((el) => el.clientHeight);
		const phone = await page.locator('iframe[data-preview-width="375"]').evaluate((el) => el.clientHeight);
		expect(Math.abs(oembed.height - desktop)).toBeLessThanOrEqual(1);
		expect(iframe).toContain(`height="${Math.max(phone, desktop)}"`);
		expect(oembed.html).toContain(`${baseURL}/embed?from=${FROM}&amp;to=${TO}`);
	});

	test('the copy buttons copy the code and say so', ONCE, async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await chooseRange(page);
		await previewsSettled(page);
		const block = page.getByRole('region', { name: 'With pym.js' });
		await block.getByRole('button', { name: /Copy/ }).click();
		await expect(block.getByRole('status')).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code(page, 'With pym.js').textContent());
		// A preview reporting a new height rewrites the snippets that carry one (oEmbed); the pym
		// snippet carries none, is still the code that was copied, and still says so.
		const desktop = page.locator('iframe[data-preview-width="700"]');
		const taller = (await desktop.evaluate((el) => el.clientHeight)) + 40;
		await (await frameOf(desktop)).evaluate((height) => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, location.origin), taller);
		await expect(code(page, 'oEmbed (JSON)')).toContainText(`"height": ${taller}`);
		await expect(block.getByRole('status')).toHaveText('Copied');
		await page.getByRole('radio', { name: 'Light' }).check();
		await expect(block.getByRole('status')).toHaveText('');
	});

	for (const snippet of ['With pym.js', 'Plain iframe'] as const) {
		test(`the "${snippet}" snippet, pasted into a page on another site, sizes the embed`, ONCE, async ({ page, host }, info) => {
			await chooseRange(page);
			const html = await code(page, snippet).textContent();
			const path = `/pasted-${info.workerIndex}-${snippet === 'Plain iframe' ? 'iframe' : 'pym'}.html`;
			host.setPage(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pasted</title></head><body style="margin:0"><main style="max-width:700px;margin:0 auto;padding:0 16px"><h1>Pasted</h1>${html}</main></body></html>`);
			const errors = watchErrors(page);
			await page.goto(`${host.origin}${path}`);
			const iframe = page.locator('iframe').first();
			const frame = await frameOf(iframe);
			await expect(frame.locator('html')).toHaveAttribute('data-embed-theme', 'dark');
			await expectFrameFits(iframe, frame);
			await frame.getByRole('button', { name: 'Next' }).click();
			await expectFrameFits(iframe, frame);
			expect(await iframe.getAttribute('title')).toContain(story.title);
			expect(errors).toEqual([]);
		});
	}

	test('passes an accessibility scan', async ({ page }) => {
		await chooseRange(page);
		await expect(code(page, 'With pym.js')).toContainText('pym.Parent');
		const results = await axeScan(page).withTags(WCAG).exclude('iframe').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});

test.describe('under the documented Content-Security-Policy', () => {
	/** docs/EMBED.md's policy for /embed, with the hashes of the page's own inline scripts. */
	function embedPolicy(html: string): string {
		const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] as string).digest('base64')}'`);
		return [
			"default-src 'self'",
			`script-src 'self' ${hashes.join(' ')}`,
			"style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:",
			"font-src 'self'",
			"connect-src 'self'",
			"worker-src 'self' blob:",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			'frame-ancestors *'
		].join('; ');
	}

	test('the embed runs, map and all, framed from another origin', ONCE, async ({ page, host }) => {
		const dir = resolve(SITE_DIR);
		const policy = embedPolicy(readFileSync(join(dir, 'embed.html'), 'utf8'));
		const site = await serveStatic(dir, 0, { headers: { 'content-security-policy': policy } });
		try {
			const errors = watchErrors(page);
			const { frame } = await openHost(page, host, 'pym', `${site.url}/embed?from=${FROM}&to=${TO}`);
			await expect(frame.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 45_000 });
			await frame.getByRole('button', { name: 'Next' }).click();
			await expect(frame.locator('[data-embed-step]')).toHaveAttribute('data-embed-step', range[1] as string);
			await expect(frame.locator('[data-map]')).toHaveAttribute('data-layers', /\w/);
			expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
		} finally {
			await site.close();
		}
	});
});
