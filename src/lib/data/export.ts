/**
 * The data behind the map, for download: every layer's records as CSV and
 * GeoJSON, built from the same data files the map draws (data/geo/*.ts), so
 * the downloads can never differ from the map.
 *
 * Records are exported generically: every field a record has becomes a column
 * (nested objects as `parent.field`, lists as `a;b`), so a field added to a
 * record type later is exported without a change here. A dataset only adds what
 * a reader needs beside the record: coordinates of the places it points at,
 * and one row per membership period.
 *
 * Pure: no file or network access; the route (src/routes/data/[file]) passes
 * in the data.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LngLat } from '../story/types';
import type { AirliftRoute, BuildupSite, CrisisFeature, CstoState, Place, UnrestRecord, Venue } from '../map/records';
import { greatCircle } from '../map/geo/greatCircle';
import { sourceId } from '../story/text';
import { translator, type T, type UiKey } from '../i18n/ui';
import aboutEn from '../../../data/i18n/ui-about.en.json';

/** The downloads' titles and row descriptions in English (data/i18n/ui-about.en.json), when no language is given. */
const tAboutEn: T = translator('en', aboutEn);

/** One cell: what a CSV field and a GeoJSON property can hold. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** What the occupied-areas layer says about an area (data/geo/occupied.ts). */
export interface OccupiedAreaRecord {
	id: string;
	label: string;
	note?: string;
	sources: string[];
}

/** Everything the downloads are built from. */
export interface ExportInput {
	places: readonly Place[];
	unrest: readonly UnrestRecord[];
	airliftRoutes: readonly AirliftRoute[];
	cstoStates: readonly CstoState[];
	buildupSites: readonly BuildupSite[];
	crisisFeatures: readonly CrisisFeature[];
	venues: readonly Venue[];
	occupiedAreas: readonly OccupiedAreaRecord[];
	/** The shapes of the occupied areas (static/geo/occupied.json), by feature `properties.id`. */
	occupiedShapes: FeatureCollection;
}

/** One download: a layer's records as rows, each with a geometry (or null). */
export interface Dataset {
	/** File name without extension: `places` → places.csv, places.geojson. */
	name: string;
	title: string;
	/** What one row is, for the download list. */
	row: string;
	rows: Row[];
	geometries: Array<Geometry | null>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A record as flat cells: nested objects become `parent.field`, lists of plain
 * values `a;b`, lists of lists or objects JSON. `undefined` fields are left out.
 */
export function flatten(record: Record<string, unknown>, prefix = ''): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(record)) {
		const name = prefix ? `${prefix}.${key}` : key;
		if (value === undefined) continue;
		if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[name] = value;
		else if (Array.isArray(value))
			out[name] = value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)) ? value.join(';') : JSON.stringify(value);
		else if (isPlainObject(value)) Object.assign(out, flatten(value, name));
		else out[name] = String(value);
	}
	return out;
}

/** Source references as plain ids, each once, joined with `;`. */
export const sourceIds = (refs: readonly string[] | undefined): string => [...new Set((refs ?? []).map(sourceId))].join(';');

/**
 * A record's row: the columns given first (derived ones such as coordinates),
 * then every field of the record, `sources` last as plain ids.
 */
function rowOf(record: object, first: Row = {}, omit: readonly string[] = []): Row {
	const { sources, ...rest } = record as Record<string, unknown> & { sources?: string[] };
	for (const k of omit) delete rest[k];
	return { ...first, ...flatten(rest), sources: sourceIds(sources) };
}

/** A record at one point (a place, a build-up site): id and name, then its longitude and latitude as columns. */
const locatedRow = (r: { id: string; name: string; lngLat: readonly [number, number] }): Row =>
	rowOf(r, { id: r.id, name: r.name, lng: r.lngLat[0], lat: r.lngLat[1] }, ['lngLat']);

const point = (lngLat: LngLat): Geometry => ({ type: 'Point', coordinates: [lngLat[0], lngLat[1]] });

