/**
 * "About this story": the page is reachable from the story and from an embed,
 * every download it lists is served with its type and holds every record the
 * map's data has, and the page passes an accessibility scan.
 */
import { axeScan } from './axe';
import { expect, test } from '@playwright/test';
import { story } from '../../data/story';
import { sourceAnchor } from '../../src/lib/story/text';
import { places } from '../../data/geo/places';
import { unrest } from '../../data/geo/unrest';
import { airliftRoutes } from '../../data/geo/airlift';
import { cstoStates } from '../../data/geo/csto';
import { buildupSites } from '../../data/geo/buildup';
import { crisisFeatures } from '../../data/geo/crises';
import { venues } from '../../data/geo/diplomacy';
import { occupiedAreas } from '../../data/geo/occupied';

/** Every download, with the number of records the data files hold (one row per CSTO membership period). */
const RECORDS: Record<string, number> = {
	places: places.length,
	protests: unrest.length,
	'airlift-routes': airliftRoutes.length,
	'csto-membership': cstoStates.reduce((n, s) => n + s.periods.length, 0),
	'buildup-sites': buildupSites.length,
	crises: crisisFeatures.length,
	'diplomacy-venues': venues.length,
	'occupied-areas': occupiedAreas.length
};
const TYPES = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json; charset=utf-8' };

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.beforeEach(({}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'one browser is enough for a static page and its files');
});

/** Records in a CSV file: rows after the header, read as RFC 4180 (quoted fields may hold line breaks). */
function csvRecords(text: string): number {
	let rows = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '"') quoted = !quoted;
		else if (!quoted && text[i] === '\r' && text[i + 1] === '\n') rows++;
	}
	return rows - 1;
}

test('the story’s footer links to /about', async ({ page }) => {
	await page.goto('/');
	const link = page.locator('footer').getByRole('link', { name: /About this story/ });
	await link.scrollIntoViewIfNeeded();
	await link.click();
	await page.waitForURL(/\/about$/);
	await expect(page.getByRole('heading', { level: 1, name: 'About this story' })).toBeVisible();
});

test('the story page carries the About section before its sources', async ({ page }) => {
	await page.goto('/');
	const about = page.locator('section[aria-labelledby="about-title"]');
	await expect(about.getByRole('heading', { level: 2, name: 'About this story' })).toBeAttached();
	const order = await page.evaluate(() => {
		const a = document.getElementById('about-title')!;
		const s = document.getElementById('sources-title')!;
		return a.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING;
	});
	expect(order).toBeTruthy();
});

test('/about lists every source, and its links to the list stay on the page', async ({ page }) => {
	await page.goto('/about');
	const list = page.locator('section.sources');
	await expect(list.getByRole('heading', { level: 2, name: 'Sources' })).toBeAttached();
	expect(await list.locator('li').evaluateAll((els) => els.map((el) => el.id))).toEqual(story.sources.map((s) => sourceAnchor(s.id)));
	await expect(list.locator('li').first()).toContainText(story.sources[0]!.publisher);
	await page.getByRole('navigation').getByRole('link', { name: 'Sources' }).click();
	await expect(page).toHaveURL(/\/about#sources-title$/);
	await expect(page.locator('#sources-title')).toBeInViewport();
});

test('a Russian embed links to the Russian /about, where its citations’ sources are', async ({ page, baseURL }) => {
	await page.goto(`/ru/embed?step=${story.steps[3]!.id}`);
	await expect(page.locator('a.about')).toHaveAttribute('href', `${baseURL}/ru/about`);
	const cite = page.locator('.cite a').first();
	expect(await cite.getAttribute('href')).toMatch(new RegExp(`^${baseURL}/ru/about#source-`));
});

test('an embed links to /about in a new tab', async ({ page, baseURL }) => {
	await page.goto(`/embed?step=${story.steps[3]!.id}`);
	const link = page.getByRole('link', { name: /About this story/ });
	await expect(link).toHaveAttribute('href', `${baseURL}/about`);
	await expect(link).toHaveAttribute('target', '_blank');
	const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
	await tab.waitForURL(`${baseURL}/about`);
	await expect(tab.getByRole('heading', { level: 1, name: 'About this story' })).toBeVisible();
});

test('every download listed on /about is served with its type and every record of the data', async ({ page, request }) => {
	await page.goto('/about');
	const rows = page.locator('.downloads li');
	await expect(rows).toHaveCount(Object.keys(RECORDS).length);
	for (const [name, records] of Object.entries(RECORDS)) {
		const row = page.locator(`li[data-dataset="${name}"]`);
		await expect(row.locator('.count')).toHaveText(`${records} records`);
		for (const [format, type] of Object.entries(TYPES)) {
			const href = await row.getByRole('link', { name: new RegExp(`^${format === 'csv' ? 'CSV' : 'GeoJSON'}`) }).getAttribute('href');
			// The prerendered page links relatively (./data/…); where it points is what matters.
			const url = new URL(href!, page.url());
			expect(url.pathname, `${name} ${format}`).toBe(`/data/${name}.${format}`);
			const res = await request.get(url.href);
			expect(res.status(), href!).toBe(200);
			expect(res.headers()['content-type'], href!).toBe(type);
			const body = await res.text();
			const count = format === 'csv' ? csvRecords(body) : (JSON.parse(body) as { features: unknown[] }).features.length;
			expect(count, href!).toBe(records);
		}
	}
});

test('/about has no accessibility violations', async ({ page }) => {
	await page.goto('/about');
	const { violations } = await axeScan(page).withTags(WCAG).analyze();
	expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
