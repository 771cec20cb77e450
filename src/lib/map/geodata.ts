/**
 * The countries' TopoJSON turned into GeoJSON for the map, a few countries at
 * a time: on a slow phone the whole collection at once is one task of a few
 * hundred milliseconds, during which the reader's scrolling would stall.
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { SLICE_MS, Slicer, nextTurn } from './turn';

/** The same features as topojson-client's `feature(topo, collection)`, decoded in slices of at most about sliceMs. */
export async function decodeInSlices(topo: Topology, collection: GeometryCollection, sliceMs = SLICE_MS): Promise<FeatureCollection> {
	await nextTurn();
	const slicer = new Slicer(sliceMs);
	const features: Feature[] = [];
	for (const geometry of collection.geometries) {
		features.push(feature(topo, geometry) as Feature);
		await slicer.pause();
	}
	return { type: 'FeatureCollection', features };
}

/**
 * The countries' outlines split in two: land borders (an arc between two
 * countries) and coast (an arc with a country on one side only). Each is one
 * MultiLineString, so a shared border is drawn once.
 */
export async function lines(topo: Topology, name = 'countries'): Promise<{ borders: FeatureCollection; coast: FeatureCollection }> {
	const collection = topo.objects[name] as GeometryCollection;
	const borders = mesh(topo, collection, (a, b) => a !== b);
	await nextTurn();
	const coast = mesh(topo, collection, (a, b) => a === b);
	const fc = (geometry: Feature['geometry']): FeatureCollection => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });
	return { borders: fc(borders), coast: fc(coast) };
}
