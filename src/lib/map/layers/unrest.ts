/**
 * Protest locations in Kazakhstan appearing day by day, with a date readout
 * and a soft halo on those reported on the day shown; and, apart from them,
 * sites security forces took back (a ring in the forces colour, with its own
 * key entry), which replace the place's protest marker from the day they are
 * reported. Every symbol is in the key, drawn by the map's own code.
 */
import { securedSites, unrest } from '../../../../data/geo/unrest';
import { checkIsoDate, type Problem } from '../../story/checks';
import { inks, palette, roles } from '../palette';
import { SYMBOLS } from '../symbols';
import { placeAt, placeIds } from '../places';
import type { SecuredRecord, UnrestRecord } from '../records';
import { sourcesNote } from '../sourceNames';
import { checkDateRange, latestBy } from './dated';
import type { UnrestUse } from './settings';
import type { LayerModule, LegendEntry } from './types';
import { checkRecordSources, collection, dateAt, ensureSource, setData, setVisible, wordsOr } from './util';

const SOURCE = 'unrest';
const HALO = 'unrest-halo';
const DOT = 'unrest-dot';
const SECURED = 'unrest-secured';

/** The sites reported secured by `date`: each place once, with its latest report. */
export function securedOn(date: string): SecuredRecord[] {
	return latestBy(securedSites, date, (r) => r.date, (r) => r.place);
}

/**
 * The protest sites a reader sees on `date`: each place once, with its latest
 * report, unless security forces were reported to hold it since.
 */
export function unrestOn(date: string): UnrestRecord[] {
	const secured = new Map(securedOn(date).map((r) => [r.place, r.date]));
	return latestBy(unrest, date, (r) => r.date, (r) => r.place).filter((r) => {
		const since = secured.get(r.place);
		return since === undefined || since < r.date;
	});
}

const datesIn = (from: string, to: string) =>
	new Set([...unrest, ...securedSites].filter((r) => r.date >= from && r.date <= to).map((r) => r.date));

export const unrestLayer: LayerModule<UnrestUse> = {
	name: 'unrest',
	styleLayers: [HALO, DOT, SECURED],
	check(use) {
		return checkDateRange(use, ['layer', 'from', 'to']);
	},
	checkRecords(ctx) {
		const problems: Problem[] = [...checkRecordSources(unrest, 'unrest', ctx.sources), ...checkRecordSources(securedSites, 'secured', ctx.sources)];
		unrest.forEach((r, i) => {
			if (!placeIds.has(r.place)) problems.push({ path: `unrest[${i}].place`, message: `unknown place "${r.place}"` });
			problems.push(...checkIsoDate(r.date, `unrest[${i}].date`));
		});
		securedSites.forEach((r, i) => {
			if (!placeIds.has(r.place)) problems.push({ path: `secured[${i}].place`, message: `unknown place "${r.place}"` });
			problems.push(...checkIsoDate(r.date, `secured[${i}].date`));
		});
		return problems;
	},
	readout(use, progress) {
		return { date: dateAt(use.from, use.to, progress) };
	},
	beats(use) {
		return datesIn(use.from, use.to).size || 1;
	},
	legend(use, _progress, words) {
		const w = wordsOr(words);
		const shown = unrestOn(use.to);
		const entries: LegendEntry[] = [
			{
				swatch: 'dot',
				color: palette.protest,
				label: w.phrase('layer.unrest.label', { dates: w.date([use.from, use.to]) }),
				short: w.phrase('layer.unrest.short'),
				note: sourcesNote(shown.flatMap((r) => r.sources))
			}
		];
		// The halo marks reports dated the day the map shows; a still step shows it on every site of that day.
		if (shown.some((r) => r.date === use.to)) entries.push({ swatch: 'halo', color: palette.protest, label: w.phrase('layer.unrest.fresh.label'), short: w.phrase('layer.unrest.fresh.short') });
		const secured = securedOn(use.to).filter((r) => r.date >= use.from);
		if (secured.length)
			entries.push({
				swatch: 'ring',
				color: palette.forces,
				short: w.phrase('layer.unrest.secured.short'),
				label: w.phrase('layer.unrest.secured.label', {
					sites: secured.map((r) => w.phrase('layer.unrest.secured.site', { place: w.place(placeAt(r.place)), date: w.date(r.date), what: w.text(`secured.${r.id}.what`, r.what) })).join('; ')
				}),
				note: sourcesNote(secured.flatMap((r) => r.sources))
			});
		return entries;
	},
	mount(map, env) {
		const r = roles[env.theme];
		const edge = inks[env.theme].edge;
		ensureSource(map, SOURCE);
		map.addLayer({
			id: HALO,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: ['all', ['==', ['get', 'kind'], 'protest'], ['==', ['get', 'fresh'], true]],
			paint: { 'circle-radius': SYMBOLS.halo.radius, 'circle-color': r.protest, 'circle-opacity': SYMBOLS.halo.opacity }
		});
		map.addLayer({
			id: DOT,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: ['==', ['get', 'kind'], 'protest'],
			paint: { 'circle-radius': SYMBOLS.dot.radius, 'circle-color': r.protest, 'circle-stroke-color': edge, 'circle-stroke-width': SYMBOLS.dot.edge }
		});
		// A ring, not a dot: the key's "retaken" symbol.
		map.addLayer({
			id: SECURED,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: ['==', ['get', 'kind'], 'secured'],
			paint: { 'circle-radius': SYMBOLS.ring.radius, 'circle-color': edge, 'circle-opacity': 0.85, 'circle-stroke-color': r.forces, 'circle-stroke-width': SYMBOLS.ring.width }
		});
	},
	features(use, progress, words) {
		const w = wordsOr(words);
		const date = dateAt(use.from, use.to, progress);
		return collection([
			...unrestOn(date).map((r) => ({
				geometry: { type: 'Point' as const, coordinates: placeAt(r.place).lngLat },
				properties: { id: r.id, kind: 'protest', place: r.place, date: r.date, what: w.text(`unrest.${r.id}.what`, r.what), fresh: r.date === date }
			})),
			...securedOn(date).map((r) => ({
				geometry: { type: 'Point' as const, coordinates: placeAt(r.place).lngLat },
				properties: { id: r.id, kind: 'secured', place: r.place, date: r.date, what: w.text(`secured.${r.id}.what`, r.what), fresh: r.date === date }
			}))
		]);
	},
	show(map, use, progress, env) {
		setData(map, SOURCE, unrestLayer.features!(use, progress, env.words));
		setVisible(map, [HALO, DOT, SECURED], true);
	},
	hide(map) {
		setVisible(map, [HALO, DOT, SECURED], false);
	}
};
