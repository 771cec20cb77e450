// Builds the map's geodata under static/: geo/countries.json (TopoJSON),
// geo/occupied.json (GeoJSON) and geo/manifest.json, and writes the Noto Sans
// woff2 subsets into fonts/ (./fonts.mjs). Run it with `npm run geo` after changing anything
// here or upgrading world-atlas; tests/unit/geodata.test.ts fails while the
// committed files differ from what buildGeo() returns.
//
// Source: world-atlas 2.0.2 countries-50m (Natural Earth admin-0, 1:50m).
// 110m draws Crimea with 18 points, too coarse for the zoom 6–7 views; 10m
// comes out more than twice the size after the same simplification, and at
// 10m the story's Sevastopol point falls in the bay.
//
// The story draws internationally recognised borders. What Natural Earth does
// in the region (checked by assertions in buildGeo() and by the unit test),
// and what this script does about it:
// - Crimea: Natural Earth draws de facto control, so the whole peninsula,
//   Sevastopol included, is a separate polygon in Russia's MultiPolygon
//   (32.5–36.6°E, 44.4–46.2°N), with a Russia–Ukraine border across the
//   Perekop isthmus. The Kerch strait is open water at 50m, so that
//   polygon holds none of the Taman peninsula. It is moved to Ukraine and
//   merged with it, which drops the Perekop border; the same arcs make the
//   'crimea' feature of occupied.json, so the two match exactly.
// - Nagorno-Karabakh (Stepanakert/Khankendi, and the districts around it) is
//   inside Azerbaijan, and Nakhchivan is an Azerbaijani exclave: kept.
// - Transnistria is inside Moldova, Abkhazia and South Ossetia inside Georgia,
//   and the separatist-held Donbas is not a unit of its own: kept. The
//   2015–2022 separatist-held area is hand-drawn, see DONBAS_CONTACT_LINE.
// - Units without an ISO 3166-1 numeric id: Kosovo stays a unit of its own
//   with XKX, the user-assigned code several international bodies use, since
//   about half the UN's members recognise it. N. Cyprus (recognised by Turkey
//   alone) is merged into Cyprus, and Somaliland (internationally treated as
//   part of Somalia) into Somalia. Siachen Glacier is merged into India, which
//   has held it since 1984, as Natural Earth draws the rest of Kashmir by the
//   lines of control. Indian Ocean Ter. is outside the box.
// - Not touched, as the story does not show them: the Golan Heights are drawn
//   inside Israel; Western Sahara (ESH) and Palestine (PSE) are their own
//   units; so are the dependencies that have ISO codes of their own (Åland,
//   Faroe Islands, Greenland, Guernsey, Jersey, Isle of Man, Hong Kong, Macao).
//   Svalbard is part of Norway.
//
// Everything is cut to BOX: rings are unwrapped across the antimeridian first
// (Russia's main ring runs along it), then clipped edge by edge, so no ring
// jumps across the map; countries with nothing left inside are dropped.

/// <reference path="./topojson-modules.d.ts" />

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as topojsonClient from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { writeFonts } from './fonts.mjs';
import { clipRing, pointInGeometry, pointInRings, ringBounds, signedArea, unwrapRing } from './geo-math.mjs';

/** @typedef {import('./geo-math.mjs').Ring} Ring */
/** @typedef {import('./geo-math.mjs').Position} Position */
/** @typedef {import('./geo-math.mjs').Box} Box */
/** @typedef {{ type: 'Polygon', coordinates: Position[][] }} Polygon */

const require = createRequire(import.meta.url);

const SOURCE_PACKAGE = 'world-atlas';
const SOURCE_FILE = 'countries-50m.json';

/** Europe, the Middle East, Russia west of 140°E, the Caucasus, Central Asia. @type {Box} */
export const BOX = { west: -35, south: 10, east: 140, north: 82 };

// The story goes to zoom 5–7 only in here (Minsk to Almaty, Moscow to the
// Caucasus), so every source vertex inside it is kept.
/** @type {Box} */
const DETAIL_BOX = { west: 22, south: 36, east: 82, north: 58 };

