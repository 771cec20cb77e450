import { expect, test, type Page } from '@playwright/test';
import { story } from '../../data/story';
import { layerModule } from '../../src/lib/map/layers/registry';
import { routesFor } from '../../src/lib/map/layers/airlift';
import { sitesOn } from '../../src/lib/map/layers/buildup';
import { unrestOn } from '../../src/lib/map/layers/unrest';
import { statusIn } from '../../src/lib/map/layers/membership';
import { venues } from '../../data/geo/diplomacy';
import { crisisFeatures } from '../../data/geo/crises';
import { cstoStates } from '../../data/geo/csto';
import { places } from '../../data/geo/places';
import { placeAt } from '../../src/lib/map/places';
import type { LayerUse, LngLat, Step } from '../../src/lib/story/types';
import { wantsDetail } from '../../src/lib/map/detail';
import { viewBounds } from '../../src/lib/map/camera';
import { expectCameraAt, liveCamera, mapHost, scrollToStep, waitForMap } from './helpers';

/** Whether the map's landed view is a close-up, which draws the detailed borders. */
async function closeUp(page: Page): Promise<boolean> {
	const view = (await liveCamera(page))!;
	const { w, h } = await mapHost(page).evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
	return wantsDetail(view.zoom, viewBounds(view, w, h));
}

/** Properties of the features a style layer draws in the current view. */
async function drawn(page: Page, layerId: string, key = 'id'): Promise<string[]> {
	return mapHost(page).evaluate(
		(el, [id, k]) => {
			const map = (el as HTMLElement & { __map?: any }).__map;
			const seen = new Set<string>();
			for (const f of map.queryRenderedFeatures({ layers: [id] })) seen.add(String(f.properties?.[k as string]));
			return [...seen].sort();
		},
		[layerId, key] as const
	);
}

/** Which of these points the current view contains (with a small margin for symbols at the edge). */
async function inView(page: Page, points: Array<[string, LngLat]>): Promise<string[]> {
	return mapHost(page).evaluate((el, pts) => {
		const map = (el as HTMLElement & { __map?: any }).__map;
		const { clientWidth: w, clientHeight: h } = el as HTMLElement;
		return pts
			.filter(([, p]) => {
				const px = map.project(p);
				return px.x > 12 && px.y > 12 && px.x < w - 12 && px.y < h - 12;
			})
			.map(([id]) => id)
			.sort();
	}, points);
}

const use = (step: Step, name: string) => step.layers.find((u) => u.layer === name) as LayerUse & Record<string, any>;

