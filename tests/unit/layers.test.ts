import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import { story } from '../../data/story';
import { airliftLayer, legProgress, routesFor } from '../../src/lib/map/layers/airlift';
import { arcLayer, formatKm } from '../../src/lib/map/layers/arc';
import { buildupLayer, sitesOn } from '../../src/lib/map/layers/buildup';
import { diplomacyLayer, litCount } from '../../src/lib/map/layers/diplomacy';
import { membershipLayer, statusIn, yearAt } from '../../src/lib/map/layers/membership';
import { layerModule, layerRegistry } from '../../src/lib/map/layers/registry';
import type { AirliftUse, ArcUse, BuildupUse, UnrestUse } from '../../src/lib/map/layers/settings';
import { securedOn, unrestLayer, unrestOn } from '../../src/lib/map/layers/unrest';
import { securedSites, unrest } from '../../data/geo/unrest';
import { airliftCounts } from '../../data/geo/airlift';
import { buildupSites } from '../../data/geo/buildup';
import { dateAt, formatDate } from '../../src/lib/map/layers/util';
import { beatsFor, legendFor, readoutFor } from '../../src/lib/map/legend';
import { cstoStates } from '../../data/geo/csto';
import { placeById } from '../../src/lib/map/places';

const state = (iso3: string) => cstoStates.find((s) => s.iso3 === iso3)!;
const ids = (fc: { features: Array<{ properties: unknown }> }, key = 'id') => fc.features.map((f) => (f.properties as Record<string, unknown>)[key]);

describe('dates', () => {
	it('sweeps a date range with progress, whole days only', () => {
		expect(dateAt('2022-01-02', '2022-01-05', 0)).toBe('2022-01-02');
		expect(dateAt('2022-01-02', '2022-01-05', 0.5)).toBe('2022-01-04');
		expect(dateAt('2022-01-02', '2022-01-05', 1)).toBe('2022-01-05');
		expect(dateAt('2022-01-02', '2022-01-05', 7)).toBe('2022-01-05');
		expect(formatDate('2022-01-05')).toBe('5 January 2022');
	});
});

describe('unrest layer', () => {
	const use: UnrestUse = { layer: 'unrest', from: '2022-01-02', to: '2022-01-05' };
	it('shows only Zhanaozen and Aktau on 2 January, and the spread by 4 January', () => {
		expect(unrestOn('2022-01-02').map((r) => r.place).sort()).toEqual(['aktau', 'zhanaozen']);
		const on4 = unrestOn('2022-01-04').map((r) => r.place);
		expect(on4).toEqual(expect.arrayContaining(['almaty', 'atyrau', 'aktobe', 'uralsk', 'shymkent', 'taraz', 'kyzylorda', 'karaganda', 'nur-sultan']));
		expect(on4).not.toContain('almaty-airport');
	});
	it('draws one point per place with its latest report, and reads out the day', () => {
		const fc = unrestLayer.features!(use, 1);
		expect(new Set(ids(fc, 'place')).size).toBe(fc.features.length);
		expect(unrestLayer.readout!(use, 0)).toEqual({ date: '2022-01-02' });
		expect(unrestLayer.readout!(use, 1)).toEqual({ date: '2022-01-05' });
		expect(unrestLayer.features!(use, 0).features.length).toBeLessThan(fc.features.length);
	});
	it('draws the retaking of Almaty airport as a secured site with its own key entry, never as a protest', () => {
		// No protest record says "retaken"; the retaking is a secured-site record.
		for (const r of unrest) expect(r.what, r.id).not.toMatch(/retaken|retook|took (full )?control|under (full )?control/i);
		expect(securedSites.map((r) => [r.place, r.date])).toContainEqual(['almaty-airport', '2022-01-07']);
		// On 7 January the airport shows the secured marker, not a protest dot.
		expect(unrestOn('2022-01-07').map((r) => r.place)).not.toContain('almaty-airport');
		expect(unrestOn('2022-01-06').map((r) => r.place)).toContain('almaty-airport');
		expect(securedOn('2022-01-07').map((r) => r.place)).toEqual(['almaty-airport']);
		const step: UnrestUse = { layer: 'unrest', from: '2022-01-05', to: '2022-01-07' };
		const at7 = unrestLayer.features!(step, 1).features.map((f) => f.properties as { place: string; kind: string });
		expect(at7.filter((p) => p.place === 'almaty-airport').map((p) => p.kind)).toEqual(['secured']);
		expect(unrestLayer.styleLayers).toContain('unrest-secured');
		const legend = unrestLayer.legend(step);
		const protest = legend.find((e) => e.swatch === 'dot')!;
		expect(protest.label).not.toMatch(/retaken/i);
		const secured = legend.find((e) => /retaken/i.test(e.label));
		expect(secured?.swatch).toBe('ring');
		expect(secured?.note).toBeTruthy();
		// Before the retaking the key has no secured entry.
		expect(unrestLayer.legend({ layer: 'unrest', from: '2022-01-04', to: '2022-01-05' }).some((e) => /retaken/i.test(e.label))).toBe(false);
	});
});

