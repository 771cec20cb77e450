/**
 * Performance marks for the map's start, so the benchmark can say where the
 * time from the reader's first scroll to a live map goes (bench/reader.mjs):
 * `map:start` (the first scroll), `map:code` (MapLibre's code is in),
 * `map:geodata` (the countries are decoded), `map:made` (the map exists),
 * `map:loaded` (its style and the basemap's first frame), `map:layers` (the
 * step's layers added; the others follow once the map is live),
 * `map:ready` (the live map replaces the picture). On the story page,
 * `map:warm` says the countries were fetched while the page sat idle, before
 * the first scroll (./warm.ts). A mark costs next to nothing.
 */
export const MAP_MARKS = ['warm', 'start', 'code', 'geodata', 'made', 'loaded', 'layers', 'ready'] as const;
export type MapMark = (typeof MAP_MARKS)[number];

export function mark(name: MapMark): void {
	if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`map:${name}`);
}