// Visvalingam weights are triangle areas in web-Mercator units (longitude,
// and Mercator y scaled to degrees), so one threshold means the same size on
// screen at every latitude; 1 px at zoom z is 360 / (512 * 2^z) units. Outside
// DETAIL_BOX the story goes no closer than zoom 4, where this is under a
// square pixel.
const MIN_WEIGHT = 1.5e-3;

// Islands smaller than this (same units) go, except each country's largest
// polygon, so micro-states and island states stay: about 2.5 square pixels at
// zoom 3 and 10 at zoom 4; inside DETAIL_BOX, 16 at zoom 7.
const MIN_ISLAND = 2e-2;
const MIN_ISLAND_DETAIL = 5e-4;

// Snapping to a fine grid before building the topology makes the points the
// clip computes for two neighbours identical, so their border stays one shared
// arc. The output grid is 0.0044° × 0.0018°, under a pixel at zoom 7.
const PREQUANTIZE = 1e6;
const QUANTIZATION = 4e4;

/** Russia's Crimea polygon must lie inside this. @type {Box} */
const CRIMEA_BOX = { west: 32.4, south: 44.3, east: 36.7, north: 46.3 };

/** @param {number} lon @param {number} lat @returns {Position} */
const at = (lon, lat) => [lon, lat];
const PLACES = {
	simferopol: at(34.1, 44.95),
	sevastopol: at(33.53, 44.62),
	taman: at(37.0, 45.2),
	stepanakert: at(46.75, 39.82),
	tiraspol: at(29.63, 46.84),
	sukhumi: at(41.02, 43.0),
	tskhinvali: at(43.96, 42.23),
	donetsk: at(37.8, 48.02)
};

/**
 * ISO 3166-1 numeric → alpha-3 for every country that survives the clip; a
 * new one appearing in the box stops the build.
 * @type {Record<string, string>}
 */
const ISO3 = {
	'004': 'AFG', '008': 'ALB', '012': 'DZA', '020': 'AND', '031': 'AZE', '040': 'AUT',
	'048': 'BHR', '050': 'BGD', '051': 'ARM', '056': 'BEL', '064': 'BTN', '070': 'BIH',
	'100': 'BGR', '104': 'MMR', '112': 'BLR', '116': 'KHM', '120': 'CMR', '132': 'CPV',
	'140': 'CAF', '148': 'TCD', '156': 'CHN', '158': 'TWN', '191': 'HRV', '196': 'CYP',
	'203': 'CZE', '204': 'BEN', '208': 'DNK', '231': 'ETH', '232': 'ERI', '233': 'EST',
	'234': 'FRO', '246': 'FIN', '248': 'ALA', '250': 'FRA', '262': 'DJI', '268': 'GEO',
	'270': 'GMB', '275': 'PSE', '276': 'DEU', '288': 'GHA', '300': 'GRC', '304': 'GRL',
	'324': 'GIN', '336': 'VAT', '344': 'HKG', '348': 'HUN', '352': 'ISL', '356': 'IND',
	'364': 'IRN', '368': 'IRQ', '372': 'IRL', '376': 'ISR', '380': 'ITA', '384': 'CIV',
	'392': 'JPN', '398': 'KAZ', '400': 'JOR', '408': 'PRK', '410': 'KOR', '414': 'KWT',
	'417': 'KGZ', '418': 'LAO', '422': 'LBN', '428': 'LVA', '434': 'LBY', '438': 'LIE',
	'440': 'LTU', '442': 'LUX', '446': 'MAC', '466': 'MLI', '470': 'MLT', '478': 'MRT',
	'492': 'MCO', '496': 'MNG', '498': 'MDA', '499': 'MNE', '504': 'MAR', '512': 'OMN',
	'524': 'NPL', '528': 'NLD', '562': 'NER', '566': 'NGA', '578': 'NOR', '586': 'PAK',
	'608': 'PHL', '616': 'POL', '620': 'PRT', '624': 'GNB', '634': 'QAT', '642': 'ROU',
	'643': 'RUS', '674': 'SMR', '682': 'SAU', '686': 'SEN', '688': 'SRB', '703': 'SVK',
	'704': 'VNM', '705': 'SVN', '706': 'SOM', '724': 'ESP', '728': 'SSD', '729': 'SDN',
	'732': 'ESH', '752': 'SWE', '756': 'CHE', '760': 'SYR', '762': 'TJK', '764': 'THA',
	'768': 'TGO', '784': 'ARE', '788': 'TUN', '792': 'TUR', '795': 'TKM', '804': 'UKR',
	'807': 'MKD', '818': 'EGY', '826': 'GBR', '831': 'GGY', '832': 'JEY', '833': 'IMN',
	'854': 'BFA', '860': 'UZB', '887': 'YEM'
};