describe('airlift layer', () => {
	const inbound: AirliftUse = { layer: 'airlift', phase: 'inbound', forces: ['russia'] };
	const back: AirliftUse = { layer: 'airlift', phase: 'return', forces: ['russia', 'allies'] };

	it('draws Russian routes only from the three airfields the sources confirm', () => {
		const origins = new Set(routesFor(inbound).map((l) => l.route.from));
		expect([...origins].sort()).toEqual(['chkalovsky', 'ivanovo-severny', 'ulyanovsk-vostochny']);
		const all = [...routesFor(inbound), ...routesFor({ ...inbound, forces: ['allies'] }), ...routesFor(back)];
		for (const l of all) expect(['orenburg', 'pskov']).not.toContain(l.route.from);
	});

	it('flies the Kyrgyz unit in from the Kant airbase to Almaty airport on 7 January, like the other flights', () => {
		const legs = routesFor({ ...inbound, forces: ['allies'] }).map((l) => l.route);
		const kyrgyz = legs.filter((r) => r.force === 'kyrgyzstan');
		expect(kyrgyz).toHaveLength(1);
		expect(kyrgyz[0]).toMatchObject({ from: 'kant', to: 'almaty-airport', mode: 'air', dates: ['2022-01-07', '2022-01-07'] });
		expect(kyrgyz[0]!.schematic).toBeFalsy();
		expect(legs.some((r) => r.phase === 'inbound' && r.mode === 'road')).toBe(false);
		expect(legs.some((r) => r.from === 'bishkek')).toBe(false);
	});

	it('marks the allies’ legs from their capitals as schematic, in the line and in the key', () => {
		const legs = routesFor({ ...inbound, forces: ['allies'] }).map((l) => l.route);
		for (const from of ['minsk', 'yerevan', 'dushanbe']) expect(legs.find((r) => r.from === from)?.schematic, from).toBe(true);
		const fc = airliftLayer.features!({ ...inbound, forces: ['allies'] }, 1);
		const schematic = fc.features.filter((f) => (f.properties as { schematic: boolean }).schematic).map((f) => (f.properties as { id: string }).id);
		expect(schematic.sort()).toEqual(['dushanbe-almaty', 'minsk-almaty', 'yerevan-almaty']);
		const key = airliftLayer.legend({ ...inbound, forces: ['allies'] });
		const dashed = key.find((e) => e.swatch === 'dashed');
		expect(dashed?.label).toMatch(/schematic/);
		expect(dashed?.label).toMatch(/Minsk/);
		expect(key.find((e) => e.swatch === 'route')?.label).toMatch(/Kant airbase to Almaty airport/);
	});

	it('brings the Kyrgyz contingent home by road to Tokmok, and dates the first Russian return flights 13 January', () => {
		const home = routesFor(back).map((l) => l.route);
		expect(home.find((r) => r.force === 'kyrgyzstan')).toMatchObject({ to: 'tokmok', mode: 'road' });
		const russian = home.filter((r) => r.force === 'russia');
		expect([...russian.map((r) => r.dates[0])].sort()[0]).toBe('2022-01-13');
		expect(russian.find((r) => r.to === 'ivanovo-severny')?.dates[0]).toBe('2022-01-13');
		expect(airliftLayer.readout!(back, 0)).toEqual({ date: '2022-01-13' });
	});

	it('dates the Chkalovsky legs from 6 January and the 108 flights to 10 January', () => {
		for (const l of routesFor(inbound).filter((l) => l.route.from === 'chkalovsky')) expect(l.route.dates[0]).toBe('2022-01-06');
		expect(airliftCounts.find((c) => /108/.test(c.value))?.date).toBe('10 January 2022');
	});

	it('moves every aircraft forward as progress grows, so scrolling back runs them backwards', () => {
		const legs = routesFor(inbound);
		let prev = legProgress(legs, 0);
		expect(prev.every((t) => t === 0 || t < 0.05)).toBe(true);
		for (let k = 1; k <= 10; k++) {
			const now = legProgress(legs, k / 10);
			now.forEach((t, i) => expect(t).toBeGreaterThanOrEqual(prev[i]!));
			prev = now;
		}
		expect(prev.every((t) => t === 1)).toBe(true);
	});

	it('flies the aircraft along the route: mid-way it is between origin and destination, at the end it has landed', () => {
		const mid = airliftLayer.features!(inbound, 0.5).features.filter((f) => (f.properties as { part: string }).part === 'craft');
		expect(mid.length).toBeGreaterThan(0);
		for (const f of mid) {
			const [lon] = (f.geometry as Point).coordinates as [number, number];
			expect(lon).toBeGreaterThan(36);
			expect(lon).toBeLessThan(78);
		}
		const end = airliftLayer.features!(inbound, 1).features;
		expect(end.filter((f) => (f.properties as { part: string }).part === 'craft')).toHaveLength(0);
		expect(end.filter((f) => (f.properties as { part: string }).part === 'route')).toHaveLength(routesFor(inbound).length);
	});

	it('starts the 14 January return legs before the 19 January ones', () => {
		const legs = routesFor(back);
		const t = legProgress(legs, 0.3);
		const early = legs.map((l, i) => [l.route.dates[0], t[i]!] as const);
		const on14 = early.filter(([d]) => d === '2022-01-14').map(([, v]) => v);
		const on19 = early.filter(([d]) => d === '2022-01-19').map(([, v]) => v);
		expect(on14.length && on19.length).toBeTruthy();
		expect(Math.min(...on14)).toBeGreaterThan(Math.max(...on19));
	});

	it('labels the counts with their sources, as the fact sheet asks', () => {
		const legend = airliftLayer.legend(inbound).map((e) => `${e.label} | ${e.note}`).join('\n');
		expect(legend).toMatch(/70 Il-76 and 5 An-124/);
		expect(legend).toMatch(/108/);
		expect(legend).toMatch(/2,500/);
		expect(legend).not.toMatch(/70 planes a day/);
		for (const e of airliftLayer.legend(inbound)) expect(e.note, e.label).toBeTruthy();
	});
});

