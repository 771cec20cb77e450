/**
 * The story page readies its map while it sits idle (src/lib/map/warm.ts): once
 * the first screen is complete it fetches the map's code, MapLibre's worker and
 * the countries, but runs and draws nothing; the reader's first scroll
 * then only has to start the map, and fetches none of it again. A connection
 * that asks to save data gets nothing before the reader scrolls.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { stage, waitForMap } from './helpers';

const isCountries = (r: Request) => new URL(r.url()).pathname.endsWith('/geo/countries.json');
const isMapList = (r: Request) => new URL(r.url()).pathname.endsWith('/map-files.json');

/** Resolves after the page has had two idle periods since its `load` (the warm-up waits for one). */
const idleTwice = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<void>((done) => {
				const twice = () => requestIdleCallback(() => requestIdleCallback(() => done()));
				if (document.readyState === 'complete') twice();
				else addEventListener('load', twice, { once: true });
			})
	);

test.describe('the map readies while the page sits idle', () => {
	test('before the first scroll: code, worker and countries fetched, nothing drawn; the scroll fetches none again', async ({ page, context }) => {
		const requests: Request[] = [];
		const finished: Request[] = [];
		context.on('request', (r) => requests.push(r));
		context.on('requestfinished', (r) => finished.push(r));
		await page.goto('/');
		// The warm-up's own mark, once the countries are in.
		await page.waitForFunction(() => performance.getEntriesByName('map:warm').length > 0, null, { timeout: 20_000 });

		await expect(stage(page), 'the map waits for the reader').toHaveAttribute('data-map-state', 'waiting');
		expect(await page.locator('[data-map] canvas').count(), 'no map is drawn before the reader scrolls').toBe(0);
		expect(requests.filter(isCountries), 'the countries, fetched once while idle').toHaveLength(1);

		const list = requests.find(isMapList);
		expect(list, 'the list of the map’s files').toBeTruthy();
		const files = (await (await list!.response())!.json()) as { modules: string[]; prefetch: string[] };
		expect(files.modules.length).toBeGreaterThan(0);
		// Fetched to the end, not only asked for: a file still on its way when the reader scrolls is asked for again.
		const unfetched = () => [...files.modules, ...files.prefetch].filter((f) => !finished.some((r) => new URL(r.url()).pathname === `/${f}`));
		await expect.poll(unfetched, { message: 'every file on the list fetched before the scroll', timeout: 15_000 }).toEqual([]);

		// After the scroll, the map's code comes from the browser's cache, not the network (Chromium's own account).
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		const network: string[] = [];
		const cached = new Set<string>();
		const ids = new Map<string, string>();
		cdp.on('Network.requestWillBeSent', (e) => ids.set(e.requestId, new URL(e.request.url).pathname));
		cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
		cdp.on('Network.responseReceived', (e) => {
			const { fromDiskCache, fromPrefetchCache } = e.response as { fromDiskCache?: boolean; fromPrefetchCache?: boolean };
			if (fromDiskCache || fromPrefetchCache || cached.has(e.requestId)) return;
			network.push(new URL(e.response.url).pathname);
		});
		const beforeScroll = requests.length;
		await page.mouse.wheel(0, 400);
		await waitForMap(page);
		const after = requests.slice(beforeScroll).map((r) => new URL(r.url()).pathname);
		expect(after.filter((p) => p.endsWith('/geo/countries.json')), 'the scroll does not fetch the countries again').toEqual([]);
		expect(network.filter((p) => files.modules.some((f) => p === `/${f}`)), 'nor the map’s code from the network').toEqual([]);
		expect(after.filter((p) => files.modules.some((f) => p === `/${f}`)).length, 'the map’s code, taken from the cache').toBeGreaterThan(0);
	});

	test('a connection that saves data fetches nothing for the map until the reader scrolls', async ({ page, context }) => {
		await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' }, configurable: true }));
		const requests: Request[] = [];
		context.on('request', (r) => requests.push(r));
		await page.goto('/');
		await idleTwice(page);
		expect(requests.filter((r) => isCountries(r) || isMapList(r)).map((r) => r.url()), 'nothing fetched for the map before the scroll').toEqual([]);
		expect(await page.evaluate(() => performance.getEntriesByName('map:warm').length)).toBe(0);

		await page.mouse.wheel(0, 400);
		await waitForMap(page);
		expect(requests.filter(isCountries), 'the scroll fetches the countries').toHaveLength(1);
	});
});
