/** Helpers shared by the layer modules. */
import { englishWords, type MapWords } from '../words';
import type { FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MaplibreMap } from './types';

/*
 * MapLibre redraws the whole map after any setter, even one that sets what is
 * already there. A step's layers are shown again whenever the reader's progress
 * through it changes, on every scroll frame, and often nothing they draw has
 * changed: these helpers set only what differs, so a map on which nothing changes
 * draws nothing (and the same data is not tiled again).
 */
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export function setVisible(map: MaplibreMap, ids: readonly string[], visible: boolean): void {
	const want = visible ? 'visible' : 'none';
	for (const id of ids) {
		if (!map.getLayer(id)) continue;
		if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== want) map.setLayoutProperty(id, 'visibility', want);
	}
}

export function setFilter(map: MaplibreMap, id: string, filter: Parameters<MaplibreMap['setFilter']>[1]): void {
	if (!same(map.getFilter(id), filter)) map.setFilter(id, filter);
}

type PaintProp = Parameters<MaplibreMap['setPaintProperty']>[1];

export function setPaint(map: MaplibreMap, id: string, prop: PaintProp, value: unknown): void {
	if (!same(map.getPaintProperty(id, prop), value)) map.setPaintProperty(id, prop, value as never);
}

/** The data each module source was last given (by setData), as JSON. */
const given = new WeakMap<object, string>();

export function setData(map: MaplibreMap, source: string, data: FeatureCollection): void {
	const src = map.getSource(source) as GeoJSONSource | undefined;
	if (!src) return;
	const json = JSON.stringify(data);
	if (given.get(src) === json) return;
	given.set(src, json);
	src.setData(data);
}

export function collection<G extends Geometry = Geometry>(
	features: Array<{ geometry: G; properties: GeoJsonProperties; id?: string | number }>
): FeatureCollection<G> {
	return {
		type: 'FeatureCollection',
		features: features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: f.properties, ...(f.id !== undefined ? { id: f.id } : {}) }))
	};
}

export const emptyCollection = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** Add a GeoJSON source once. */
export function ensureSource(map: MaplibreMap, id: string, data: FeatureCollection = emptyCollection()): void {
	if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data });
}

/**
 * Text font stacks. With no glyphs URL and no `font-faces` in the style,
 * MapLibre draws labels with the stack as a CSS font-family list and takes the
 * weight from the first name ('Regular' 400, 'Bold' 700): no such family
 * exists, so the page's 'Noto Sans' draws them at that weight, from the same
 * variable files as the page's text.
 */
export const FONT_REGULAR = ['Noto Sans Regular', 'Noto Sans'];

/**
 * Which side of its marker a label sits on, when placed by hand. The corners
 * ("above-right": the text up and to the right of the marker) are for clusters
 * where no straight side is free on a phone's small map.
 */
export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

const STRAIGHT = ['right', 'left', 'above', 'below'] as const;
const CORNERS = ['above-right', 'above-left', 'below-right', 'below-left'] as const;

/**
 * Where a point's label may go, in order of preference, `em` from the point:
 * the record's `labelSide` first when it names one (placed by hand where the
 * automatic first choice would collide), then the straight sides. A corner is
 * tried only when the record names it; it sits `em` × 0.75 along each axis,
 * so its text clears the marker diagonally as a side's clears it straight. For
 * MapLibre's data-driven `text-variable-anchor-offset`.
 */
export function labelSides(em: number, order: readonly (typeof STRAIGHT)[number][] = STRAIGHT): unknown {
	const d = Math.round(em * 0.75 * 100) / 100;
	// An anchor names the side of the text that touches the point: text to the right is anchored on its left.
	const anchor: Record<LabelSide, [string, [number, number]]> = {
		right: ['left', [em, 0]],
		left: ['right', [-em, 0]],
		above: ['bottom', [0, -em]],
		below: ['top', [0, em]],
		'above-right': ['bottom-left', [d, -d]],
		'above-left': ['bottom-right', [-d, -d]],
		'below-right': ['top-left', [d, d]],
		'below-left': ['top-right', [-d, d]]
	};
	const list = (first?: LabelSide): unknown[] => ['literal', [first, ...order.filter((s) => s !== first)].filter((s): s is LabelSide => !!s).flatMap((s) => anchor[s])];
	return ['match', ['coalesce', ['get', 'labelSide'], ''], ...[...STRAIGHT, ...CORNERS].flatMap((s) => [s, list(s)]), list()];
}
export const FONT_BOLD = ['Noto Sans Bold', 'Noto Sans'];

/** Where `date` falls between `from` and `to` (ISO dates), given progress 0–1. */
export function dateAt(from: string, to: string, progress: number): string {
	const a = Date.parse(`${from}T00:00:00Z`);
	const b = Date.parse(`${to}T00:00:00Z`);
	const days = Math.round((b - a) / 86_400_000);
	const t = Math.min(1, Math.max(0, progress));
	return new Date(a + Math.round(days * t) * 86_400_000).toISOString().slice(0, 10);
}

/** Dates on the map and in its key use the story's one date format ("2022-01-05" → "5 January 2022"). */
export { formatDate } from '../../story/dates';

/** The words a layer draws in: those given, or English. */
export const wordsOr = (words?: MapWords): MapWords => words ?? englishWords;

/** Every record's `sources` must resolve to the story's sources. */
export function checkRecordSources(
	records: ReadonlyArray<{ id: string; sources?: string[] }>,
	path: string,
	sources: ReadonlySet<string>
): Array<{ path: string; message: string }> {
	return records.flatMap((r, i) =>
		(r.sources ?? []).flatMap((s, j) =>
			sources.has(s) ? [] : [{ path: `${path}[${i}].sources[${j}]`, message: `unknown source "${s}" (record "${r.id}")` }]
		)
	);
}

/** A source list as a short legend note: "TASS; RFE/RL". */
export function sourceNote(ids: readonly string[], lookup: (id: string) => string | undefined): string {
	return [...new Set(ids.map((id) => lookup(id) ?? id))].join('; ');
}
