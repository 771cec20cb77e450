import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { fitBounds, sameView, type Padding, type View } from '../../src/lib/map/camera';
import type { LngLat, Step } from '../../src/lib/story/types';

/**
 * Collects what would make a reader's page go wrong: script errors, failed or
 * error responses, and any request to a host other than the one serving the story.
 */
export function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('requestfailed', (r) => {
		// A picture whose step has already passed is cancelled by the browser when the src changes: not a failure.
		if (r.resourceType() === 'image' && r.failure()?.errorText === 'net::ERR_ABORTED') return;
		problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (['data:', 'blob:'].includes(url.protocol)) return;
		if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') problems.push(`third-party request: ${r.url()}`);
	});
	return problems;
}

/**
 * Marks a test whose subject does not depend on the device (a page's HTML, its
 * requests, URL handling, keyboard logic): it runs on the desktop project only,
 * not again on the phone (playwright.config.ts leaves `@once` out of the phone project).
 */
export const ONCE = { tag: '@once' } as const;

/** The problems that remain once requests a navigation cut short (net::ERR_ABORTED) are left out. */
export const notAborted = (problems: readonly string[]): string[] => problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'));

/** The built site under test, as playwright.config.ts serves it. */
export const SITE_DIR = process.env.E2E_SITE_DIR ?? 'build';

/** Counts the page's layout shift (without recent input) from its start; `read()` gives the sum so far, `reset()` starts again. */
export async function countLayoutShift(page: Page): Promise<{ read: () => Promise<number>; reset: () => Promise<void> }> {
	await page.addInitScript(() => {
		(window as unknown as { cls: number }).cls = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
				if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return {
		read: () => page.evaluate(() => (window as unknown as { cls: number }).cls),
		reset: () => page.evaluate(() => void ((window as unknown as { cls: number }).cls = 0))
	};
}

export const mapHost = (page: Page) => page.locator('[data-map]').first();
export const stage = (page: Page) => page.locator('[data-map-state]').first();

export async function waitForMap(page: Page): Promise<void> {
	await expect(stage(page)).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
}

/** The camera the live map reports, as the page keeps it on the container. */
export async function liveCamera(page: Page): Promise<View | null> {
	const raw = await mapHost(page).getAttribute('data-camera');
	return raw ? (JSON.parse(raw) as View) : null;
}

/** The view a step should reach on this page's map: its region fitted to the map's real size, clear of the overlays. */
export async function expectedCamera(page: Page, step: Step): Promise<View> {
	const { w, h, padding, within } = await mapHost(page).evaluate((el) => ({
		w: el.clientWidth,
		h: el.clientHeight,
		padding: JSON.parse((el as HTMLElement).dataset.padding ?? '{"top":0,"right":0,"bottom":0,"left":0}') as Padding,
		within: (el as HTMLElement).dataset.within ? (JSON.parse((el as HTMLElement).dataset.within!) as [LngLat, LngLat]) : undefined
	}));
	return fitBounds(step.camera, w, h, padding, within);
}

export async function expectCameraAt(page: Page, step: Step): Promise<void> {
	await expect
		.poll(async () => {
			const target = await expectedCamera(page, step);
			const live = await liveCamera(page);
			return !!live && sameView(live, target, { deg: 0.02, zoom: 0.02, angle: 0.5 });
		}, { message: `camera should reach the view of step "${step.id}"`, timeout: 20_000 })
		.toBe(true);
}

/**
 * Scroll to a step as a reader would: its top at 30% of the screen, past the
 * trigger line, or on a phone just below the map that holds the top of the
 * screen (the step's scroll margin says where).
 */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	await page.evaluate((stepId) => {
		const el = document.getElementById(stepId) as HTMLElement;
		const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || window.innerHeight * 0.3;
		const y = el.getBoundingClientRect().top + window.scrollY - margin;
		window.scrollTo({ top: y, behavior: 'instant' });
	}, id);
}

/**
 * Jumps to a step, as `scrollToStep` does, and waits until it is the page's active step. Twice in
 * full runs of the suite (4 December 2026, the /ru picture fallback, airlift → allies-join) the
 * scroll observer missed one instant jump: the step stayed inactive though its card stood across the
 * trigger line. A reader's next scroll brings it, so the jump is made again from a screen above.
 */
export async function jumpToStep(page: Page, id: string): Promise<void> {
	let tries = 0;
	await expect(async () => {
		if (tries++) await page.evaluate(() => window.scrollBy({ top: -window.innerHeight, behavior: 'instant' }));
		await scrollToStep(page, id);
		await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', id, { timeout: 3_000 });
	}).toPass({ timeout: 20_000 });
}

/** Names of the MapLibre style layers that draw at least one feature in the current view. */
export async function renderedLayers(page: Page, ids: string[]): Promise<Record<string, number>> {
	return mapHost(page).evaluate((el, layerIds) => {
		const map = (el as HTMLElement & { __map?: any }).__map;
		const out: Record<string, number> = {};
		for (const id of layerIds) out[id] = map.getLayer(id) ? map.queryRenderedFeatures({ layers: [id] }).length : -1;
		return out;
	}, ids);
}

/** The poster picture the stage shows for a step has loaded and is visible. */
export async function expectPicture(page: Page, id: string): Promise<void> {
	const img = page.locator(`img[data-snapshot="${id}"]`);
	await expect(img).toBeVisible();
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
}

/**
 * Counts the requests of a page and all its frames from now on. `quiet()`
 * resolves once none has been in flight for `quietMs`. Playwright's own
 * 'networkidle' follows the main frame's lifecycle, which frames loading
 * inside the page (the embed-code previews) can keep from ever firing.
 */
export function trackRequests(page: Page): { quiet: (quietMs?: number, timeoutMs?: number) => Promise<void> } {
	let inFlight = 0;
	let last = Date.now();
	page.on('request', () => {
		inFlight++;
		last = Date.now();
	});
	const down = () => {
		inFlight = Math.max(0, inFlight - 1);
		last = Date.now();
	};
	page.on('requestfinished', down);
	page.on('requestfailed', down);
	return {
		quiet: async (quietMs = 500, timeoutMs = 60_000) => {
			const start = Date.now();
			while (inFlight > 0 || Date.now() - last < quietMs) {
				if (Date.now() - start > timeoutMs) throw new Error(`${inFlight} requests still in flight after ${timeoutMs} ms`);
				await new Promise((r) => setTimeout(r, 100));
			}
		}
	};
}

/** A words file of data/i18n (`ru`, `ui.ru`, `map.uk`…), as the build reads it. */
export function wordsFile(name: string): Record<string, string> {
	return JSON.parse(readFileSync(new URL(`../../data/i18n/${name}.json`, import.meta.url), 'utf8')) as Record<string, string>;
}
