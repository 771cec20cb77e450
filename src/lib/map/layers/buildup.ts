/**
 * Reported concentrations of Russian forces near Ukraine, appearing on the
 * first date a source reports them. All one size: the records describe each
 * site's strength in words (units, "hundreds of tanks"), not a number a size
 * could stand for. Sites no source confirms are drawn hollow and grey, and
 * only when a step asks.
 */
import { buildupSites } from '../../../../data/geo/buildup';
import { checkIsoDate, type Problem } from '../../story/checks';
import { inks, palette, roles } from '../palette';
import { SYMBOLS } from '../symbols';
import type { BuildupSite } from '../records';
import { sourcesNote } from '../sourceNames';
import { checkDateRange } from './dated';
import type { BuildupUse } from './settings';
import type { LayerModule, LegendEntry } from './types';
import { checkRecordSources, collection, dateAt, ensureSource, FONT_REGULAR, labelSides, setData, setVisible, wordsOr } from './util';

const SOURCE = 'buildup';
const CONFIRMED = 'buildup-confirmed';
const UNCONFIRMED = 'buildup-unconfirmed';
const LABEL = 'buildup-label';

const firstReport = (s: BuildupSite): string => [...s.dates].sort()[0] as string;

export function sitesOn(date: string, unconfirmed: boolean): BuildupSite[] {
	return buildupSites.filter((s) => firstReport(s) <= date && (s.confirmed || unconfirmed));
}

export const buildupLayer: LayerModule<BuildupUse> = {
	name: 'buildup',
	styleLayers: [CONFIRMED, UNCONFIRMED, LABEL],
	check(use) {
		const problems: Problem[] = checkDateRange(use, ['layer', 'from', 'to', 'unconfirmed', 'labels']);
		if (use.labels !== undefined && typeof use.labels !== 'boolean') problems.push({ path: 'labels', message: 'expected true or false' });
		if (typeof use.unconfirmed !== 'boolean') problems.push({ path: 'unconfirmed', message: 'expected true or false' });
		return problems;
	},
	checkRecords(ctx) {
		const problems = checkRecordSources(buildupSites, 'sites', ctx.sources);
		buildupSites.forEach((s, i) => {
			if (!s.dates.length) problems.push({ path: `sites[${i}].dates`, message: 'expected at least one date' });
			s.dates.forEach((d, j) => problems.push(...checkIsoDate(d, `sites[${i}].dates[${j}]`)));
		});
		return problems;
	},
	readout(use, progress) {
		return { date: dateAt(use.from, use.to, progress) };
	},
	beats(use) {
		return new Set(buildupSites.map(firstReport).filter((d) => d > use.from && d <= use.to)).size + 1;
	},
	legend(use, _progress, words) {
		const w = wordsOr(words);
		const name = (s: BuildupSite) => w.text(`buildup.${s.id}.name`, s.name);
		const shown = sitesOn(use.to, use.unconfirmed);
		const confirmed = shown.filter((s) => s.confirmed);
		const entries: LegendEntry[] = [
			{ swatch: 'dot', color: palette.forces, label: w.phrase('layer.buildup.forces.label'), short: w.phrase('layer.buildup.forces.short'), note: sourcesNote(confirmed.flatMap((s) => s.sources)) }
		];
		const unconfirmed = shown.filter((s) => !s.confirmed);
		if (unconfirmed.length)
			entries.push({ swatch: 'ring', color: palette.unconfirmed, label: w.phrase('layer.buildup.unconfirmed.label', { sites: unconfirmed.map(name).join(', ') }), short: w.phrase('layer.buildup.unconfirmed.short'), note: sourcesNote(unconfirmed.flatMap((s) => s.sources)) });
		return entries;
	},
	mount(map, env) {
		const r = roles[env.theme];
		ensureSource(map, SOURCE);
		map.addLayer({
			id: CONFIRMED,
			type: 'circle',
			source: SOURCE,
			filter: ['==', ['get', 'confirmed'], true],
			layout: { visibility: 'none' },
			paint: { 'circle-radius': SYMBOLS.dot.radius, 'circle-color': r.forces, 'circle-stroke-color': inks[env.theme].edge, 'circle-stroke-width': SYMBOLS.dot.edge }
		});
		map.addLayer({
			id: UNCONFIRMED,
			type: 'circle',
			source: SOURCE,
			filter: ['==', ['get', 'confirmed'], false],
			layout: { visibility: 'none' },
			paint: { 'circle-radius': SYMBOLS.ring.radius, 'circle-color': inks[env.theme].edge, 'circle-opacity': 0.85, 'circle-stroke-color': r.unconfirmed, 'circle-stroke-width': SYMBOLS.ring.width }
		});
		// Labels keep 1 px clear of each other (not MapLibre's 2): on a phone's small map the sites east
		// of Kursk sit one line of text apart, and each label needs its own line.
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			layout: { visibility: 'none', 'text-field': ['get', 'label'], 'text-font': FONT_REGULAR, 'text-size': 12, 'text-variable-anchor-offset': labelSides(1.3) as never, 'text-max-width': 10, 'text-padding': 1 },
			paint: { 'text-color': inks[env.theme].label, 'text-halo-color': inks[env.theme].halo, 'text-halo-width': 1.6 }
		});
	},
	features(use, progress, words) {
		const w = wordsOr(words);
		const date = dateAt(use.from, use.to, progress);
		return collection(
			sitesOn(date, use.unconfirmed).map((s) => ({
				geometry: { type: 'Point', coordinates: s.lngLat },
				properties: { id: s.id, confirmed: s.confirmed, label: s.confirmed ? w.text(`buildup.${s.id}.name`, s.name) : w.phrase('layer.buildup.unconfirmedSite', { name: w.text(`buildup.${s.id}.name`, s.name) }), labelSide: s.labelSide ?? '' }
			}))
		);
	},
	show(map, use, progress, env) {
		setData(map, SOURCE, buildupLayer.features!(use, progress, env.words));
		setVisible(map, [CONFIRMED, UNCONFIRMED], true);
		// On a view of the whole region the sites are marked, not named: the close-ups name them.
		setVisible(map, [LABEL], use.labels !== false);
	},
	hide(map) {
		setVisible(map, [CONFIRMED, UNCONFIRMED, LABEL], false);
	}
};