// Natural Earth units without a numeric id, by their `name`. Keys starting
// with '_' are merged into the country named in MERGE_INTO.
/** @type {Record<string, string>} */
const NO_ID = {
	Kosovo: 'XKX',
	'N. Cyprus': '_NCY',
	Somaliland: '_SOL',
	'Siachen Glacier': '_SIA'
};
/** @type {Record<string, string>} */
const MERGE_INTO = { _CRIMEA: 'UKR', _NCY: 'CYP', _SOL: 'SOM', _SIA: 'IND' };

// Natural Earth's short label forms, spelled out; Macedonia predates the 2019
// rename.
/** @type {Record<string, string>} */
const NAMES = {
	BIH: 'Bosnia and Herzegovina',
	CAF: 'Central African Republic',
	ESH: 'Western Sahara',
	FRO: 'Faroe Islands',
	MKD: 'North Macedonia',
	SSD: 'South Sudan'
};

// Separatist-held side of the line of contact as it stood from February 2015
// (after Debaltseve fell) to February 2022, traced by hand from general
// knowledge: good to a few kilometres at best. It starts at the Russian border
// on the Siverskyi Donets south of Stanytsia Luhanska, follows the river west
// below Shchastia, turns south-west between Popasna and Pervomaisk, skirts
// Svitlodarsk and the Debaltseve bulge, passes between Toretsk and Horlivka,
// between Avdiivka and Yasynuvata, west of Donetsk airport and Dokuchaievsk,
// and reaches the Azov coast between Shyrokyne and Sakhanka, east of Mariupol.
// The rest of the outline is Ukraine's own border and coast from
// countries.json, between the two ring vertices nearest the ends below.
/** @type {Position[]} */
const DONBAS_CONTACT_LINE = [
	[39.57, 48.645],
	[39.47, 48.635],
	[39.35, 48.67],
	[39.23, 48.715],
	[38.88, 48.695],
	[38.57, 48.67],
	[38.46, 48.63],
	[38.4, 48.555],
	[38.27, 48.425],
	[38.18, 48.37],
	[38.07, 48.355],
	[37.95, 48.33],
	[37.91, 48.24],
	[37.83, 48.165],
	[37.71, 48.06],
	[37.63, 48.0],
	[37.565, 47.965],
	[37.6, 47.87],
	[37.64, 47.76],
	[37.69, 47.64],
	[37.84, 47.39],
	[37.85, 47.15]
];
/** Where the line meets the Russian border (first) and the coast (last). */
const DONBAS_BORDER_END = /** @type {Position} */ ([39.67, 48.66]);
const DONBAS_COAST_END = /** @type {Position} */ ([37.83, 47.1]);
const DONBAS_MAX_VERTICES = 60;


const DEG = 180 / Math.PI;
/** @param {number} lat */
const mercatorY = (lat) => DEG * Math.log(Math.tan(Math.PI / 4 + lat / (2 * DEG)));

/**
 * @param {number} lon
 * @param {number} lat
 * @param {Box} box
 */
const inBox = (lon, lat, box) => lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;

/**
 * Visvalingam weight for topojson-simplify: infinite (kept) inside any of
 * `keep`, the triangle's Mercator area elsewhere.
 * @param {Box[]} keep
 * @returns {(triangle: number[][]) => number} takes [lon, lat, weight] points
 */
