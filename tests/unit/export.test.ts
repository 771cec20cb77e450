/**
 * The data downloads (src/lib/data/export.ts): CSV that any spreadsheet reads
 * back as written, GeoJSON with one feature per record, and every record's
 * dates and source ids, built from the same files the map draws.
 */
import { describe, expect, it } from 'vitest';
import { columns, csvField, datasets, fileNames, flatten, renderFile, toCsv, toGeoJson, type Row } from '../../src/lib/data/export';
import { exportInput, mapDatasets } from '../../src/lib/data/exportInput';
import { translator } from '../../src/lib/i18n/ui';
import { validateAbout } from '../../src/lib/story/validate';
import { about } from '../../data/about';
import { corrections } from '../../data/corrections';
import { story } from '../../data/story';

/** A strict RFC 4180 reader, to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field), rows.push(row), (row = []), (field = ''), i++;
		} else field += c;
	}
	if (field !== '' || row.length) row.push(field), rows.push(row);
	return rows;
}

describe('CSV', () => {
	it('quotes commas, quotes and line breaks, and doubles quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "no"')).toBe('"say ""no"""');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
		expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
		expect(csvField(null)).toBe('');
		expect(csvField(-12.5)).toBe('-12.5');
		expect(csvField(false)).toBe('false');
	});

	it('reads back exactly what was written, with a header of every column', () => {
		const rows: Row[] = [
			{ id: 'a', what: 'Rallies, clashes', quote: '“Shoot to kill”, he said "now"' },
			{ id: 'b', what: 'Line one\nline two', extra: 3 }
		];
		const text = toCsv(rows);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text)).toEqual([
			['id', 'what', 'quote', 'extra'],
			['a', 'Rallies, clashes', '“Shoot to kill”, he said "now"', ''],
			['b', 'Line one\nline two', '', '3']
		]);
	});

	it('flattens any record: nested fields, lists and lists of lists', () => {
		expect(flatten({ a: 1, b: ['x', 'y'], c: { d: 'e', f: undefined }, g: [[1, 2]], h: null, i: undefined })).toEqual({
			a: 1,
			b: 'x;y',
			'c.d': 'e',
			g: '[[1,2]]',
			h: null
		});
		expect(columns([{ a: 1 }, { b: 2, a: 3 }])).toEqual(['a', 'b']);
	});
});

describe('the downloads of the map’s data', () => {
	const sets = mapDatasets();
	const byName = new Map(sets.map((d) => [d.name, d]));
	const records: Record<string, number> = {
		places: exportInput.places.length,
		protests: exportInput.unrest.length,
		'airlift-routes': exportInput.airliftRoutes.length,
		'csto-membership': exportInput.cstoStates.reduce((n, s) => n + s.periods.length, 0),
		'buildup-sites': exportInput.buildupSites.length,
		crises: exportInput.crisisFeatures.length,
		'diplomacy-venues': exportInput.venues.length,
		'occupied-areas': exportInput.occupiedAreas.length
	};

	it('cover every layer, as CSV and GeoJSON', () => {
		expect(sets.map((d) => d.name)).toEqual(Object.keys(records));
		expect(fileNames(sets)).toContain('airlift-routes.geojson');
		expect(fileNames(sets)).toHaveLength(2 * sets.length);
		expect(renderFile(sets, 'nope.csv')).toBeNull();
		expect(renderFile(sets, 'places.txt')).toBeNull();
	});

	it('give one row and one feature per record (one row per membership period)', () => {
		for (const d of sets) {
			expect(d.rows.length, d.name).toBe(records[d.name]);
			const csv = parseCsv(renderFile(sets, `${d.name}.csv`)!.body);
			expect(csv.length - 1, d.name).toBe(records[d.name]);
			const geo = JSON.parse(renderFile(sets, `${d.name}.geojson`)!.body);
			expect(geo.type).toBe('FeatureCollection');
			expect(geo.features, d.name).toHaveLength(records[d.name]!);
			for (const f of geo.features) expect(f.geometry, `${d.name} ${f.properties.id ?? f.properties.iso3}`).not.toBeNull();
		}
		expect(renderFile(sets, 'places.csv')!.type).toBe('text/csv; charset=utf-8');
		expect(renderFile(sets, 'places.geojson')!.type).toBe('application/geo+json; charset=utf-8');
	});

	it('give every record its source ids, joined with ";"', () => {
		const check = (name: string, list: ReadonlyArray<{ sources?: string[] }>, perRecord: (r: { sources?: string[] }) => unknown[] = (r) => [r]) => {
			const expected = list.flatMap((r) => perRecord(r).map(() => [...new Set(r.sources ?? [])].join(';')));
			expect(byName.get(name)!.rows.map((r) => r.sources), name).toEqual(expected);
			if (name !== 'places') for (const s of expected) expect(s, name).not.toBe('');
		};
		check('places', exportInput.places);
		check('protests', exportInput.unrest);
		check('airlift-routes', exportInput.airliftRoutes);
		check('csto-membership', exportInput.cstoStates, (s) => (s as (typeof exportInput.cstoStates)[number]).periods);
		check('buildup-sites', exportInput.buildupSites);
		check('crises', exportInput.crisisFeatures);
		check('diplomacy-venues', exportInput.venues);
		check('occupied-areas', exportInput.occupiedAreas);
		const known = new Set(story.sources.map((s) => s.id));
		for (const d of sets) for (const r of d.rows) for (const id of String(r.sources).split(';').filter(Boolean)) expect(known.has(id), `${d.name}: ${id}`).toBe(true);
	});

	it('give every record its dates', () => {
		const airlift = byName.get('airlift-routes')!.rows;
		expect(airlift.map((r) => [r.date_from, r.date_to])).toEqual(exportInput.airliftRoutes.map((r) => r.dates));
		expect(airlift[0]).toHaveProperty('from_lat');
		expect(airlift[0]).toHaveProperty('to_lng');
		expect(byName.get('protests')!.rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r.date)))).toBe(true);
		expect(byName.get('diplomacy-venues')!.rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r.date)))).toBe(true);
		expect(byName.get('buildup-sites')!.rows.map((r) => r.dates)).toEqual(exportInput.buildupSites.map((s) => s.dates.join(';')));
		expect(byName.get('occupied-areas')!.rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r.since)))).toBe(true);
		const uzb = byName.get('csto-membership')!.rows.filter((r) => r.iso3 === 'UZB');
		expect(uzb.map((r) => [r.joined, r.left])).toEqual([[1992, 1999], [2006, 2012]]);
	});

	it('export a field added to a record without a change to the export', () => {
		const input = { ...exportInput, unrest: exportInput.unrest.map((r, i) => ({ ...r, kind: i === 0 ? 'secured' : 'protest', schematic: i === 0 })) };
		const rows = datasets(input as typeof exportInput).find((d) => d.name === 'protests')!.rows;
		expect(rows[0]).toMatchObject({ kind: 'secured', schematic: true });
		expect(toCsv(rows).split('\r\n')[0]).toContain('kind,schematic');
		const geo = toGeoJson(datasets(input as typeof exportInput)[1]!);
		expect(geo.features[0]!.properties).toMatchObject({ kind: 'secured' });
	});

	it('strip a claim key from a source reference', () => {
		const input = { ...exportInput, venues: [{ ...exportInput.venues[0]!, sources: ['a#one', 'a#two', 'b'] }] };
		expect(datasets(input).find((d) => d.name === 'diplomacy-venues')!.rows[0]!.sources).toBe('a;b');
	});
});

describe('About this story and the corrections log', () => {
	it('are valid', () => {
		expect(validateAbout(about, corrections, story)).toEqual([]);
	});

	it('name the path of a bad field', () => {
		const bad = structuredClone(corrections) as any[];
		bad[0].date = '1 December 2026';
		bad[1].steps = ['no-such-step'];
		bad[2].right = '';
		const sections = structuredClone(about) as any;
		sections.sections[1].id = sections.sections[0].id;
		sections.sections[2].body = [];
		const problems = validateAbout(sections, bad, story);
		expect(problems).toContain('corrections[0].date: expected a date as YYYY-MM-DD, got "1 December 2026"');
		expect(problems).toContain('corrections[1].steps[0]: unknown step "no-such-step"');
		expect(problems).toContain('corrections[2].right: must not be empty');
		expect(problems).toContain('about.sections[1].id: duplicate of about.sections[0].id');
		expect(problems).toContain('about.sections[2].body: expected at least one paragraph');
	});
});

describe('the downloads’ titles in the page’s language', () => {
	it('keeps the English titles and row descriptions when no language is given', () => {
		const sets = mapDatasets();
		expect(sets.map((d) => d.title)).toEqual([
			'Places',
			'Protests and secured sites',
			'Airlift routes',
			'CSTO membership',
			'Build-up sites near Ukraine',
			'The 2020 crises',
			'Diplomacy venues, January 2022',
			'Occupied and separatist-held areas'
		]);
		expect(sets[0]!.row).toBe('a place the map labels or a record points at');
	});

	it('gives every download a Russian and a Ukrainian title and row, from the About page’s words; the files stay as they are', async () => {
		const en = mapDatasets();
		for (const lang of ['ru', 'uk'] as const) {
			const words = (await import(`../../data/i18n/ui-about.${lang}.json`)).default as Record<string, string>;
			const sets = mapDatasets(translator(lang, words));
			expect(sets.map((d) => d.name)).toEqual(en.map((d) => d.name));
			for (const [i, d] of sets.entries()) {
				expect(d.title, `${lang} ${d.name}`).toMatch(/^[А-ЯІЇЄҐ]/);
				expect(d.row, `${lang} ${d.name}`).toMatch(/[а-яіїєґ]/);
				expect(d.rows, `${lang} ${d.name}`).toEqual(en[i]!.rows);
			}
		}
	});
});