async function expectStepDrawn(page: Page, step: Step) {
	const names = step.layers.map((u) => u.layer);
	await expect(mapHost(page)).toHaveAttribute('data-layers', names.join(','));
	// Russia is filled in its own colour on every step where it is in view, whatever the step's layers.
	const russiaInView = (await inView(page, [['moscow', placeAt('moscow').lngLat], ['rostov', placeAt('rostov-on-don').lngLat], ['ulyanovsk', placeAt('ulyanovsk-vostochny').lngLat]])).length > 0;
	if (russiaInView) await expect.poll(() => drawn(page, 'russia-fill', 'iso3'), { message: `${step.id}: Russia's fill` }).toEqual(['RUS']);
	// Layers the step does not name draw nothing, once the map has taken the step's data (the worker
	// empties a source a frame or two after the step's layers are set).
	for (const other of ['unrest', 'airlift', 'membership', 'buildup', 'crises', 'diplomacy', 'arc', 'occupied', 'highlight'].filter((n) => !names.includes(n))) {
		for (const id of layerModule(other)!.styleLayers) await expect.poll(() => drawn(page, id), { message: `${step.id}: ${id} should be hidden` }).toEqual([]);
	}
	if (names.includes('places')) {
		const labels: string[] = use(step, 'places').labels;
		const expected = await inView(page, labels.map((id) => [id, placeAt(id).lngLat]));
		await expect.poll(() => drawn(page, 'places-dot'), { message: `${step.id}: place markers` }).toEqual(expected);
	}
	if (names.includes('unrest')) {
		const u = use(step, 'unrest');
		const expected = await inView(page, unrestOn(u.to).map((r) => [r.place, placeAt(r.place).lngLat]));
		await expect.poll(() => drawn(page, 'unrest-dot', 'place'), { message: `${step.id}: protest sites on ${u.to}` }).toEqual(expected);
	}
	if (names.includes('airlift')) {
		const u = use(step, 'airlift');
		const expected = routesFor(u as never).filter((l) => l.route.mode === 'air').map((l) => l.route.id).sort();
		await expect.poll(() => drawn(page, 'airlift-route'), { message: `${step.id}: airlift routes` }).toEqual(expected);
	}
	if (names.includes('membership')) {
		const u = use(step, 'membership');
		// Russia keeps the basemap's fill (checked above); the layer fills the other members and former members.
		const inBloc = cstoStates.filter((s) => s.iso3 !== 'RUS' && statusIn(s, u.to) !== 'none').map((s) => s.iso3);
		const capitals = places.filter((p) => p.kind === 'capital' && inBloc.includes(p.country));
		const visible = await inView(page, capitals.map((p) => [p.country, p.lngLat]));
		await expect.poll(() => drawn(page, 'membership-fill', 'iso3'), { message: `${step.id}: member and former member states in ${u.to} whose capitals are in view` }).toEqual(expect.arrayContaining(visible));
		const got = await drawn(page, 'membership-fill', 'iso3');
		for (const iso3 of got) expect(inBloc, `${step.id}: ${iso3} is not in the bloc in ${u.to}`).toContain(iso3);
	}
	if (names.includes('buildup')) {
		const u = use(step, 'buildup');
		const expected = await inView(page, sitesOn(u.to, u.unconfirmed).map((s) => [s.id, s.lngLat]));
		const got = async () => [...(await drawn(page, 'buildup-confirmed')), ...(await drawn(page, 'buildup-unconfirmed'))].sort();
		await expect.poll(got, { message: `${step.id}: build-up sites by ${u.to}` }).toEqual(expected);
	}
	if (names.includes('diplomacy')) {
		const expected = await inView(page, venues.map((v) => [v.id, placeAt(v.place).lngLat]));
		await expect.poll(() => drawn(page, 'diplomacy-dot'), { message: `${step.id}: venues` }).toEqual(expected);
	}
	if (names.includes('occupied')) {
		const areas: string[] = use(step, 'occupied').areas;
		await expect.poll(() => drawn(page, 'occupied-fill'), { message: `${step.id}: occupied areas` }).toEqual([...areas].sort());
	}
	if (names.includes('highlight')) {
		await expect.poll(async () => (await drawn(page, 'highlight-fill', 'iso3')).length, { message: `${step.id}: highlighted countries` }).toBeGreaterThan(0);
	}
	if (names.includes('crises')) {
		const show: string[] = use(step, 'crises').show;
		const points = crisisFeatures.filter((f) => show.includes(f.crisis) && f.geometry.type === 'Point').map((f) => f.id).sort();
		const lines = crisisFeatures.filter((f) => show.includes(f.crisis) && f.geometry.type === 'LineString').map((f) => f.id).sort();
		await expect.poll(() => drawn(page, 'crises-dot'), { message: `${step.id}: a marker on every crisis site` }).toEqual(points);
		await expect.poll(() => drawn(page, 'crises-line'), { message: `${step.id}: crisis lines` }).toEqual(lines);
	}
	if (names.includes('arc')) {
		await expect.poll(async () => (await drawn(page, 'arc-line', 'part')).length, { message: `${step.id}: arc` }).toBe(1);
		// A measurement carries its length on the map; a request carries an arrowhead at its end.
		const measured = !!use(step, 'arc').measure;
		await expect.poll(() => drawn(page, 'arc-ends', 'measure'), { message: `${step.id}: arc ends` }).toEqual([String(measured)]);
		if (measured) await expect.poll(async () => (await drawn(page, 'arc-measure', 'text'))[0], { message: `${step.id}: the distance on the map` }).toMatch(/^≈ [\d,]+ km$/);
	}
	// The key on the map draws each entry's swatch with the map's symbol code (an SVG per entry).
	const key = page.locator('.legend-box .key-peek');
	if (await key.count()) expect(await key.locator('svg.swatch').count(), `${step.id}: key swatches`).toBeGreaterThan(0);
}

