/**
 * Protest locations in Kazakhstan appearing day by day, with a date readout;
 * and, apart from them, sites security forces took back (a ring in the
 * Russian-force colour, with its own key entry), which replace the place's
 * protest marker from the day they are reported.
 */
import { securedSites, unrest } from '../../../../data/geo/unrest';
import { checkIsoDate, type Problem } from '../../story/checks';
import { palette } from '../palette';
import { placeAt, placeIds } from '../places';
import type { SecuredRecord, UnrestRecord } from '../records';
import { sourcesNote } from '../sourceNames';
import { checkDateRange, latestBy } from './dated';
import type { UnrestUse } from './settings';
import type { LayerModule, LegendEntry } from './types';
import { checkRecordSources, collection, dateAt, ensureSource, formatDate, setData, setVisible } from './util';

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
	legend(use) {
		const shown = unrestOn(use.to);
		const entries: LegendEntry[] = [
			{
				swatch: 'dot',
				color: palette.protest,
				label: `Protests and unrest reported, ${formatDate([use.from, use.to])}`,
				short: 'Protests and unrest reported',
				note: sourcesNote(shown.flatMap((r) => r.sources))
			}
		];
		const secured = securedOn(use.to).filter((r) => r.date >= use.from);
		if (secured.length)
			entries.push({
				swatch: 'ring',
				color: palette.russia,
				short: 'Retaken by security forces',
				label: `Retaken by security forces: ${secured.map((r) => `${placeAt(r.place).name}, ${formatDate(r.date)} (${r.what})`).join('; ')}`,
				note: sourcesNote(secured.flatMap((r) => r.sources))
			});
		return entries;
	},
	mount(map) {
		ensureSource(map, SOURCE);
		map.addLayer({
			id: HALO,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: ['all', ['==', ['get', 'kind'], 'protest'], ['==', ['get', 'fresh'], true]],
			paint: { 'circle-radius': 13, 'circle-color': palette.protest, 'circle-opacity': 0.25 }
		});
		map.addLayer({
			id: DOT,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: ['==', ['get', 'kind'], 'protest'],
			paint: { 'circle-radius': 7, 'circle-color': palette.protest, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 }
		});
		// A ring, not a dot: the key's "retaken" symbol.
		map.addLayer({
			id: SECURED,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: ['==', ['get', 'kind'], 'secured'],
			paint: { 'circle-radius': 8, 'circle-color': '#ffffff', 'circle-opacity': 0.85, 'circle-stroke-color': palette.russia, 'circle-stroke-width': 3.5 }
		});
	},
	features(use, progress) {
		const date = dateAt(use.from, use.to, progress);
		return collection([
			...unrestOn(date).map((r) => ({
				geometry: { type: 'Point' as const, coordinates: placeAt(r.place).lngLat },
				properties: { id: r.id, kind: 'protest', place: r.place, date: r.date, what: r.what, fresh: r.date === date }
			})),
			...securedOn(date).map((r) => ({
				geometry: { type: 'Point' as const, coordinates: placeAt(r.place).lngLat },
				properties: { id: r.id, kind: 'secured', place: r.place, date: r.date, what: r.what, fresh: r.date === date }
			}))
		]);
	},
	show(map, use, progress) {
		setData(map, SOURCE, unrestLayer.features!(use, progress));
		setVisible(map, [HALO, DOT, SECURED], true);
	},
	hide(map) {
		setVisible(map, [HALO, DOT, SECURED], false);
	}
};