const mercatorWeight = (keep) => (triangle) => {
	const [a, b, c] = /** @type {[number[], number[], number[]]} */ (triangle);
	const [ax = 0, ay = 0] = a;
	const [bx = 0, by = 0] = b;
	const [cx = 0, cy = 0] = c;
	if (keep.some((box) => inBox(bx, by, box))) return Infinity;
	const [my0, my1, my2] = [mercatorY(ay), mercatorY(by), mercatorY(cy)];
	return Math.abs((ax - cx) * (my1 - my0) - (ax - bx) * (my2 - my0)) / 2;
};

/** @param {Ring} ring */
const mercatorRingArea = (ring) => Math.abs(signedArea(ring.map(([x, y]) => [x, mercatorY(y)])));

/**
 * @param {Ring[][]} polygons
 * @param {Box} [box]
 * @returns {Ring[][]}
 */
function clipToBox(polygons, box = BOX) {
	/** @type {Ring[][]} */
	const out = [];
	for (const polygon of polygons) {
		const [outer, ...holes] = polygon.map((ring) => clipRing(unwrapRing(ring), box));
		if (outer) out.push([outer, ...holes.filter((h) => h !== null)]);
	}
	return out;
}

/** @param {Ring[][]} polygons */
function dropSmallIslands(polygons) {
	const areas = polygons.map((p) => mercatorRingArea(/** @type {Ring} */ (p[0])));
	const largest = areas.indexOf(Math.max(...areas));
	return polygons.filter((p, i) => {
		if (i === largest) return true;
		const [w, s, e, n] = ringBounds(/** @type {Ring} */ (p[0]));
		const min = inBox((w + e) / 2, (s + n) / 2, DETAIL_BOX) ? MIN_ISLAND_DETAIL : MIN_ISLAND;
		return /** @type {number} */ (areas[i]) >= min;
	});
}

/**
 * @param {unknown} value
 * @returns {unknown}
 */
function sortKeys(value) {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		const record = /** @type {Record<string, unknown>} */ (value);
		return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sortKeys(record[key])]));
	}
	return value;
}

/** @param {string} text */
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Builds every file under static/geo/ from the installed world-atlas.
 * Pure: reads package files only and writes nothing.
 * @returns {{ files: Record<string, string> }}
 */
