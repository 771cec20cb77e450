/**
 * The countries' TopoJSON turned into GeoJSON for the map, a few countries at
 * a time: on a slow phone the whole collection at once is one task of a few
 * hundred milliseconds, during which the reader's scrolling would stall.
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LngLat } from '../story/types';
import type { CountriesTopology } from './warm';
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

export interface Geo {
	countries: FeatureCollection;
	/** Lines between two countries, and lines with a country on one side only (the coast). */
	borders: FeatureCollection;
	coast: FeatureCollection;
	/** The box the geodata was cut to ([[west, south], [east, north]]). */
	box?: [LngLat, LngLat];
}

/** A countries TopoJSON file (object `countries`), fetched. */
export async function fetchTopology(url: string, init: RequestInit = {}): Promise<CountriesTopology> {
	const res = await fetch(url, init);
	if (!res.ok) throw new Error(`HTTP ${res.status}`);
	return (await res.json()) as CountriesTopology;
}

/**
 * A countries TopoJSON (object `countries`) as the map draws it: the countries decoded a few at a
 * time, their borders and coasts, and the box the file was cut to, if it says.
 */
export async function decodeGeo(topo: CountriesTopology): Promise<Geo> {
	const b = topo.bbox;
	const box: [LngLat, LngLat] | undefined = b && b.length >= 4 ? [[b[0]!, b[1]!], [b[2]!, b[3]!]] : undefined;
	const countries = await decodeInSlices(topo, topo.objects.countries);
	await nextTurn();
	return { countries, ...(await lines(topo)), box };
}

/** A countries TopoJSON file, fetched and decoded. */
export const loadGeo = async (url: string, init: RequestInit = {}): Promise<Geo> => decodeGeo(await fetchTopology(url, init));
