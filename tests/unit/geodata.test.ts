import { describe, it, expect, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { buildGeo } from '../../data/scripts/build-geo.mjs';
import { pointInGeometry, signedArea } from '../../data/scripts/geo-math.mjs';

type Area = Polygon | MultiPolygon;
type CountryProps = { iso3: string; name: string };
type OccupiedProps = { id: string; name: string; since: string; status: string; note: string };

const root = process.cwd();
const staticDir = join(root, 'static');
const read = (path: string) => readFileSync(join(staticDir, path), 'utf8');

const built = buildGeo().files;
const topology = JSON.parse(read('geo/countries.json')) as Topology<{
	countries: GeometryCollection<CountryProps>;
}>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Area, CountryProps>;
const occupied = JSON.parse(read('geo/occupied.json')) as FeatureCollection<Area, OccupiedProps>;

function country(iso3: string): Area {
	const found = countries.features.find((f) => f.properties.iso3 === iso3);
	if (!found) throw new Error(`no ${iso3} in countries.json`);
	return found.geometry;
}

function occupiedArea(id: string): Feature<Area, OccupiedProps> {
	const found = occupied.features.find((f) => f.id === id);
	if (!found) throw new Error(`no ${id} in occupied.json`);
	return found;
}

function rings(geometry: Area): Position[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Distance in degrees from a point to the nearest edge of any ring. */
function distanceToBoundary(point: Position, geometry: Area): number {
	const [px = 0, py = 0] = point;
	let best = Infinity;
	for (const ring of rings(geometry)) {
		for (let i = 1; i < ring.length; i++) {
			const [ax = 0, ay = 0] = ring[i - 1] ?? [];
			const [bx = 0, by = 0] = ring[i] ?? [];
			const dx = bx - ax;
			const dy = by - ay;
			const length2 = dx * dx + dy * dy;
			const t = length2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
			best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
		}
	}
	return best;
}

/** Vertices plus edge midpoints: what a chord leaving the country would show up in. */
function samplePoints(geometry: Area): Position[] {
	return rings(geometry).flatMap((ring) =>
		ring.slice(1).flatMap((b, i) => {
			const a = ring[i] ?? b;
			return [a, [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2]];
		})
	);
}

const ON_BOUNDARY = 1e-9;

const places: Record<string, Position> = {
	simferopol: [34.1, 44.95],
	sevastopol: [33.53, 44.62],
	stepanakert: [46.75, 39.82],
	moscow: [37.62, 55.76],
	almaty: [76.95, 43.24],
	donetsk: [37.8, 48.02],
	luhansk: [39.31, 48.57],
	mariupol: [37.55, 47.1],
	kramatorsk: [37.56, 48.74]
};

describe('static/geo is up to date', () => {
	it('holds exactly the files buildGeo() returns, byte for byte', () => {
		const onDisk = readdirSync(join(staticDir, 'geo'))
			.map((name: string) => `geo/${name}`)
			.sort();
		expect(onDisk).toEqual(Object.keys(built).sort());
		for (const [path, text] of Object.entries(built)) {
			expect(read(path), `${path} is stale: run npm run geo`).toBe(text);
		}
	}, 60_000);

	it('has a manifest with the size and sha256 of every other file', () => {
		const manifest = JSON.parse(read('geo/manifest.json')) as {
			files: Record<string, { bytes: number; sha256: string }>;
		};
		const others = Object.keys(built).filter((p) => p !== 'geo/manifest.json').sort();
		expect(Object.keys(manifest.files)).toEqual(others);
		for (const path of others) {
			const bytes = readFileSync(join(staticDir, path));
			expect(manifest.files[path]).toEqual({
				bytes: bytes.length,
				sha256: createHash('sha256').update(bytes).digest('hex')
			});
		}
	});
});

describe('countries.json', () => {
	it('has one object, countries, with unique alpha-3 codes and names', () => {
		expect(Object.keys(topology.objects)).toEqual(['countries']);
		const codes = countries.features.map((f) => f.properties.iso3);
		expect(new Set(codes).size).toBe(codes.length);
		for (const f of countries.features) {
			expect(f.properties.iso3).toMatch(/^[A-Z]{3}$/);
			expect(f.properties.name.length).toBeGreaterThan(0);
		}
	});

	it('has the countries the story names', () => {
		const codes = new Set(countries.features.map((f) => f.properties.iso3));
		for (const iso3 of ['RUS', 'UKR', 'KAZ', 'BLR', 'ARM', 'AZE', 'GEO', 'KGZ', 'TJK', 'UZB', 'CHE', 'BEL', 'AUT']) {
			expect(codes.has(iso3), iso3).toBe(true);
		}
	});

	it('has no ring that jumps across the antimeridian', () => {
		const jumps: string[] = [];
		for (const f of [...countries.features, ...occupied.features]) {
			for (const ring of rings(f.geometry)) {
				for (let i = 1; i < ring.length; i++) {
					const jump = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0));
					if (jump > 180) jumps.push(`${String(f.id)} at ${ring[i]?.join(',')}`);
				}
			}
		}
		expect(jumps).toEqual([]);
	});

	it('has no ring that simplification or the clip collapsed', () => {
		const bad: string[] = [];
		for (const f of countries.features) {
			for (const ring of rings(f.geometry)) {
				const first = ring[0] ?? [];
				const last = ring[ring.length - 1] ?? [];
				const closed = first[0] === last[0] && first[1] === last[1];
				if (ring.length < 4 || !closed || signedArea(ring) === 0) bad.push(f.properties.iso3);
			}
		}
		expect(bad).toEqual([]);
	});

	it('draws Crimea as Ukraine, Karabakh as Azerbaijan', () => {
		for (const city of ['simferopol', 'sevastopol'] as const) {
			expect(pointInGeometry(places[city] ?? [], country('UKR')), city).toBe(true);
			expect(pointInGeometry(places[city] ?? [], country('RUS')), city).toBe(false);
		}
		expect(pointInGeometry(places.stepanakert ?? [], country('AZE'))).toBe(true);
		expect(pointInGeometry(places.stepanakert ?? [], country('ARM'))).toBe(false);
		expect(pointInGeometry(places.moscow ?? [], country('RUS'))).toBe(true);
		expect(pointInGeometry(places.almaty ?? [], country('KAZ'))).toBe(true);
	});

	it('gzips to at most 80 KB', () => {
		expect(gzipSync(read('geo/countries.json')).length).toBeLessThanOrEqual(80 * 1024);
	});
});