export function buildGeo() {
	/** @type {any} */
	const source = JSON.parse(readFileSync(require.resolve(`${SOURCE_PACKAGE}/${SOURCE_FILE}`), 'utf8'));
	/** @type {string} */
	const sourceVersion = require(`${SOURCE_PACKAGE}/package.json`).version;

	/** @type {{ key: string, name: string, polygons: Ring[][] }[]} */
	const units = [];
	for (const geometry of source.objects.countries.geometries) {
		/** @type {string} */
		const name = geometry.properties.name;
		const key = geometry.id === undefined ? NO_ID[name] : ISO3[geometry.id];
		/** @type {any} */
		const decoded = topojsonClient.feature(source, geometry).geometry;
		/** @type {Ring[][]} */
		const polygons = !decoded ? [] : decoded.type === 'Polygon' ? [decoded.coordinates] : decoded.coordinates;
		if (key === undefined) {
			if (clipToBox(polygons).length) throw new Error(`No alpha-3 code for ${geometry.id} ${name}`);
			continue;
		}
		if (key === 'RUS') {
			const crimea = polygons.filter((polygon) => {
				const [w, s, e, n] = ringBounds(/** @type {Ring} */ (polygon[0]));
				return w >= CRIMEA_BOX.west && e <= CRIMEA_BOX.east && s >= CRIMEA_BOX.south && n <= CRIMEA_BOX.north;
			});
			const rest = polygons.filter((polygon) => !crimea.includes(polygon));
			/** @param {Ring[][]} coordinates @param {Position} place */
			const has = (coordinates, place) => pointInGeometry(place, { type: 'MultiPolygon', coordinates });
			if (
				crimea.length !== 1 ||
				!has(crimea, PLACES.simferopol) ||
				!has(crimea, PLACES.sevastopol) ||
				has(rest, PLACES.simferopol) ||
				!has(rest, PLACES.taman)
			) {
				throw new Error('Crimea is no longer one separate polygon of Russia in the source: recheck the fix');
			}
			units.push({ key: '_CRIMEA', name: 'Crimea', polygons: crimea });
			units.push({ key, name, polygons: rest });
			continue;
		}
		units.push({ key, name, polygons });
	}

	/** @param {string} key @param {Position} place */
	const sourceHas = (key, place) =>
		units.some((u) => u.key === key && pointInGeometry(place, { type: 'MultiPolygon', coordinates: u.polygons }));
	for (const [key, place] of /** @type {[string, Position][]} */ ([
		['AZE', PLACES.stepanakert],
		['MDA', PLACES.tiraspol],
		['GEO', PLACES.sukhumi],
		['GEO', PLACES.tskhinvali]
	])) {
		if (!sourceHas(key, place)) throw new Error(`The source moved ${place} out of ${key}: recheck the borders`);
	}

	units.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	/** @type {import('geojson').Feature<import('geojson').MultiPolygon, { iso3: string, name: string }>[]} */
	const features = [];
	/** @type {Box[]} */
	const keep = [DETAIL_BOX];
	for (const unit of units) {
		const polygons = dropSmallIslands(clipToBox(unit.polygons));
		if (!polygons.length) continue;
		const outers = polygons.map((p) => /** @type {Ring} */ (p[0]));
		if (Math.max(...outers.map(mercatorRingArea)) < MIN_ISLAND) {
			// Micro-states (Vatican, Monaco, Macao…) would simplify to a line.
			// The margin covers the snapping to the PREQUANTIZE grid.
			const [west, south, east, north] = ringBounds(outers.flat());
			keep.push({ west: west - 0.01, south: south - 0.01, east: east + 0.01, north: north + 0.01 });
		}
		features.push({
			type: 'Feature',
			id: unit.key,
			properties: { iso3: unit.key, name: NAMES[unit.key] ?? unit.name },
			geometry: { type: 'MultiPolygon', coordinates: polygons }
		});
	}

	/** @type {any} */
	let topology = toTopology({ countries: { type: 'FeatureCollection', features } }, PREQUANTIZE);
	topology = presimplify(topology, mercatorWeight(keep));
	topology = simplify(topology, MIN_WEIGHT);
	topology.bbox = [BOX.west, BOX.south, BOX.east, BOX.north];
	topology = topojsonClient.quantize(topology, QUANTIZATION);

	/** @type {any[]} */
	const parts = topology.objects.countries.geometries;
	/** @type {any[]} */
	const geometries = [];
	for (const part of parts) {
		if (part.id.startsWith('_')) {
			if (!parts.some((p) => p.id === MERGE_INTO[part.id])) throw new Error(`Nothing to merge ${part.id} into`);
			continue;
		}
		const group = parts.filter((p) => p === part || MERGE_INTO[p.id] === part.id);
		const merged = group.length > 1 ? topojsonClient.mergeArcs(topology, group) : part;
		geometries.push({
			type: merged.type,
			arcs: merged.arcs,
			id: part.id,
			properties: { iso3: part.properties.iso3, name: part.properties.name }
		});
	}
	const countries = pruneArcs({
		type: 'Topology',
		bbox: topology.bbox,
		transform: topology.transform,
		objects: { countries: { type: 'GeometryCollection', geometries } },
		arcs: topology.arcs
	});

	/** @type {any} */
	const crimea = topojsonClient.feature(topology, parts.find((p) => p.id === '_CRIMEA')).geometry;
	/** @type {any} */
	const ukraine = topojsonClient.feature(countries, countries.objects.countries.geometries.find((/** @type {any} */ g) => g.id === 'UKR')).geometry;

	const occupied = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				id: 'crimea',
				properties: {
					id: 'crimea',
					name: 'Crimea',
					since: '2014-02-27',
					status: 'occupied',
					note:
						'The Crimean peninsula, including Sevastopol. Russian forces seized the Crimean parliament in Simferopol on 27 February 2014; Russia annexed the peninsula on 18 March 2014, an annexation not recognised internationally (UN General Assembly resolution 68/262).'
				},
				geometry: rfc7946(crimea)
			},
			{
				type: 'Feature',
				id: 'donbas',
				properties: {
					id: 'donbas',
					name: 'Separatist-held areas of Donetsk and Luhansk oblasts',
					since: '2014-04-06',
					status: 'separatist-held',
					note:
						'Approximate extent of the separatist-held areas, 2015 – February 2022, drawn from the line of contact; not a surveyed boundary. Russian-backed separatists seized government buildings in Donetsk and Luhansk in April 2014; the line shown held from the fall of Debaltseve in February 2015 until Russia’s full-scale invasion on 24 February 2022.'
				},
				geometry: rfc7946(donbasPolygon(ukraine))
			}
		]
	};

	/** @type {Record<string, string>} */
	const files = {
		'geo/countries.json': JSON.stringify(countries) + '\n',
		'geo/occupied.json': JSON.stringify(occupied) + '\n',
		'geo/countries-detail.json': JSON.stringify(buildDetail()) + '\n'
	};
	const manifest = {
		source: `${SOURCE_PACKAGE}@${sourceVersion} ${SOURCE_FILE}; ${DETAIL_SOURCE_FILE} for geo/countries-detail.json`,
		builtBy: 'data/scripts/build-geo.mjs',
		files: Object.fromEntries(
			Object.entries(files).map(([path, text]) => [path, { bytes: Buffer.byteLength(text, 'utf8'), sha256: sha256(text) }])
		)
	};
	files['geo/manifest.json'] = JSON.stringify(sortKeys(manifest), null, '\t') + '\n';
	return { files };
}