/** The progress at which a sweep shows a year. */
const yearProgress = (use: { from: number; to: number }, year: number) => (year - use.from) / (use.to - use.from);

describe('membership layer', () => {
	it('knows who was in when', () => {
		expect(statusIn(state('UZB'), 1995)).toBe('member');
		expect(statusIn(state('UZB'), 2000)).toBe('former');
		expect(statusIn(state('UZB'), 2007)).toBe('member');
		expect(statusIn(state('UZB'), 2013)).toBe('former');
		expect(statusIn(state('GEO'), 1998)).toBe('member');
		expect(statusIn(state('GEO'), 1999)).toBe('former');
		expect(statusIn(state('BLR'), 1992)).toBe('none');
		expect(statusIn(state('KAZ'), 2022)).toBe('member');
	});
	it('sweeps from 1992 to 2022 with progress', () => {
		const use = { layer: 'membership' as const, from: 1992, to: 2022 };
		expect(yearAt(use, 0)).toBe(1992);
		expect(yearAt(use, 1)).toBe(2022);
		// The readout says what it counts.
		expect(membershipLayer.readout!(use, 0.5)).toEqual({ date: '2007', note: 'CSTO members' });
		expect(membershipLayer.readout!(use, 0.1)).toEqual({ date: '1995', note: 'treaty parties' });
		// Country names are the basemap's: the layer writes none of its own.
		expect(membershipLayer.features!(use, 1).features).toHaveLength(0);
		// Former members' histories are in the key, as of the year the map shows.
		const key = membershipLayer.legend(use).map((e) => e.label).join('\n');
		expect(key).toMatch(/Uzbekistan \(left 1999, rejoined 2006, left 2012\)/);
		const key2000 = membershipLayer.legend(use, yearProgress(use, 2000)).map((e) => e.label).join('\n');
		expect(key2000).toMatch(/Parties to the Collective Security Treaty in 2000/);
		const former2000 = membershipLayer.legend(use, yearProgress(use, 2000)).find((e) => e.short === 'Former treaty parties or members')!;
		expect(former2000.label).toMatch(/Uzbekistan \(left 1999\)/);
		expect(former2000.label).not.toMatch(/rejoined/);
	});
	it('calls the early years treaty parties, not CSTO members', () => {
		const early = membershipLayer.legend({ layer: 'membership', from: 1992, to: 1992 }).map((e) => e.label).join('\n');
		expect(early).toMatch(/Parties to the Collective Security Treaty in 1992/);
		expect(early).not.toMatch(/CSTO members in 1992/);
		// A sweep's key follows the year: treaty parties at the start, CSTO members at the end.
		const sweep = { layer: 'membership' as const, from: 1992, to: 2022 };
		expect(membershipLayer.legend(sweep, 0)[0]?.label).toMatch(/treaty/i);
		expect(membershipLayer.legend(sweep, 0)[0]?.short).toBe('Treaty parties in 1992');
		expect(membershipLayer.legend(sweep, 1)[0]?.short).toBe('CSTO members in 2022');
		expect(membershipLayer.legend(sweep)[0]?.note).toMatch(/20 April 1994/);
		expect(membershipLayer.legend({ layer: 'membership', from: 2022, to: 2022 })[0]?.label).toBe('CSTO members in 2022, besides Russia');
	});
	it('gives Kyrgyzstan’s 150 as official, with its decree, and Belarus’s company beside its reported 500', () => {
		expect(state('KGZ').contingent?.value).toMatch(/^150 \(official\)$/);
		expect(state('KGZ').contingent?.sources).toContain('sputnik-urdupoint-2022-01-07-japarov-decree');
		expect(state('ARM').contingent?.value).toMatch(/official/);
		for (const iso3 of ['RUS', 'BLR', 'TJK']) expect(state(iso3).contingent?.value, iso3).toMatch(/reported/);
		expect(state('BLR').contingent?.caveat).toMatch(/103rd Airborne Brigade/);
	});
	it('labels the January 2022 contributors with their reported contingents', () => {
		const use = { layer: 'membership' as const, from: 2022, to: 2022, contributors: true };
		// The allies' contingents on the map, inside each country (Russia's is in the key).
		const byCountry = Object.fromEntries(membershipLayer.features!(use, 1).features.map((f) => [(f.properties as { iso3: string }).iso3, (f.properties as { text: string }).text]));
		expect(byCountry.ARM).toMatch(/^100/);
		expect(byCountry.RUS).toBeUndefined();
		const legend = membershipLayer.legend(use).map((e) => e.label).join('\n');
		for (const name of ['Russia', 'Belarus', 'Armenia', 'Tajikistan', 'Kyrgyzstan']) expect(legend).toContain(name);
		// The key says which figures are on the map: the ones the map labels, and not Russia's.
		const sent = membershipLayer.legend(use).find((e) => e.swatch === 'outline')!.label;
		const [offMap, onMap] = sent.split('numbers on the map:');
		expect(offMap).toMatch(/Russia about 3,000 \(reported\), given in the text, not on the map/);
		for (const text of Object.values(byCountry)) expect(onMap).toContain(text);
		expect(onMap).not.toContain('Russia');
	});
	it('sets Tajikistan’s figure under Dushanbe’s name by a type-sized offset, the others at the default', () => {
		const use = { layer: 'membership' as const, from: 2022, to: 2022, contributors: true };
		const props = Object.fromEntries(membershipLayer.features!(use, 1).features.map((f) => [(f.properties as { iso3: string }).iso3, f]));
		expect((props.TJK!.geometry as Point).coordinates).toEqual(placeById.get('dushanbe')!.lngLat);
		expect(props.TJK!.properties).toMatchObject({ offset: 3 });
		expect(props.ARM!.properties).toMatchObject({ offset: 1.3 });
	});
});

