/**
 * Membership as of a year: before 2002 the parties to the Collective Security
 * Treaty (signed 1992–93, in force from 20 April 1994), from 2002 the members
 * of the CSTO built on it; former parties or members with the year they left;
 * and (for January 2022) the states that sent troops, outlined, with their
 * contingents. Russia keeps its own fill (the basemap's); the other members
 * take the allies' fill. A sweep from one year to another follows the scroll
 * or a clock, and so do the readout and the key. Country names are the
 * basemap's, not this layer's.
 */
import { cstoStates } from '../../../../data/geo/csto';
import { checkKnownKeys, checkLngLat, checkNumber, checkRange, type Problem } from '../../story/checks';
import { inks, palette, roles, type ThemeName } from '../palette';
import { SYMBOLS } from '../symbols';
import type { CstoState } from '../records';
import { sourcesNote } from '../sourceNames';
import type { MembershipUse } from './settings';
import type { LayerModule, LegendEntry } from './types';
import { checkRecordSources, collection, ensureSource, FONT_BOLD, setData, setFilter, setPaint, setVisible, wordsOr } from './util';
import { recordsIn } from '../recordsIn';
import type { MapWords } from '../words';

const SOURCE = 'membership-labels';
const FILL = 'membership-fill';
const LINE = 'membership-line';
const LABEL = 'membership-label';

let theme: ThemeName = 'light';

export type MemberStatus = 'member' | 'former' | 'none';

/** The year the treaty's parties founded the CSTO; before it, the map shows treaty parties. */
export const CSTO_FOUNDED = 2002;

/** What the layer counts in a year: "treaty parties" before 2002, "CSTO members" after. */
export function blocName(year: number, words?: MapWords): string {
	return wordsOr(words).phrase(year < CSTO_FOUNDED ? 'layer.membership.bloc.treaty' : 'layer.membership.bloc.csto');
}

