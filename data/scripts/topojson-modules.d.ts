// Just enough of topojson-server and topojson-simplify for build-geo.mjs:
// neither package ships types.
declare module 'topojson-server' {
	import type { FeatureCollection, GeoJsonObject } from 'geojson';
	import type { Topology } from 'topojson-specification';
	export function topology(objects: Record<string, GeoJsonObject | FeatureCollection>, quantization?: number): Topology;
}

declare module 'topojson-simplify' {
	import type { Topology } from 'topojson-specification';
	/** Points are [x, y, weight]; returns the weight of the middle one. */
	export type TriangleWeight = (triangle: number[][]) => number;
	export function presimplify(topology: Topology, weight?: TriangleWeight): Topology;
	export function simplify(topology: Topology, minWeight?: number): Topology;
}