describe('occupied.json', () => {
	it('has crimea and donbas with the expected properties', () => {
		expect(occupied.type).toBe('FeatureCollection');
		expect(occupied.features.map((f) => f.id)).toEqual(['crimea', 'donbas']);
		for (const f of occupied.features) {
			expect(Object.keys(f.properties)).toEqual(['id', 'name', 'since', 'status', 'note']);
			expect(f.properties.id).toBe(f.id);
			expect(f.properties.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		expect(occupiedArea('crimea').properties).toMatchObject({ since: '2014-02-27', status: 'occupied' });
		expect(occupiedArea('donbas').properties.note).toMatch(
			/approximate extent of the separatist-held areas, 2015 – February 2022, drawn from the line of contact/i
		);
	});

	it('puts the cities on the right side of the lines', () => {
		const crimea = occupiedArea('crimea').geometry;
		const donbas = occupiedArea('donbas').geometry;
		expect(pointInGeometry(places.simferopol ?? [], crimea)).toBe(true);
		expect(pointInGeometry(places.sevastopol ?? [], crimea)).toBe(true);
		for (const city of ['donetsk', 'luhansk'] as const) {
			expect(pointInGeometry(places[city] ?? [], donbas), city).toBe(true);
		}
		for (const city of ['mariupol', 'kramatorsk'] as const) {
			expect(pointInGeometry(places[city] ?? [], donbas), city).toBe(false);
		}
	});

	it('keeps both areas inside Ukraine and out of Russia', () => {
		const ukraine = country('UKR');
		const russia = country('RUS');
		for (const f of occupied.features) {
			for (const point of samplePoints(f.geometry)) {
				const inUkraine = pointInGeometry(point, ukraine) || distanceToBoundary(point, ukraine) < ON_BOUNDARY;
				expect(inUkraine, `${f.id} ${point.join(',')}`).toBe(true);
				const inRussia = pointInGeometry(point, russia) && distanceToBoundary(point, russia) >= ON_BOUNDARY;
				expect(inRussia, `${f.id} ${point.join(',')}`).toBe(false);
			}
		}
	});

	it('keeps the hand-drawn Donbas outline to 20–60 vertices', () => {
		const ring = rings(occupiedArea('donbas').geometry)[0] ?? [];
		expect(ring.length - 1).toBeGreaterThanOrEqual(20);
		expect(ring.length - 1).toBeLessThanOrEqual(60);
	});

	it('gzips to at most 15 KB', () => {
		expect(gzipSync(read('geo/occupied.json')).length).toBeLessThanOrEqual(15 * 1024);
	});
});

describe('static/fonts', () => {
	const { weights, subsets } = JSON.parse(readFileSync(join(staticDir, '../src/lib/map/font-subsets.json'), 'utf8')) as {
		weights: [number, number];
		subsets: Record<string, { from: string; ranges: string[] }>;
	};
	const files = Object.entries(subsets).map(([subset, s]) => ({ file: `noto-sans-${subset}-wght.woff2`, subset, from: s.from }));

	/** A TrueType font's weight axis (fvar): its least, default and greatest weight, or null when it has none. */
	function weightAxis(ttf: Buffer): { min: number; def: number; max: number } | null {
		const tables = ttf.readUInt16BE(4);
		for (let i = 0; i < tables; i++) {
			const rec = 12 + i * 16;
			if (ttf.toString('latin1', rec, rec + 4) !== 'fvar') continue;
			const at = ttf.readUInt32BE(rec + 8);
			const axesAt = at + ttf.readUInt16BE(at + 4);
			for (let a = 0; a < ttf.readUInt16BE(at + 8); a++) {
				const axis = axesAt + a * ttf.readUInt16BE(at + 10);
				if (ttf.toString('latin1', axis, axis + 4) === 'wght') return { min: ttf.readInt32BE(axis + 4) / 65536, def: ttf.readInt32BE(axis + 8) / 65536, max: ttf.readInt32BE(axis + 12) / 65536 };
			}
		}
		return null;
	}

	it('every subset is what data/scripts/fonts.mjs makes now, one variable file drawing 400 to 700, much smaller than the file it is cut from', async () => {
		const { writeFonts, sourceFile, rangeChars } = await import('../../data/scripts/fonts.mjs');
		const subsetFont = (await import('subset-font')).default;
		const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		try {
			await writeFonts(dir);
		} finally {
			log.mockRestore();
		}
		expect(readdirSync(join(staticDir, 'fonts')).sort()).toEqual(files.map((f) => f.file).sort());
		for (const f of files) {
			const committed = readFileSync(join(staticDir, 'fonts', f.file));
			expect(committed.equals(readFileSync(join(dir, 'fonts', f.file))), `${f.file} is stale: run npm run fonts`).toBe(true);
			expect(committed.length, f.file).toBeLessThan(0.6 * readFileSync(sourceFile(f.from)).length);
			// Read back as TrueType, every character kept: the axis is the file's own.
			const ttf = await subsetFont(committed, rangeChars(subsets[f.subset]!.ranges), { targetFormat: 'truetype', noLayoutClosure: true });
			expect(weightAxis(ttf), f.file).toEqual({ min: weights[0], def: 400, max: weights[1] });
		}
	});

	it('a subset shares no character with another subset (so it alone draws them), and the page declares each file with its ranges and weights', () => {
		const chars = (ranges: string[]) =>
			ranges.flatMap((r) => {
				const [a, b] = r.replace(/^U\+/, '').split('-').map((h) => parseInt(h, 16));
				return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
			});
		for (const [name, s] of Object.entries(subsets)) {
			const own = new Set(chars(s.ranges));
			for (const [other, o] of Object.entries(subsets)) if (other !== name) expect(chars(o.ranges).filter((c) => own.has(c)), `${name} and ${other}`).toEqual([]);
		}
		const css = readFileSync(join(staticDir, '../src/app.css'), 'utf8');
		const faces = [...css.matchAll(/@font-face \{[^}]*?font-family: 'Noto Sans';[^}]*?font-weight: (\d+) (\d+);[^}]*?url\('\/fonts\/([^']+)'\)[^}]*?unicode-range: ([^;]+);/g)].map((m) => ({ weights: [Number(m[1]), Number(m[2])], file: m[3], ranges: m[4]!.split(/,\s*/) }));
		expect(faces.map((f) => f.file).sort()).toEqual(files.map((f) => f.file).sort());
		for (const f of files) {
			const face = faces.find((x) => x.file === f.file);
			expect(face?.ranges, f.file).toEqual(subsets[f.subset]!.ranges);
			expect(face?.weights, f.file).toEqual(weights);
		}
	});
});

describe('decoding the countries for the map in slices', () => {
	it('gives the same features as decoding them all at once', async () => {
		const { decodeInSlices } = await import('../../src/lib/map/geodata');
		const sliced = await decodeInSlices(topology, topology.objects.countries);
		expect(sliced).toEqual(countries);
	});

	it('gives the page a turn between slices, and only when a slice has run its time', async () => {
		const { decodeInSlices } = await import('../../src/lib/map/geodata');
		const n = topology.objects.countries.geometries.length;
		const turns = vi.spyOn(globalThis, 'setTimeout');
		try {
			// No budget at all, as on the slowest phone: a turn after every country (and one before the first).
			const sliced = await decodeInSlices(topology, topology.objects.countries, -1);
			expect(sliced.features).toHaveLength(n);
			expect(turns.mock.calls.length).toBe(n + 1);
			turns.mockClear();
			// An endless budget: the one turn before decoding starts.
			await decodeInSlices(topology, topology.objects.countries, Infinity);
			expect(turns.mock.calls.length).toBe(1);
		} finally {
			turns.mockRestore();
		}
	});
});
