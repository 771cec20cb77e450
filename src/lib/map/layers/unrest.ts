/** Protest locations in Kazakhstan appearing day by day, with a date readout. */
import { unrest } from '../../../../data/geo/unrest';
import { checkIsoDate, type Problem } from '../../story/checks';
import { palette } from '../palette';
import { placeAt, placeIds } from '../places';
import { sourcesNote } from '../sourceNames';
import { checkDateRange, latestBy } from './dated';
import type { UnrestUse } from './settings';
import type { LayerModule } from './types';
import { checkRecordSources, collection, dateAt, ensureSource, formatDate, setData, setVisible } from './util';

const SOURCE = 'unrest';
const HALO = 'unrest-halo';
const DOT = 'unrest-dot';

/** The protest sites a reader sees on `date`: each place once, with its latest report. */
export function unrestOn(date: string) {
	return latestBy(unrest, date, (r) => r.date, (r) => r.place);
}

export const unrestLayer: LayerModule<UnrestUse> = {
	name: 'unrest',
	styleLayers: [HALO, DOT],
	check(use) {
		return checkDateRange(use, ['layer', 'from', 'to']);
	},
	checkRecords(ctx) {
		const problems: Problem[] = checkRecordSources(unrest, 'unrest', ctx.sources);
		unrest.forEach((r, i) => {
			if (!placeIds.has(r.place)) problems.push({ path: `unrest[${i}].place`, message: `unknown place "${r.place}"` });
			problems.push(...checkIsoDate(r.date, `unrest[${i}].date`));
		});
		return problems;
	},
	readout(use, progress) {
		return formatDate(dateAt(use.from, use.to, progress));
	},
	beats(use) {
		return new Set(unrest.filter((r) => r.date >= use.from && r.date <= use.to).map((r) => r.date)).size || 1;
	},
	legend(use) {
		const shown = unrestOn(use.to);
		return [
			{
				swatch: 'dot',
				color: palette.protest,
				label: `Protests reported, ${formatDate(use.from)}${use.to !== use.from ? ` to ${formatDate(use.to)}` : ''}`,
				note: sourcesNote(shown.flatMap((r) => r.sources))
			}
		];
	},
	mount(map) {
		ensureSource(map, SOURCE);
		map.addLayer({
			id: HALO,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			filter: ['==', ['get', 'fresh'], true],
			paint: { 'circle-radius': 13, 'circle-color': palette.protest, 'circle-opacity': 0.25 }
		});
		map.addLayer({
			id: DOT,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			paint: { 'circle-radius': 7, 'circle-color': palette.protest, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 }
		});
	},
	features(use, progress) {
		const date = dateAt(use.from, use.to, progress);
		return collection(
			unrestOn(date).map((r) => ({
				geometry: { type: 'Point', coordinates: placeAt(r.place).lngLat },
				properties: { id: r.id, place: r.place, date: r.date, what: r.what, fresh: r.date === date }
			}))
		);
	},
	show(map, use, progress) {
		setData(map, SOURCE, unrestLayer.features!(use, progress));
		setVisible(map, [HALO, DOT], true);
	},
	hide(map) {
		setVisible(map, [HALO, DOT], false);
	}
};