// The close-ups' borders, from Natural Earth 1:10m, cut to the box the story's
// close-ups lie in; the map loads them only when the camera is close and inside
// that box (src/lib/map/detail.ts). Same fixes as the 1:50m file: Crimea moved
// to Ukraine; Baikonur (leased by Russia, in Kazakhstan) merged into
// Kazakhstan. No occupied areas: those stay drawn from the 1:50m file.
const DETAIL_SOURCE_FILE = 'countries-10m.json';
/** Mangystau to Almaty, Minsk to Karabakh. @type {Box} */
export const CLOSE_BOX = { west: 24, south: 37, east: 82, north: 58 };
// About a fifth of a square pixel at zoom 9, the closest the story goes.
const DETAIL_MIN_WEIGHT = 4e-7;
// Islets under about 4 square pixels at zoom 7 go.
const DETAIL_MIN_ISLAND = 3e-5;
const DETAIL_QUANTIZATION = 1e5;
/** @type {Record<string, string>} */
const DETAIL_NO_ID = { Baikonur: '_BAI' };
/** @type {Record<string, string>} */
const DETAIL_MERGE_INTO = { _CRIMEA: 'UKR', _BAI: 'KAZ' };

/** @returns {any} the TopoJSON of geo/countries-detail.json */
function buildDetail() {
	/** @type {any} */
	const source = JSON.parse(readFileSync(require.resolve(`${SOURCE_PACKAGE}/${DETAIL_SOURCE_FILE}`), 'utf8'));
	/** @type {import('geojson').Feature<import('geojson').MultiPolygon, { iso3: string, name: string }>[]} */
	const features = [];
	for (const geometry of source.objects.countries.geometries) {
		/** @type {string} */
		const name = geometry.properties.name;
		/** @type {any} */
		const decoded = topojsonClient.feature(source, geometry).geometry;
		/** @type {Ring[][]} */
		const polygons = !decoded ? [] : decoded.type === 'Polygon' ? [decoded.coordinates] : decoded.coordinates;
		const inside = clipToBox(polygons, CLOSE_BOX);
		if (!inside.length) continue;
		const key = geometry.id === undefined ? DETAIL_NO_ID[name] : ISO3[geometry.id];
		if (key === undefined) throw new Error(`No alpha-3 code for ${geometry.id} ${name} (1:10m)`);
		/** @param {string} k @param {string} n @param {Ring[][]} p */
		const add = (k, n, p) => {
			const kept = p.filter((polygon, i) => i === 0 || mercatorRingArea(/** @type {Ring} */ (polygon[0])) >= DETAIL_MIN_ISLAND);
			if (kept.length) features.push({ type: 'Feature', id: k, properties: { iso3: k, name: NAMES[k] ?? n }, geometry: { type: 'MultiPolygon', coordinates: kept } });
		};
		if (key === 'RUS') {
			const crimea = polygons.filter((polygon) => {
				const [w, s, e, n] = ringBounds(/** @type {Ring} */ (polygon[0]));
				return w >= CRIMEA_BOX.west && e <= CRIMEA_BOX.east && s >= CRIMEA_BOX.south && n <= CRIMEA_BOX.north;
			});
			const simferopol = crimea.filter((p) => pointInGeometry(PLACES.simferopol, { type: 'Polygon', coordinates: p }));
			if (simferopol.length !== 1) throw new Error('Crimea is no longer one polygon of Russia in the 1:10m source: recheck the fix');
			add('_CRIMEA', 'Crimea', clipToBox(simferopol, CLOSE_BOX));
			add(key, name, clipToBox(polygons.filter((p) => p !== simferopol[0]), CLOSE_BOX));
			continue;
		}
		// Largest polygon first, so it is never dropped as an islet.
		add(key, name, inside.sort((a, b) => mercatorRingArea(/** @type {Ring} */ (b[0])) - mercatorRingArea(/** @type {Ring} */ (a[0]))));
	}
	features.sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
	/** @type {any} */
	let topology = toTopology({ countries: { type: 'FeatureCollection', features } }, PREQUANTIZE);
	topology = presimplify(topology, mercatorWeight([]));
	topology = simplify(topology, DETAIL_MIN_WEIGHT);
	topology.bbox = [CLOSE_BOX.west, CLOSE_BOX.south, CLOSE_BOX.east, CLOSE_BOX.north];
	topology = topojsonClient.quantize(topology, DETAIL_QUANTIZATION);
	/** @type {any[]} */
	const parts = topology.objects.countries.geometries;
	/** @type {any[]} */
	const geometries = [];
	for (const part of parts) {
		if (part.id.startsWith('_')) continue;
		const group = parts.filter((p) => p === part || DETAIL_MERGE_INTO[p.id] === part.id);
		const merged = group.length > 1 ? topojsonClient.mergeArcs(topology, group) : part;
		geometries.push({ type: merged.type, arcs: merged.arcs, id: part.id, properties: { iso3: part.properties.iso3, name: part.properties.name } });
	}
	for (const [from, to] of Object.entries(DETAIL_MERGE_INTO))
		if (parts.some((p) => p.id === from) && !parts.some((p) => p.id === to)) throw new Error(`Nothing to merge ${from} into (1:10m)`);
	return pruneArcs({
		type: 'Topology',
		bbox: topology.bbox,
		transform: topology.transform,
		objects: { countries: { type: 'GeometryCollection', geometries } },
		arcs: topology.arcs
	});
}

