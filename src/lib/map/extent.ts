/**
 * The points a step draws: every place, marker, route vertex and label anchor
 * of its story layers at the step's end state: not the basemap, not country
 * tints, not layers the step marks as `context`, and not markers carried over
 * from earlier days, which are context rather than the subject. The camera's
 * bounds must hold them all (checked when the story is validated), and the
 * map-visibility tests project them to the screen.
 *
 * Pure and free of maplibre-gl: the validator runs it in Node.
 */
import type { Geometry, Position } from 'geojson';
import type { LngLat, Step } from '../story/types';
import { layerModule } from './layers/registry';
import { placeById } from './places';

export interface DrawnPoint {
	/** Which layer draws it, and which of its features ("places:almaty"). */
	id: string;
	lngLat: LngLat;
}

/** Layers whose drawing is a country fill or tint: context around the subject, not the subject. */
const CONTEXT_LAYERS = new Set(['highlight']);

function positions(g: Geometry): Position[] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		case 'GeometryCollection':
			return g.geometries.flatMap(positions);
	}
}

/**
 * What the step draws at `progress` (1: its end state). `areas` gives the
 * outline of named areas (the occupied territories), which live in the
 * geodata rather than the story's records; leave it out where they are not at hand.
 */
export function stepPoints(step: Step, progress = 1, areas?: ReadonlyMap<string, LngLat[]>, markersOnly = false): DrawnPoint[] {
	const out: DrawnPoint[] = [];
	for (const use of step.layers) {
		if (CONTEXT_LAYERS.has(use.layer) || use.context) continue;
		if (use.layer === 'places') {
			for (const id of (use.labels as string[]) ?? []) {
				const p = placeById.get(id);
				if (p) out.push({ id: `places:${id}`, lngLat: p.lngLat });
			}
			continue;
		}
		if (use.layer === 'occupied') {
			for (const a of (use.areas as string[]) ?? []) for (const p of areas?.get(a) ?? []) out.push({ id: `occupied:${a}`, lngLat: p });
			continue;
		}
		const mod = layerModule(use.layer);
		const fc = mod?.features?.(use as never, progress);
		if (!fc) continue;
		fc.features.forEach((f, i) => {
			// Markers carried over from earlier days are context; the step's own day is the subject.
			if (f.properties?.fresh === false) return;
			if (markersOnly && f.geometry.type !== 'Point' && f.geometry.type !== 'MultiPoint') return;
			const name = String(f.properties?.id ?? f.properties?.iso3 ?? f.properties?.place ?? i);
			for (const p of positions(f.geometry)) out.push({ id: `${use.layer}:${name}`, lngLat: [p[0] as number, p[1] as number] });
		});
	}
	return out;
}

/**
 * The step's markers alone: its places and point symbols, not the vertices of its
 * lines and areas. A map's names may lie across a route or an outline (their halo
 * keeps both legible) but never over a marker.
 */
export function stepMarkers(step: Step, progress = 1): DrawnPoint[] {
	return stepPoints(step, progress, undefined, true);
}

/** True when the point lies inside [[west, south], [east, north]]. */
export function inBounds(p: LngLat, [[w, s], [e, n]]: [LngLat, LngLat]): boolean {
	return p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
}