describe('build-up layer', () => {
	it('adds sites on the date a source first reports them', () => {
		expect(sitesOn('2021-10-31', false).map((s) => s.id)).toEqual(expect.arrayContaining(['novoozerne']));
		expect(sitesOn('2021-10-31', false).map((s) => s.id)).not.toContain('klimovo');
		expect(sitesOn('2022-01-19', false).map((s) => s.id)).toContain('klimovo');
	});
	it('draws no site that no report names as a build-up site (Persianovsky is left out)', () => {
		expect(buildupSites.map((s) => s.id)).not.toContain('persianovsky');
		const use: BuildupUse = { layer: 'buildup', from: '2021-10-18', to: '2022-01-19', unconfirmed: false };
		expect(buildupLayer.features!(use, 1).features.every((f) => (f.properties as { confirmed: boolean }).confirmed)).toBe(true);
		for (const s of buildupSites) expect(s.sources.length, s.id).toBeGreaterThan(0);
	});
});

describe('diplomacy and arc layers', () => {
	it('lights Geneva, then Brussels, then Vienna', () => {
		expect(litCount(0)).toBe(1);
		expect(ids(diplomacyLayer.features!({ layer: 'diplomacy' }, 0.5))).toEqual(['geneva-2022-01-10', 'brussels-2022-01-12']);
		expect(litCount(1)).toBe(3);
		expect(diplomacyLayer.readout!({ layer: 'diplomacy' }, 1)).toEqual({ date: '2022-01-13' });
	});
	it('measures Almaty to Kyiv as a computed great-circle distance', () => {
		const use: ArcUse = { layer: 'arc', from: 'almaty', to: 'kyiv', measure: true, label: 'Almaty to Kyiv' };
		expect(formatKm(3562.4)).toBe('≈ 3,560 km');
		expect(arcLayer.legend(use)[0]?.label).toMatch(/^Almaty to Kyiv: ≈ 3,5\d0 km$/);
		// A measurement: a thin line with a tick at each end, its length written along it on the map.
		expect(arcLayer.legend(use)[0]?.swatch).toBe('measure');
		const parts = (p: number) => arcLayer.features!(use, p).features.map((f) => `${(f.properties as { part: string }).part}:${f.geometry.type}`);
		expect(parts(0.2)).toEqual(['line:LineString', 'end:Point', 'end:Point']);
		expect(parts(1)).toEqual(['line:LineString', 'end:Point', 'end:Point', 'label:Point']);
		const label = arcLayer.features!(use, 1).features.find((f) => (f.properties as { part: string }).part === 'label')!;
		expect((label.properties as { text: string }).text).toMatch(/^≈ 3,5\d0 km$/);
	});
	it('draws a request as an arrow: a line with one arrowhead at its end, not a measurement', () => {
		const use: ArcUse = { layer: 'arc', from: 'nur-sultan', to: 'moscow', label: 'Request' };
		expect(arcLayer.legend(use)[0]?.swatch).toBe('arrow');
		const ends = arcLayer.features!(use, 1).features.filter((f) => (f.properties as { part: string }).part === 'end');
		expect(ends).toHaveLength(1);
		expect((ends[0]!.geometry as Point).coordinates[0]).toBeCloseTo(37.6, 0);
	});
});