/**
 * The 'donbas' polygon: the hand-drawn line of contact, closed along
 * Ukraine's own border and coast so that it meets them exactly.
 * @param {any} ukraine UKR geometry decoded from the output topology
 * @returns {Polygon}
 */
function donbasPolygon(ukraine) {
	/** @type {Position[][][]} */
	const polygons = ukraine.type === 'Polygon' ? [ukraine.coordinates] : ukraine.coordinates;
	const mainland = polygons.find((p) => pointInRings(PLACES.donetsk, p));
	if (!mainland) throw new Error('Donetsk is not in Ukraine');
	const ring = /** @type {Position[]} */ (mainland[0]).slice(0, -1);
	const n = ring.length;
	/** @param {Position} target */
	const nearest = (target) => {
		let best = -1;
		let bestDistance = Infinity;
		ring.forEach(([x, y], i) => {
			const d = (x - target[0]) ** 2 + (y - target[1]) ** 2;
			if (d < bestDistance) (best = i), (bestDistance = d);
		});
		if (bestDistance > 0.05 ** 2) throw new Error(`Ukraine's border is not near ${target}: recheck the Donbas ends`);
		return best;
	};
	const coast = nearest(DONBAS_COAST_END);
	const border = nearest(DONBAS_BORDER_END);
	/** @param {1 | -1} step */
	const walk = (step) => {
		const out = [];
		for (let i = coast; ; i = (i + step + n) % n) {
			out.push(/** @type {Position} */ (ring[i]));
			if (i === border) return out;
		}
	};
	const [forward, backward] = [walk(1), walk(-1)];
	const alongBorder = forward.length <= backward.length ? forward : backward;

	// Contact line from the border end to the coast end, then Ukraine's border
	// from the coast back up to the start.
	const vertices = [...DONBAS_CONTACT_LINE, ...alongBorder];
	const fromBorder = vertices.map((_, i) => i > DONBAS_CONTACT_LINE.length && i < vertices.length - 1);
	const orientation = Math.sign(signedArea([...vertices, /** @type {Position} */ (vertices[0])]));

	// Too many border vertices for a hand-drawn shape: drop the ones whose
	// removal only shaves a sliver off the polygon's outer side (never one that
	// would push the outline into Russia or the sea), thinnest sliver first.
	while (vertices.length > DONBAS_MAX_VERTICES) {
		let best = -1;
		let bestHeight = Infinity;
		for (let i = 1; i < vertices.length - 1; i++) {
			if (!fromBorder[i]) continue;
			const [ax, ay] = /** @type {Position} */ (vertices[i - 1]);
			const [bx, by] = /** @type {Position} */ (vertices[i]);
			const [cx, cy] = /** @type {Position} */ (vertices[i + 1]);
			const cross = (bx - ax) * (cy - by) - (by - ay) * (cx - bx);
			if (cross * orientation <= 0) continue;
			const height = Math.abs(cross) / Math.hypot(cx - ax, cy - ay);
			if (height < bestHeight) (best = i), (bestHeight = height);
		}
		if (best < 0) throw new Error('Cannot thin the Donbas outline without leaving Ukraine');
		vertices.splice(best, 1);
		fromBorder.splice(best, 1);
	}
	return { type: 'Polygon', coordinates: [[...vertices, /** @type {Position} */ (vertices[0])]] };
}

