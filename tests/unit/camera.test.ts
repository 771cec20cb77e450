import { describe, expect, it } from 'vitest';
import { fitBounds, flightMs, project, sameView, viewBounds, type View } from '../../src/lib/map/camera';
import { paddingFor } from '../../src/lib/map/overlays';
import { inBounds, stepPoints } from '../../src/lib/map/extent';
import { story } from '../../data/story';
import type { Camera } from '../../src/lib/story/types';

const kaz: Camera = { bounds: [[46, 40], [88, 56]], bearing: 0, pitch: 0 };
const view: View = { center: [60, 47], zoom: 3, bearing: 0, pitch: 0 };

describe('camera as a region to show', () => {
	it('fits the whole region inside the map, touching it on one axis', () => {
		for (const [w, h] of [[390, 400], [900, 640], [1440, 900], [1280, 720], [360, 330]] as Array<[number, number]>) {
			const v = fitBounds(kaz, w, h);
			const [[west, south], [east, north]] = viewBounds(v, w, h);
			expect(west).toBeLessThanOrEqual(46);
			expect(east).toBeGreaterThanOrEqual(88);
			expect(south).toBeLessThanOrEqual(40);
			expect(north).toBeGreaterThanOrEqual(56);
			// Not zoomed out for nothing: one axis is nearly filled.
			const sw = project(v, w, h, [46, 40]), ne = project(v, w, h, [88, 56]);
			const fill = Math.max((ne.x - sw.x) / w, (sw.y - ne.y) / h);
			expect(fill).toBeGreaterThan(0.75);
		}
	});

	it('a smaller map shows the same region at a smaller zoom', () => {
		expect(fitBounds(kaz, 390, 380).zoom).toBeLessThan(fitBounds(kaz, 1000, 900).zoom);
	});

	it('keeps the region out from under the padded sides', () => {
		const pad = { top: 0, right: 0, bottom: 200, left: 300 };
		const v = fitBounds(kaz, 1000, 800, pad);
		for (const p of [[46, 40], [88, 56], [46, 56], [88, 40]] as const) {
			const px = project(v, 1000, 800, [p[0], p[1]]);
			expect(px.x).toBeGreaterThanOrEqual(300);
			expect(px.y).toBeLessThanOrEqual(600);
			expect(px.x).toBeLessThanOrEqual(1000);
			expect(px.y).toBeGreaterThanOrEqual(0);
		}
	});

	it('slides a view that would run past the edge of the geodata, keeping the region whole', () => {
		const box: [[number, number], [number, number]] = [[-35, 10], [140, 82]];
		const wide: Camera = { bounds: [[24, 37], [78, 57]], bearing: 0, pitch: 0 };
		const [w, h] = [860, 1500];
		const free = fitBounds(wide, w, h);
		expect(viewBounds(free, w, h)[0][1]).toBeLessThan(10);
		const slid = fitBounds(wide, w, h, undefined, box);
		expect(viewBounds(slid, w, h)[0][1]).toBeGreaterThanOrEqual(9.99);
		expect(slid.zoom).toBe(free.zoom);
		for (const p of [[24, 37], [78, 57]] as Array<[number, number]>) {
			const px = project(slid, w, h, p);
			expect(px.y).toBeGreaterThanOrEqual(0);
			expect(px.y).toBeLessThanOrEqual(h);
		}
	});

	it('treats views within a small tolerance as the same, across the antimeridian too', () => {
		expect(sameView(view, { ...view, center: [60.005, 47.005] })).toBe(true);
		expect(sameView(view, { ...view, zoom: 3.2 })).toBe(false);
		expect(sameView({ ...view, center: [179.999, 0] }, { ...view, center: [-179.999, 0] })).toBe(true);
	});

	it('takes longer to fly further, within bounds', () => {
		const near = flightMs(view, { ...view, center: [61, 47] });
		const far = flightMs(view, { ...view, center: [10, 48], zoom: 6 });
		expect(far).toBeGreaterThan(near);
		expect(far).toBeLessThanOrEqual(2200);
		expect(near).toBeGreaterThanOrEqual(700);
	});
});

describe('overlays push the camera in from the side they cost least', () => {
	const map = { left: 0, top: 0, right: 1000, bottom: 800 };
	it('a wide, short key at the bottom pads the bottom', () => {
		const p = paddingFor(map, [{ left: 10, top: 700, right: 500, bottom: 790 }]);
		expect(p.bottom).toBeGreaterThanOrEqual(100);
		expect(p.left).toBe(0);
	});
	it('a narrow, tall panel at the left pads the left', () => {
		const p = paddingFor(map, [{ left: 0, top: 0, right: 250, bottom: 800 }]);
		expect(p.left).toBeGreaterThanOrEqual(250);
		expect(p.bottom).toBe(0);
	});
	it('ignores what lies outside the map', () => {
		expect(paddingFor(map, [{ left: 0, top: 820, right: 1000, bottom: 900 }])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});
});

describe('every step frames what it draws', () => {
	it('each step has points to frame, all inside its bounds', () => {
		for (const step of story.steps) {
			const pts = stepPoints(step);
			expect(pts.length, step.id).toBeGreaterThan(0);
			for (const p of pts) expect(inBounds(p.lngLat, step.camera.bounds), `${step.id}: ${p.id}`).toBe(true);
		}
	});
});