/** What the map shows in a year, as the readout and the key say it: "Treaty parties in 1995", "CSTO members in 2007". */
export function countsIn(year: number, words?: MapWords): string {
	return wordsOr(words).phrase(year < CSTO_FOUNDED ? 'layer.membership.countsIn.treaty' : 'layer.membership.countsIn.csto', { year });
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
function history(state: CstoState, year: number, w: MapWords): string {
	const parts: string[] = [];
	state.periods.forEach(([a, b], i) => {
		if (i > 0 && a <= year) parts.push(w.phrase('layer.membership.rejoined', { year: a }));
		if (b !== null && b <= year) parts.push(w.phrase('layer.membership.left', { year: b }));
	});
	return parts.join(', ');
}

/** Whether the map labels this state's contingent: the allies' are, Russia's is left to the text (its fill and name are on every map). */
function labelled(state: CstoState): boolean {
	return Boolean(state.contingent) && state.iso3 !== 'RUS';
}

/** How far a contingent's number sits from its point, in ems, unless its record says otherwise. */
const CONTINGENT_OFFSET = 1.3;

/** On the map, a contributor's reported contingent (its name is the basemap's). */
function contingentLabel(state: CstoState): string {
	return state.contingent?.value ?? '';
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
			if (s.contingentAt) problems.push(...checkLngLat(s.contingentAt, `states[${i}].contingentAt`));
			if (s.contingentOffset !== undefined) problems.push(...checkNumber(s.contingentOffset, `states[${i}].contingentOffset`, 0, 6));
		});
		return problems;
	},
	readout(use, progress, words) {
		const year = yearAt(use, progress);
		return { date: String(year), note: blocName(year, words) };
	},
	beats(use) {
		const years = new Set<number>();
		for (const s of cstoStates) for (const [a, b] of s.periods) for (const y of [a, b]) if (y !== null && y > use.from && y <= use.to) years.add(y);
		return years.size + 1;
	},
	legend(use, progress = 1, words) {
		// The key follows the year the map shows.
		const w = wordsOr(words);
		const year = yearAt(use, progress);
		const states = recordsIn(w).cstoStates.filter((s) => statusIn(s, year) !== 'none');
		const members = states.filter((s) => statusIn(s, year) === 'member');
		const bloc = year < CSTO_FOUNDED ? 'treaty' : 'csto';
		const label = w.phrase(`layer.membership.members.${bloc}`, { year });
		const entries: LegendEntry[] = [
			{
				swatch: 'fill',
				color: palette.alliesFill,
				label,
				short: countsIn(year, w),
				note: [
					sourcesNote(members.flatMap((s) => s.sources)),
					use.from < CSTO_FOUNDED ? w.phrase('layer.membership.treatyDates') : ''
				]
					.filter(Boolean)
					.join(' · ')
			}
		];
		// (Left out where the key lists who sent troops, to keep it short: Russia's own fill is on every map, with its name.)
		if (members.some((s) => s.iso3 === 'RUS') && !use.contributors)
			entries.push({ swatch: 'fill', color: palette.russia, label: w.phrase(`layer.membership.russia.${bloc}`), short: w.phrase('layer.membership.russia.short') });
		const former = states.filter((s) => statusIn(s, year) === 'former');
		if (former.length)
			entries.push({
				swatch: 'fill',
				color: palette.former,
				label: w.phrase('layer.membership.former.label', { states: former.map((s) => w.phrase('layer.membership.former.state', { name: s.name, history: history(s, year, w) })).join('; ') }),
				short: w.phrase('layer.membership.former.short'),
				note: sourcesNote(former.flatMap((s) => s.sources))
			});
		if (use.contributors) {
			const sent = recordsIn(w).cstoStates.filter((s) => s.contingent);
			// The map labels the allies' contingents only (see features()); Russia's figure is named apart, so the key never says it is on the map.
			const list = (states: CstoState[]) => states.map((s) => w.phrase('layer.membership.contributors.state', { name: s.name, value: `${s.contingent?.value}` })).join('; ');
			entries.push({
				swatch: 'outline',
				color: palette.allies,
				label: w.phrase('layer.membership.contributors.label', { given: list(sent.filter((s) => !labelled(s))), states: list(sent.filter(labelled)) }),
				short: w.phrase('layer.membership.contributors.short'),
				note: [sourcesNote(sent.flatMap((s) => s.contingent?.sources ?? [])), ...new Set(sent.map((s) => s.contingent?.caveat).filter(Boolean))].join(' · ')
			});
		}
		for (const s of states) if (s.note) entries.push({ swatch: 'fill', color: s.iso3 === 'RUS' ? palette.russia : palette.alliesFill, label: w.phrase('layer.labelValue', { label: s.name, value: s.note }), detail: true });
		return entries;
	},
	mount(map, env) {
		theme = env.theme;
		ensureSource(map, SOURCE);
		map.addLayer(
			{ id: FILL, type: 'fill', source: 'countries', layout: { visibility: 'none' }, filter: ['in', ['get', 'iso3'], ['literal', []]], paint: { 'fill-color': roles[theme].alliesFill, 'fill-opacity': SYMBOLS.fill.opacity } },
			'country-borders'
		);
		map.addLayer({
			id: LINE,
			type: 'line',
			source: 'countries',
			layout: { visibility: 'none' },
			filter: ['in', ['get', 'iso3'], ['literal', []]],
			paint: { 'line-color': roles[theme].allies, 'line-width': SYMBOLS.outline.width }
		});
		// The contingents the allies sent, inside each country or under its capital's name (where the country's name is not).
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			layout: {
				visibility: 'none',
				'text-field': ['get', 'text'],
				'text-font': FONT_BOLD,
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 4, 12] as never,
				'text-max-width': 12,
				'text-variable-anchor': ['top', 'bottom', 'center'],
				'text-radial-offset': ['get', 'offset'],
				'text-padding': 1
			},
			paint: { 'text-color': inks[theme].label, 'text-halo-color': inks[theme].halo, 'text-halo-width': 1.6 }
		});
	},
	features(use, _progress, words) {
		if (!use.contributors) return collection([]);
		return collection(
			recordsIn(wordsOr(words)).cstoStates
				.filter(labelled)
				.map((s) => ({ geometry: { type: 'Point', coordinates: s.contingentAt ?? s.labelAt }, properties: { iso3: s.iso3, text: contingentLabel(s), offset: s.contingentOffset ?? CONTINGENT_OFFSET } }))
		);
	},
	show(map, use, progress, env) {
		const year = yearAt(use, progress);
		// Russia keeps the basemap's own fill.
		const member = cstoStates.filter((s) => s.iso3 !== 'RUS' && statusIn(s, year) === 'member').map((s) => s.iso3);
		const former = cstoStates.filter((s) => statusIn(s, year) === 'former').map((s) => s.iso3);
		const contributors = use.contributors ? cstoStates.filter(labelled).map((s) => s.iso3) : [];
		const colours: unknown[] = [];
		for (const c of member) colours.push(c, roles[theme].alliesFill);
		for (const c of former) colours.push(c, roles[theme].former);
		setFilter(map, FILL, ['in', ['get', 'iso3'], ['literal', [...member, ...former]]]);
		if (colours.length) setPaint(map, FILL, 'fill-color', ['match', ['get', 'iso3'], ...colours, roles[theme].alliesFill] as never);
		setFilter(map, LINE, ['in', ['get', 'iso3'], ['literal', contributors]]);
		setData(map, SOURCE, membershipLayer.features!(use, progress, env.words));
		setVisible(map, [FILL, LINE, LABEL], true);
	},
	hide(map) {
		setVisible(map, [FILL, LINE, LABEL], false);
	}
};
