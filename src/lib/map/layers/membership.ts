/**
 * Membership as of a year: before 2002 the parties to the Collective Security
 * Treaty (signed 1992–93, in force from 20 April 1994), from 2002 the members
 * of the CSTO built on it; former parties or members with the year they left;
 * and (for January 2022) the states that sent troops with their contingents.
 * A sweep from one year to another follows the scroll or a clock.
 */
import { cstoStates } from '../../../../data/geo/csto';
import { checkKnownKeys, checkLngLat, checkNumber, checkRange, type Problem } from '../../story/checks';
import { palette } from '../palette';
import type { CstoState } from '../records';
import { sourcesNote } from '../sourceNames';
import type { MembershipUse } from './settings';
import type { LayerModule, LegendEntry } from './types';
import { checkRecordSources, collection, ensureSource, FONT_REGULAR, setData, setVisible } from './util';

const SOURCE = 'membership-labels';
const FILL = 'membership-fill';
const LINE = 'membership-line';
const LABEL = 'membership-label';

export type MemberStatus = 'member' | 'former' | 'none';

/** The year the treaty's parties founded the CSTO; before it, the map shows treaty parties. */
export const CSTO_FOUNDED = 2002;

/** What the layer counts in a year: "treaty parties" before 2002, "CSTO members" after. */
export function blocName(year: number): string {
	return year < CSTO_FOUNDED ? 'treaty parties' : 'CSTO members';
}

export function statusIn(state: CstoState, year: number): MemberStatus {
	if (state.periods.some(([a, b]) => year >= a && (b === null || year < b))) return 'member';
	if (state.periods.some(([a]) => a <= year)) return 'former';
	return 'none';
}

export function yearAt(use: Pick<MembershipUse, 'from' | 'to'>, progress: number): number {
	return Math.round(use.from + (use.to - use.from) * Math.min(1, Math.max(0, progress)));
}

/** "left 1999", "left 1999, rejoined 2006, left 2012", as of a year. */
function history(state: CstoState, year: number): string {
	const parts: string[] = [];
	state.periods.forEach(([a, b], i) => {
		if (i > 0 && a <= year) parts.push(`rejoined ${a}`);
		if (b !== null && b <= year) parts.push(`left ${b}`);
	});
	return parts.join(', ');
}

function labelFor(state: CstoState, year: number, contributors: boolean): string {
	const status = statusIn(state, year);
	// A former member's history is in the key; on the map, its name.
	if (status === 'former') return state.name;
	if (contributors && state.contingent) return `${state.name}\n${state.contingent.value}`;
	return state.name;
}