test.describe('the map draws what each step says', () => {
	test('with reduced motion, every step shows its layers at their end state', async ({ page }) => {
		test.setTimeout(300_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		const closeUps: string[] = [];
		for (const [i, step] of story.steps.entries()) {
			await scrollToStep(page, step.id);
			if (i === 0) await waitForMap(page);
			await expect(page.locator('.scrolly')).toHaveAttribute('data-active-step', step.id);
			await expectCameraAt(page, step);
			await expect(mapHost(page)).toHaveAttribute('data-progress', '1.000');
			await expect(mapHost(page)).toHaveAttribute('data-moving', 'false');
			await expectStepDrawn(page, step);
			// A close-up has the 1:10m borders once landed; every other view goes back to the 1:50m ones.
			const close = await closeUp(page);
			if (close) closeUps.push(step.id);
			await expect(mapHost(page), `${step.id}: borders`).toHaveAttribute('data-borders', close ? 'detail' : 'coarse');
		}
		expect(closeUps.length, 'the story has close-ups').toBeGreaterThan(0);
		expect(closeUps.length, 'and wider views').toBeLessThan(story.steps.length);
	});

	test('scrolling forward flies the aircraft along their routes and scrolling back runs them backwards', async ({ page }) => {
		const step = story.steps.find((s) => s.layers.some((u) => u.layer === 'airlift' && u.phase === 'inbound'))!;
		await page.goto(`/#${step.id}`);
		await waitForMap(page);
		await expectCameraAt(page, step);
		/**
		 * Scroll so the reader is a fraction f through the step (which runs from the step's arrival at
		 * the trigger line to its heading at the middle of the text's part of the screen), and read each
		 * aircraft's progress along its route.
		 */
		const at = async (f: number) => {
			await page.evaluate(
				([id, frac]) => {
					const el = document.getElementById(id as string)!;
					const r = el.getBoundingClientRect();
					const h = el.querySelector('.card .heading')!.getBoundingClientRect();
					const vh = window.innerHeight;
					const phone = window.matchMedia('(max-width: 767.98px)').matches;
					const mid = Math.max(vh / 2, Math.min((phone ? document.querySelector('.graphic')!.getBoundingClientRect().bottom : 0) + 0.15 * vh, 0.65 * vh));
					const start = 0.7 * vh;
					const travel = h.top + h.height / 2 - r.top + start - mid;
					window.scrollTo({ top: r.top + window.scrollY - (start - (frac as number) * travel), behavior: 'instant' });
				},
				[step.id, f] as const
			);
			await expect.poll(async () => Number(await mapHost(page).getAttribute('data-progress'))).toBeGreaterThan(f - 0.12);
			await expect.poll(async () => Number(await mapHost(page).getAttribute('data-progress'))).toBeLessThan(f + 0.12);
			// The aircraft's new places reach the map's tiles through its worker: read them once it has them.
			await expect.poll(() => mapHost(page).evaluate((el) => (el as HTMLElement & { __map?: any }).__map.loaded())).toBe(true);
			return mapHost(page).evaluate((el) => {
				const map = (el as HTMLElement & { __map?: any }).__map;
				const out: Record<string, number> = {};
				for (const f of map.querySourceFeatures('airlift')) if (f.properties.part === 'craft') out[f.properties.id] = f.properties.t;
				return out;
			});
		};
		const early = await at(0.3);
		const later = await at(0.6);
		const back = await at(0.3);
		const ids = Object.keys(later);
		expect(ids.length, 'aircraft are in the air mid-step').toBeGreaterThan(0);
		for (const id of ids) {
			if (id in early) expect(later[id]!).toBeGreaterThan(early[id]!);
			if (id in back) expect(back[id]!).toBeLessThan(later[id]!);
		}
		expect(back).toEqual(early);
		const rendered = await drawn(page, 'airlift-craft');
		expect(rendered.length, 'aircraft are drawn on the map').toBeGreaterThan(0);
	});
});