describe('the layer state of every story step', () => {
	it('names only registered layers, each with a legend or a reason not to need one', () => {
		for (const step of story.steps) {
			for (const use of step.layers) expect(layerModule(use.layer), `${step.id}: ${use.layer}`).toBeDefined();
		}
		expect(Object.keys(layerRegistry).sort()).toEqual(['airlift', 'arc', 'buildup', 'crises', 'diplomacy', 'highlight', 'membership', 'names', 'occupied', 'pattern', 'places', 'unrest']);
	});

	it('gives steps that animate a readout that moves with progress, and a legend', () => {
		for (const step of story.steps) {
			const animated = step.layers.some((u) => ['unrest', 'airlift', 'buildup', 'membership', 'diplomacy'].includes(u.layer));
			if (!animated) continue;
			expect(readoutFor(step, 1), step.id).toBeTruthy();
			expect(legendFor(step).length, step.id).toBeGreaterThan(0);
			expect(beatsFor(step), step.id).toBeGreaterThanOrEqual(1);
		}
	});

	it('shows the three animated subjects somewhere in the story: airlift in and home, the build-up, CSTO membership', () => {
		const uses = story.steps.flatMap((s) => s.layers);
		expect(uses.some((u) => u.layer === 'airlift' && u.phase === 'inbound')).toBe(true);
		expect(uses.some((u) => u.layer === 'airlift' && u.phase === 'return')).toBe(true);
		expect(uses.some((u) => u.layer === 'buildup')).toBe(true);
		expect(uses.some((u) => u.layer === 'membership' && (u.from as number) < (u.to as number))).toBe(true);
	});
});

