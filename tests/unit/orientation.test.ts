/**
 * The map's orientation aids: the names on the map (data/geo/names.ts), the
 * close-ups' detailed borders, the locator and the scale bar's arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { mapNames } from '../../data/geo/names';
import { story } from '../../data/story';
import { CLOSE_BOX } from '../../data/scripts/build-geo.mjs';
import { pointInGeometry } from '../../data/scripts/geo-math.mjs';
import { DETAIL_BOX, DETAIL_ZOOM, wantsDetail } from '../../src/lib/map/detail';
import { haversine, isCloseUp, locatorPath, LOCATOR_REGION, scaleLabel, scaleLength, usesMiles } from '../../src/lib/map/orientation';
import { namesLayer } from '../../src/lib/map/layers/names';

type Countries = FeatureCollection<Polygon | MultiPolygon, { iso3: string; name: string }>;
const load = (file: string) => {
	const topo = JSON.parse(readFileSync(join(process.cwd(), 'static/geo', file), 'utf8')) as Topology<{ countries: GeometryCollection }>;
	return { topo, countries: feature(topo, topo.objects.countries) as unknown as Countries };
};
const coarse = load('countries.json');
const detail = load('countries-detail.json');
const inCountry = (c: Countries, iso3: string, p: [number, number]) => c.features.some((f) => f.properties.iso3 === iso3 && pointInGeometry(p, f.geometry));
const onLand = (c: Countries, p: [number, number]) => c.features.some((f) => pointInGeometry(p, f.geometry));

describe('names on the map', () => {
	it('have unique ids, words and sane zoom ranges', () => {
		expect(new Set(mapNames.map((n) => n.id)).size).toBe(mapNames.length);
		for (const n of mapNames) {
			expect(n.name.trim(), n.id).toBe(n.name);
			expect(n.name.length, n.id).toBeGreaterThan(0);
			expect(n.minZoom, n.id).toBeLessThan(n.maxZoom);
			if (n.kind === 'country') expect(n.iso3, n.id).toMatch(/^[A-Z]{3}$/);
		}
	});
	it('never show the same words twice on one screen', () => {
		// Two names for one country share zoom levels only when they lie further apart than a
		// 1440×900 map spans at the lowest zoom they share (across, or from top to bottom).
		for (const a of mapNames)
			for (const b of mapNames) {
				if (a === b || a.name !== b.name || a.minZoom >= b.maxZoom || b.minZoom >= a.maxZoom) continue;
				const z = Math.max(a.minZoom, b.minZoom);
				const lon = (1440 * 360) / (512 * 2 ** z);
				const lat = ((900 * 360) / (512 * 2 ** z)) * Math.cos((((a.lngLat[1] + b.lngLat[1]) / 2) * Math.PI) / 180);
				const apart = Math.abs(a.lngLat[0] - b.lngLat[0]) > lon || Math.abs(a.lngLat[1] - b.lngLat[1]) > lat;
				expect(apart, `${a.id} and ${b.id} at zoom ${z}`).toBe(true);
			}
	});
	it('put a country’s name inside the country, a sea’s on water', () => {
		for (const n of mapNames) {
			if (n.kind === 'country') expect(inCountry(coarse.countries, n.iso3!, n.lngLat), `${n.id} in ${n.iso3}`).toBe(true);
			if (n.kind === 'sea') expect(onLand(coarse.countries, n.lngLat), `${n.id} on water`).toBe(false);
		}
	});
	it('name the countries the story is about, its seas and regions', () => {
		const ids = new Set(mapNames.map((n) => n.iso3 ?? n.id));
		for (const id of ['RUS', 'KAZ', 'UKR', 'BLR', 'ARM', 'AZE', 'GEO', 'KGZ', 'TJK', 'UZB', 'TKM', 'MDA', 'ROU', 'POL', 'TUR', 'IRN', 'CHN', 'MNG', 'LTU', 'LVA', 'EST'])
			expect(ids.has(id), id).toBe(true);
		for (const id of ['caspian-sea', 'black-sea', 'sea-of-azov', 'baltic-sea', 'crimea', 'donbas', 'mangystau', 'nagorno-karabakh']) expect(ids.has(id), id).toBe(true);
	});
	it('leave out a name a step’s own layer already shows', () => {
		// The opening map's crisis labels name Kazakhstan, Belarus and Crimea: the basemap's names give way.
		const use = namesLayer.defaultUse!(story.steps[0]!)!;
		for (const id of ['kazakhstan', 'belarus', 'crimea']) expect(use.hide).toContain(id);
		// Russia is named by nothing else there, so its name stays.
		expect(use.hide).not.toContain('russia');
		for (const step of story.steps) expect(namesLayer.check(namesLayer.defaultUse!(step) as never, { sources: new Set() }).filter((p) => p.path !== 'keepClear'), step.id).toEqual([]);
	});
});

describe('the detailed borders for close-ups', () => {
	it('cover the box the map expects', () => {
		expect(DETAIL_BOX).toEqual([
			[CLOSE_BOX.west, CLOSE_BOX.south],
			[CLOSE_BOX.east, CLOSE_BOX.north]
		]);
		expect(detail.topo.bbox).toEqual([CLOSE_BOX.west, CLOSE_BOX.south, CLOSE_BOX.east, CLOSE_BOX.north]);
	});
	it('draw Crimea in Ukraine, Baikonur in Kazakhstan, Karabakh in Azerbaijan', () => {
		expect(inCountry(detail.countries, 'UKR', [34.1, 44.95])).toBe(true);
		expect(inCountry(detail.countries, 'RUS', [34.1, 44.95])).toBe(false);
		expect(inCountry(detail.countries, 'KAZ', [63.3, 45.9])).toBe(true);
		expect(inCountry(detail.countries, 'AZE', [46.75, 39.82])).toBe(true);
		expect(new Set(detail.countries.features.map((f) => f.properties.iso3)).size).toBe(detail.countries.features.length);
	});
	it('split into land borders and coast without losing a line', () => {
		const borders = mesh(detail.topo, detail.topo.objects.countries, (a, b) => a !== b);
		const coast = mesh(detail.topo, detail.topo.objects.countries, (a, b) => a === b);
		expect(borders.coordinates.length).toBeGreaterThan(20);
		expect(coast.coordinates.length).toBeGreaterThan(20);
	});
	it('are wanted on the close-ups only, never beyond the box', () => {
		expect(wantsDetail(DETAIL_ZOOM, [[74, 41], [80, 45]])).toBe(true);
		expect(wantsDetail(DETAIL_ZOOM - 0.1, [[74, 41], [80, 45]])).toBe(false);
		expect(wantsDetail(7, [[78, 41], [84, 45]])).toBe(false);
	});
});

describe('the locator and the scale bar', () => {
	it('give a locator to the close-ups and none to the region views', () => {
		const byId = new Map(story.steps.map((s) => [s.id, s]));
		for (const id of ['fuel-protests', 'almaty-burns', 'crimea-2014', 'donbas-war', 'karabakh-2020']) if (byId.has(id)) expect(isCloseUp(byId.get(id)!.camera), id).toBe(true);
		for (const id of ['fires-on-every-border', 'csto-members', 'airlift', 'a-continent-away']) if (byId.has(id)) expect(isCloseUp(byId.get(id)!.camera), id).toBe(false);
	});
	it('draws the region the locator shows', () => {
		const d = locatorPath(coarse.countries as never, LOCATOR_REGION, 150);
		expect(d.length).toBeGreaterThan(1000);
		expect(d).toMatch(/^M[\d.-]+ [\d.-]+L/);
	});
	it('picks a round length that fits', () => {
		expect(scaleLength(1000, 110, 1000)).toEqual({ value: 100, px: 100 });
		expect(scaleLength(5000, 110, 1000)).toEqual({ value: 500, px: 100 });
		expect(scaleLength(3000, 110, 1000).value).toBe(200);
		expect(scaleLabel(1000, 'km')).toBe('1,000 km');
		expect(scaleLabel(0.5, 'km')).toBe('0.5 km');
	});
	it('measures a degree of latitude at about 111 km', () => {
		expect(haversine([0, 0], [0, 1]) / 1000).toBeCloseTo(111.2, 1);
	});
	it('shows miles on the steps whose text gives miles', () => {
		for (const step of story.steps) expect(usesMiles(step), step.id).toBe(step.body.some((p) => /\bmiles?\b/i.test(p)) || JSON.stringify(step.figures ?? []).match(/\bmiles?\b/i) !== null);
		expect(story.steps.some(usesMiles)).toBe(true);
	});
});