export const membershipLayer: LayerModule<MembershipUse> = {
	name: 'membership',
	styleLayers: [FILL, LINE, LABEL],
	check(use) {
		const problems: Problem[] = [
			...checkKnownKeys(use, '', ['layer', 'from', 'to', 'contributors']),
			...checkNumber(use.from, 'from', 1992, 2030),
			...checkNumber(use.to, 'to', 1992, 2030),
			...checkRange(use.from, use.to, 'to')
		];
		if (use.contributors !== undefined && typeof use.contributors !== 'boolean') problems.push({ path: 'contributors', message: 'expected true or false' });
		return problems;
	},
	checkRecords(ctx) {
		const problems = checkRecordSources(cstoStates.map((s) => ({ id: s.iso3, sources: [...s.sources, ...(s.contingent?.sources ?? [])] })), 'states', ctx.sources);
		cstoStates.forEach((s, i) => {
			problems.push(...checkLngLat(s.labelAt, `states[${i}].labelAt`));
		});
		return problems;
	},
	readout(use, progress) {
		const year = yearAt(use, progress);
		return { date: String(year), note: blocName(year) };
	},
	beats(use) {
		const years = new Set<number>();
		for (const s of cstoStates) for (const [a, b] of s.periods) for (const y of [a, b]) if (y !== null && y > use.from && y <= use.to) years.add(y);
		return years.size + 1;
	},
	legend(use) {
		const year = use.to;
		const states = cstoStates.filter((s) => statusIn(s, year) !== 'none');
		const sweep = use.from < CSTO_FOUNDED && use.to >= CSTO_FOUNDED;
		const label = sweep
			? `Parties to the Collective Security Treaty (to ${CSTO_FOUNDED - 1}), then members of the CSTO (from ${CSTO_FOUNDED}); the year on the map says which`
			: year < CSTO_FOUNDED
				? `Parties to the Collective Security Treaty in ${year}`
				: `CSTO members in ${year}`;
		const entries: LegendEntry[] = [
			{
				swatch: 'fill',
				color: palette.russiaFill,
				label,
				short: sweep ? 'Treaty parties, then CSTO members' : year < CSTO_FOUNDED ? `Treaty parties in ${year}` : `CSTO members in ${year}`,
				note: [
					sourcesNote(states.filter((s) => statusIn(s, year) === 'member').flatMap((s) => s.sources)),
					use.from < CSTO_FOUNDED ? 'Treaty signed 1992–93, in force from 20 April 1994; the CSTO from 2002' : ''
				]
					.filter(Boolean)
					.join(' · ')
			}
		];
		const former = states.filter((s) => statusIn(s, year) === 'former');
		if (former.length)
			entries.push({
				swatch: 'fill',
				color: palette.formerFill,
				label: `Former treaty parties or members: ${former.map((s) => `${s.name} (${history(s, year)})`).join('; ')}`,
				short: 'Former treaty parties or members',
				note: sourcesNote(former.flatMap((s) => s.sources))
			});
		if (use.contributors) {
			const sent = cstoStates.filter((s) => s.contingent);
			entries.push({
				swatch: 'ring',
				color: palette.russia,
				label: `Sent troops in January 2022: ${sent.map((s) => `${s.name} ${s.contingent?.value}`).join('; ')}`,
				short: 'Sent troops, January 2022',
				note: [sourcesNote(sent.flatMap((s) => s.contingent?.sources ?? [])), ...new Set(sent.map((s) => s.contingent?.caveat).filter(Boolean))].join(' · ')
			});
		}
		for (const s of states) if (s.note) entries.push({ swatch: 'fill', color: palette.russiaFill, label: `${s.name}: ${s.note}`, detail: true });
		return entries;
	},
	mount(map) {
		ensureSource(map, SOURCE);
		map.addLayer(
			{ id: FILL, type: 'fill', source: 'countries', layout: { visibility: 'none' }, filter: ['in', ['get', 'iso3'], ['literal', []]], paint: { 'fill-color': palette.russiaFill, 'fill-opacity': 0.95 } },
			'country-borders'
		);
		map.addLayer({
			id: LINE,
			type: 'line',
			source: 'countries',
			layout: { visibility: 'none' },
			filter: ['in', ['get', 'iso3'], ['literal', []]],
			paint: { 'line-color': palette.russia, 'line-width': 2.5 }
		});
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			// Country names: spaced capitals placed by hand in each country (not at the capital, where they read as a town).
			layout: {
				visibility: 'none',
				'text-field': ['get', 'text'],
				'text-font': FONT_REGULAR,
				// Smaller on a continent-wide phone map, where the small Caucasus states sit close together.
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, 9.5, 4, 11.5] as never,
				'text-letter-spacing': 0.06,
				'text-max-width': 12,
				'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.6,
				'text-padding': 1
			},
			paint: { 'text-color': palette.label, 'text-halo-color': palette.halo, 'text-halo-width': 1.6 }
		});
	},
	features(use, progress) {
		const year = yearAt(use, progress);
		return collection(
			cstoStates
				// Former members are named only where the step follows membership through the years; elsewhere the key names them.
				.filter((s) => statusIn(s, year) === 'member' || (statusIn(s, year) === 'former' && use.from !== use.to))
				.map((s) => ({
					geometry: { type: 'Point', coordinates: s.labelAt },
					properties: { iso3: s.iso3, status: statusIn(s, year), text: labelFor(s, year, !!use.contributors) }
				}))
		);
	},
	show(map, use, progress) {
		const year = yearAt(use, progress);
		const member = cstoStates.filter((s) => statusIn(s, year) === 'member').map((s) => s.iso3);
		const former = cstoStates.filter((s) => statusIn(s, year) === 'former').map((s) => s.iso3);
		const contributors = use.contributors ? cstoStates.filter((s) => s.contingent).map((s) => s.iso3) : [];
		const colours: unknown[] = [];
		for (const c of member) colours.push(c, palette.russiaFill);
		for (const c of former) colours.push(c, palette.formerFill);
		map.setFilter(FILL, ['in', ['get', 'iso3'], ['literal', [...member, ...former]]]);
		if (colours.length) map.setPaintProperty(FILL, 'fill-color', ['match', ['get', 'iso3'], ...colours, 'rgba(0,0,0,0)'] as never);
		map.setFilter(LINE, ['in', ['get', 'iso3'], ['literal', contributors]]);
		setData(map, SOURCE, membershipLayer.features!(use, progress));
		setVisible(map, [FILL, LINE, LABEL], true);
	},
	hide(map) {
		setVisible(map, [FILL, LINE, LABEL], false);
	}
};