describe('the corrections of issue 12 in the story text', () => {
	const step = (id: string) => story.steps.find((s) => s.id === id)!;
	it('describes the Kyrgyz leg as a flight from Kant, and the allies’ capital legs as schematic', () => {
		const s = step('allies-join');
		expect(s.alt).toMatch(/Kant airbase/);
		expect(s.alt).toMatch(/schematic/);
		expect(s.alt).not.toMatch(/road line runs from Bishkek/);
		expect(s.body.join(' ')).toMatch(/Kant airbase/);
		expect(s.body.join(' ')).not.toMatch(/only Armenia’s 100 was confirmed/);
	});
	it('dates the Russian return from 13 January in the text alternative', () => {
		expect(step('return-flights').alt).toMatch(/13 January/);
		expect(step('return-flights').alt).not.toMatch(/road from Almaty to Bishkek/);
	});
	it('describes the airport retaking as the secured-site symbol that is drawn', () => {
		for (const id of ['almaty-burns', 'shoot-to-kill']) expect(step(id).alt, id).not.toMatch(/changes from “seized” to/);
		expect(step('shoot-to-kill').alt).toMatch(/ring/);
	});
	it('no longer draws or cites Persianovsky', () => {
		const s = step('border-buildup');
		expect(s.sources).not.toContain('persianovsky-location');
		expect(`${s.body.join(' ')} ${s.alt}`).not.toMatch(/Persianovsky/);
	});
});

describe('the opening pattern map', () => {
	it('rings each crisis with its region and the year it began, in date order', async () => {
		const { patternLayer } = await import('../../src/lib/map/layers/pattern');
		const step = story.steps[0]!;
		const use = step.layers.find((l) => l.layer === 'pattern');
		expect(use, 'the opening step draws the pattern').toBeDefined();
		const labels = patternLayer.features!(use as never, 1).features.map((f) => `${f.properties!.name} ${f.properties!.when}`);
		expect(labels).toEqual(['Crimea 2014', 'Donbas 2014', 'Belarus 2020', 'Nagorno-Karabakh 2020', 'Kazakhstan January 2022']);
		expect(patternLayer.check({ layer: 'pattern', show: ['crimea', 'atlantis'] }, { sources: new Set() })).toEqual([
			{ path: 'show[1]', message: expect.stringContaining('unknown crisis "atlantis"') }
		]);
	});
});
