import { describe, expect, it } from 'vitest';
import { cumulativeKm, distanceKm, greatCircle, heading, pointAlong, sliceAlong } from '../../src/lib/map/geo/greatCircle';
import type { LngLat } from '../../src/lib/story/types';

const almaty: LngLat = [76.95, 43.24];
const kyiv: LngLat = [30.52, 50.45];
const chkalovsky: LngLat = [38.06, 55.88];

describe('great-circle geometry', () => {
	it('measures Almaty to Kyiv at about 3,560 km and Chkalovsky to Almaty at about 3,080 km', () => {
		expect(distanceKm(almaty, kyiv)).toBeGreaterThan(3500);
		expect(distanceKm(almaty, kyiv)).toBeLessThan(3620);
		expect(Math.abs(distanceKm(chkalovsky, almaty) - 3080)).toBeLessThan(40);
	});

	it('starts and ends a route at its endpoints, with each point on the shortest path', () => {
		const line = greatCircle(chkalovsky, almaty, 32);
		expect(line).toHaveLength(33);
		expect(line[0]).toEqual(chkalovsky);
		expect(line[32]?.[0]).toBeCloseTo(almaty[0], 4);
		expect(line[32]?.[1]).toBeCloseTo(almaty[1], 4);
		const total = cumulativeKm(line).at(-1) as number;
		expect(total).toBeCloseTo(distanceKm(chkalovsky, almaty), 0);
	});

	it('bends poleward of the straight line on the map, as great circles do in the northern hemisphere', () => {
		const mid = greatCircle(kyiv, almaty, 2)[1] as LngLat;
		expect(mid[1]).toBeGreaterThan((kyiv[1] + almaty[1]) / 2);
	});

	it('crosses the antimeridian without a jump of more than 180° between points', () => {
		const line = greatCircle([170, 60], [-170, 62], 40);
		for (let i = 1; i < line.length; i++) expect(Math.abs((line[i] as LngLat)[0] - (line[i - 1] as LngLat)[0])).toBeLessThan(5);
		expect((line.at(-1) as LngLat)[0]).toBeCloseTo(190, 3);
	});

	it('finds the point a fraction of the way along, with a heading', () => {
		const line = greatCircle(chkalovsky, almaty);
		expect(pointAlong(line, 0).at).toEqual(chkalovsky);
		const end = pointAlong(line, 1).at;
		expect(end[0]).toBeCloseTo(almaty[0], 3);
		const h = pointAlong(line, 0.5).heading;
		expect(h).toBeGreaterThan(90);
		expect(h).toBeLessThan(180);
		expect(heading([0, 0], [0, 10])).toBeCloseTo(0, 5);
		expect(heading([0, 0], [10, 0])).toBeCloseTo(90, 5);
	});

	it('slices a route so it can be drawn as it is flown', () => {
		const line = greatCircle(chkalovsky, almaty);
		const cum = cumulativeKm(line);
		const half = sliceAlong(line, 0.5, cum);
		const halfKm = cumulativeKm(half).at(-1) as number;
		expect(halfKm).toBeCloseTo((cum.at(-1) as number) / 2, 0);
		expect(sliceAlong(line, 1, cum)).toBe(line);
		expect(sliceAlong(line, 0, cum)).toHaveLength(2);
	});
});