/**
 * RFC 7946 winding (exterior rings counter-clockwise, holes clockwise).
 * Coordinates are left exactly as decoded, so shared edges coincide with
 * countries.json bit for bit.
 * @param {any} geometry Polygon or MultiPolygon
 */
function rfc7946(geometry) {
	/** @type {Position[][][]} */
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const coordinates = polygons.map((polygon) =>
		polygon.map((ring, i) => ((signedArea(ring) > 0) === (i === 0) ? ring : [...ring].reverse()))
	);
	return coordinates.length === 1
		? { type: 'Polygon', coordinates: coordinates[0] }
		: { type: 'MultiPolygon', coordinates };
}

/**
 * Drops the arcs no geometry uses after the merges (the Perekop border among
 * them) and renumbers the rest in order of first use.
 * @param {any} topology
 * @returns {any}
 */
function pruneArcs(topology) {
	/** @type {Map<number, number>} */
	const newIndex = new Map();
	/** @type {unknown[]} */
	const arcs = [];
	/** @param {number} i */
	const remap = (i) => {
		const old = i < 0 ? ~i : i;
		let index = newIndex.get(old);
		if (index === undefined) {
			index = arcs.length;
			newIndex.set(old, index);
			arcs.push(topology.arcs[old]);
		}
		return i < 0 ? ~index : index;
	};
	/** @param {number[][]} rings */
	const remapRings = (rings) => rings.map((ring) => ring.map(remap));
	const geometries = topology.objects.countries.geometries.map((/** @type {any} */ g) => ({
		...g,
		arcs: g.type === 'Polygon' ? remapRings(g.arcs) : g.arcs.map(remapRings)
	}));
	return {
		type: 'Topology',
		bbox: topology.bbox,
		transform: topology.transform,
		objects: { countries: { type: 'GeometryCollection', geometries } },
		arcs
	};
}

/** Writes buildGeo()'s files and the fonts (./fonts.mjs), under static/. */
function main() {
	const staticDir = fileURLToPath(new URL('../../static/', import.meta.url));
	for (const [path, text] of Object.entries(buildGeo().files)) {
		const target = join(staticDir, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, text);
		console.log(`static/${path}: ${Buffer.byteLength(text)} bytes`);
	}
	return writeFonts(staticDir);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
