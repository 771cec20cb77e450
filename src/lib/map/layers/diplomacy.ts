/** The diplomacy week's venues, lit one after another in date order. */
import { venues } from '../../../../data/geo/diplomacy';
import { checkIsoDate, checkKnownKeys, type Problem } from '../../story/checks';
import { inks, palette, roles } from '../palette';
import { SYMBOLS } from '../symbols';
import { placeAt, placeIds } from '../places';
import { sourcesNote } from '../sourceNames';
import type { DiplomacyUse } from './settings';
import type { LayerModule } from './types';
import { checkRecordSources, collection, ensureSource, FONT_BOLD, setData, setVisible, wordsOr } from './util';

const SOURCE = 'diplomacy';
const DOT = 'diplomacy-dot';
const LABEL = 'diplomacy-label';

const ordered = [...venues].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** How many venues are lit at progress p: the first at once, the last by the end. */
export function litCount(p: number): number {
	return Math.min(ordered.length, 1 + Math.floor(Math.min(1, Math.max(0, p)) * ordered.length));
}

export const diplomacyLayer: LayerModule<DiplomacyUse> = {
	name: 'diplomacy',
	styleLayers: [DOT, LABEL],
	check(use) {
		return checkKnownKeys(use, '', ['layer']);
	},
	checkRecords(ctx) {
		const problems: Problem[] = checkRecordSources(venues, 'venues', ctx.sources);
		venues.forEach((v, i) => {
			if (!placeIds.has(v.place)) problems.push({ path: `venues[${i}].place`, message: `unknown place "${v.place}"` });
			problems.push(...checkIsoDate(v.date, `venues[${i}].date`));
		});
		return problems;
	},
	readout(_use, progress) {
		const v = ordered[litCount(progress) - 1];
		return v ? { date: v.date } : null;
	},
	beats() {
		return ordered.length;
	},
	legend(_use, _progress, words) {
		const w = wordsOr(words);
		return ordered.map((v) => ({
			swatch: 'dot' as const,
			color: palette.venue,
			label: w.phrase('layer.diplomacy.label', { date: w.date(v.date), event: w.text(`diplomacy.${v.id}.event`, v.event) }),
			short: w.phrase('layer.diplomacy.short'),
			note: sourcesNote(v.sources)
		}));
	},
	mount(map, env) {
		ensureSource(map, SOURCE);
		map.addLayer({ id: DOT, type: 'circle', source: SOURCE, layout: { visibility: 'none' }, paint: { 'circle-radius': SYMBOLS.dot.radius, 'circle-color': roles[env.theme].venue, 'circle-stroke-color': inks[env.theme].edge, 'circle-stroke-width': SYMBOLS.dot.edge } });
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			layout: { visibility: 'none', 'text-field': ['get', 'label'], 'text-font': FONT_BOLD, 'text-size': 13, 'text-max-width': 12, 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 1.2 },
			paint: { 'text-color': inks[env.theme].label, 'text-halo-color': inks[env.theme].halo, 'text-halo-width': 1.8 }
		});
	},
	features(_use, progress, words) {
		const w = wordsOr(words);
		const lit = ordered.slice(0, litCount(progress));
		return collection(
			lit.map((v) => ({ geometry: { type: 'Point', coordinates: placeAt(v.place).lngLat }, properties: { id: v.id, label: w.phrase('layer.diplomacy.mapLabel', { place: w.place(placeAt(v.place)), date: w.dayMonth(v.date) }) } }))
		);
	},
	show(map, use, progress, env) {
		setData(map, SOURCE, diplomacyLayer.features!(use, progress, env.words));
		setVisible(map, [DOT, LABEL], true);
	},
	hide(map) {
		setVisible(map, [DOT, LABEL], false);
	}
};
