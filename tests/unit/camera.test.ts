import { describe, expect, it } from 'vitest';
import { fitCamera, flightMs, sameView, zoomOffset } from '../../src/lib/map/camera';
import type { Camera } from '../../src/lib/story/types';

const cam: Camera = { center: [60, 47], zoom: 3, bearing: 0, pitch: 0 };

describe('camera as data', () => {
	it('keeps the story zoom on a desktop-sized map and zooms out on a phone', () => {
		expect(zoomOffset(900, 640)).toBe(0);
		expect(zoomOffset(1000, 900)).toBeGreaterThan(0);
		const phone = fitCamera(cam, 412, 915);
		expect(phone.zoom).toBeLessThan(2);
		expect(phone.zoom).toBeGreaterThan(1.5);
		expect(phone.center).toEqual(cam.center);
	});

	it('never zooms out by more than two levels nor below zero', () => {
		expect(zoomOffset(50, 50)).toBe(-2);
		expect(fitCamera({ ...cam, zoom: 1 }, 50, 50).zoom).toBe(0);
		expect(zoomOffset(0, 0)).toBe(0);
	});

	it('treats cameras within a small tolerance as the same view, across the antimeridian too', () => {
		expect(sameView(cam, { ...cam, center: [60.005, 47.005] })).toBe(true);
		expect(sameView(cam, { ...cam, zoom: 3.2 })).toBe(false);
		expect(sameView({ ...cam, center: [179.999, 0] }, { ...cam, center: [-179.999, 0] })).toBe(true);
	});

	it('takes longer to fly further, within bounds', () => {
		const near = flightMs(cam, { ...cam, center: [61, 47] });
		const far = flightMs(cam, { ...cam, center: [10, 48], zoom: 6 });
		expect(far).toBeGreaterThan(near);
		expect(far).toBeLessThanOrEqual(2200);
		expect(near).toBeGreaterThanOrEqual(700);
	});
});