/** Every layer's records as datasets, in the order the downloads are listed. */
export function datasets(input: ExportInput, t: T = tAboutEn): Dataset[] {
	/** A download's title and what one of its rows is, in the language of `t` (keys `aboutPage.data.set.<name>.*`; the files themselves stay in English). */
	const words = (name: string): { title: string; row: string } => ({
		title: t(`aboutPage.data.set.${name}.title` as UiKey),
		row: t(`aboutPage.data.set.${name}.row` as UiKey)
	});
	const placeById = new Map(input.places.map((p) => [p.id, p]));
	const at = (id: string): Place => {
		const p = placeById.get(id);
		if (!p) throw new Error(`The data names an unknown place "${id}"`);
		return p;
	};
	const where = (prefix: string, id: string): Row => {
		const p = at(id);
		return { [`${prefix}name`]: p.name, [`${prefix}lng`]: p.lngLat[0], [`${prefix}lat`]: p.lngLat[1] };
	};
	const capitalOf = (iso3: string): Place | undefined => input.places.find((p) => p.country === iso3 && p.kind === 'capital');
	const shapes = new Map(input.occupiedShapes.features.map((f) => [String(f.properties?.id ?? f.id), f]));

	return [
		{
			name: 'places',
			...words('places'),
			rows: input.places.map(locatedRow),
			geometries: input.places.map((p) => point(p.lngLat))
		},
		{
			name: 'protests',
			...words('protests'),
			rows: input.unrest.map((r) => rowOf(r, { id: r.id, date: r.date, ...where('place_', r.place) })),
			geometries: input.unrest.map((r) => point(at(r.place).lngLat))
		},
		{
			name: 'airlift-routes',
			...words('airlift-routes'),
			rows: input.airliftRoutes.map((r) =>
				rowOf(r, { id: r.id, date_from: r.dates[0], date_to: r.dates[1], ...where('from_', r.from), ...where('to_', r.to) }, ['dates'])
			),
			geometries: input.airliftRoutes.map((r) => ({ type: 'LineString', coordinates: greatCircle(at(r.from).lngLat, at(r.to).lngLat, 32) }))
		},
		{
			name: 'csto-membership',
			...words('csto-membership'),
			rows: input.cstoStates.flatMap((s) =>
				s.periods.map(([joined, left]) => rowOf(s, { iso3: s.iso3, name: s.name, joined, left: left ?? '' }, ['periods']))
			),
			geometries: input.cstoStates.flatMap((s) => s.periods.map(() => {
				const c = capitalOf(s.iso3);
				return c ? point(c.lngLat) : null;
			}))
		},
		{
			name: 'buildup-sites',
			...words('buildup-sites'),
			rows: input.buildupSites.map(locatedRow),
			geometries: input.buildupSites.map((s) => point(s.lngLat))
		},
		{
			name: 'crises',
			...words('crises'),
			rows: input.crisisFeatures.map((f) => rowOf(f, { id: f.id, geometry_type: f.geometry.type }, ['geometry'])),
			geometries: input.crisisFeatures.map((f) => structuredClone(f.geometry) as Geometry)
		},
		{
			name: 'diplomacy-venues',
			...words('diplomacy-venues'),
			rows: input.venues.map((v) => rowOf(v, { id: v.id, date: v.date, ...where('place_', v.place) })),
			geometries: input.venues.map((v) => point(at(v.place).lngLat))
		},
		{
			name: 'occupied-areas',
			...words('occupied-areas'),
			rows: input.occupiedAreas.map((a) => {
				const props = shapes.get(a.id)?.properties ?? {};
				const since = typeof props.since === 'string' ? props.since : '';
				const status = typeof props.status === 'string' ? props.status : '';
				return rowOf(a, { id: a.id, since, status });
			}),
			geometries: input.occupiedAreas.map((a) => (shapes.get(a.id)?.geometry as Geometry | undefined) ?? null)
		}
	];
}

/** Every column any row has, in the order they first appear. */
export function columns(rows: readonly Row[]): string[] {
	const seen = new Set<string>();
	for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
	return [...seen];
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(v: Cell | undefined): string {
	const s = v === null || v === undefined ? '' : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV (RFC 4180: CRLF line ends, a header row). */
export function toCsv(rows: readonly Row[]): string {
	const cols = columns(rows);
	return [cols, ...rows.map((r) => cols.map((c) => r[c] ?? null))].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A dataset as a GeoJSON FeatureCollection: one feature per row, the row as its properties. */
export function toGeoJson(d: Dataset): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: d.rows.map((properties, i) => ({ type: 'Feature', geometry: d.geometries[i] ?? null, properties: { ...properties } }) as Feature)
	};
}

/** The file names a dataset is downloaded as. */
export const FORMATS = {
	csv: { ext: 'csv', type: 'text/csv; charset=utf-8' },
	geojson: { ext: 'geojson', type: 'application/geo+json; charset=utf-8' }
} as const;

export type Format = keyof typeof FORMATS;

/** Every download's file name: `places.csv`, `places.geojson`, … */
export const fileNames = (sets: readonly Dataset[]): string[] =>
	sets.flatMap((d) => (Object.keys(FORMATS) as Format[]).map((f) => `${d.name}.${FORMATS[f].ext}`));

/** The file's body and content type, or null when no dataset has that name. */
export function renderFile(sets: readonly Dataset[], file: string): { body: string; type: string } | null {
	const m = /^([a-z0-9-]+)\.(csv|geojson)$/.exec(file);
	const d = m && sets.find((s) => s.name === m[1]);
	if (!m || !d) return null;
	const format = m[2] as Format;
	return {
		body: format === 'csv' ? toCsv(d.rows) : `${JSON.stringify(toGeoJson(d))}\n`,
		type: FORMATS[format].type
	};
}
