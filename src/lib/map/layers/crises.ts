/** The 2020 crises: Russia's peacekeepers and the Lachin corridor in Karabakh, and Belarus. */
import { crisisFeatures } from '../../../../data/geo/crises';
import { checkKnownKeys, checkOneOf, type Problem } from '../../story/checks';
import { inks, palette, roles, type Role } from '../palette';
import { SYMBOLS } from '../symbols';
import type { CrisisFeature } from '../records';
import { sourcesNote } from '../sourceNames';
import type { Geometry } from 'geojson';
import type { CrisesUse } from './settings';
import type { LayerModule } from './types';
import { checkRecordSources, collection, ensureSource, FONT_REGULAR, setData, setVisible, labelSides, wordsOr } from './util';
import { recordsIn } from '../recordsIn';

const SOURCE = 'crises';
const LINE = 'crises-line';
const DOT = 'crises-dot';
const LABEL = 'crises-label';
const CRISES = ['karabakh', 'belarus'] as const;

/** The role a crisis feature stands for: Belarus's protests, Russia's peacekeepers, or a site of the war itself. */
export function crisisRole(f: Pick<CrisisFeature, 'crisis' | 'label'>): Extract<Role, 'protest' | 'forces' | 'attention'> {
	if (f.crisis === 'belarus') return 'protest';
	return /peacekeep/i.test(f.label) ? 'forces' : 'attention';
}


export const crisesLayer: LayerModule<CrisesUse> = {
	name: 'crises',
	styleLayers: [LINE, DOT, LABEL],
	check(use) {
		const problems: Problem[] = checkKnownKeys(use, '', ['layer', 'show']);
		if (!Array.isArray(use.show) || use.show.length === 0) return [...problems, { path: 'show', message: 'expected "karabakh", "belarus" or both' }];
		use.show.forEach((c, i) => problems.push(...checkOneOf(c, `show[${i}]`, CRISES)));
		return problems;
	},
	checkRecords(ctx) {
		const problems: Problem[] = checkRecordSources(crisisFeatures, 'features', ctx.sources);
		crisisFeatures.forEach((f, i) => {
			if (!f.labelAt) return;
			// A line's label point lies on the line: at least within the box its points span.
			const pts = f.geometry.type === 'LineString' ? f.geometry.coordinates : [];
			const within = (k: 0 | 1) => pts.length > 0 && f.labelAt![k] >= Math.min(...pts.map((p) => p[k])) && f.labelAt![k] <= Math.max(...pts.map((p) => p[k]));
			if (!within(0) || !within(1)) problems.push({ path: `features[${i}].labelAt`, message: `not on the line of "${f.id}"` });
		});
		return problems;
	},
	legend(use, _progress, words) {
		const w = wordsOr(words);
		const said = recordsIn(w).crisisFeatures;
		// The role is read from the English record; the words are the language's.
		return crisisFeatures
			.map((f, i) => ({ f, t: said[i] as CrisisFeature }))
			.filter(({ f }) => use.show.includes(f.crisis))
			.map(({ f, t }) => ({
				swatch: f.geometry.type === 'LineString' ? ('line' as const) : ('dot' as const),
				color: palette[crisisRole(f)],
				label: [t.label, t.date].filter(Boolean).join(', '),
				short: f.geometry.type === 'LineString' ? w.phrase('layer.crises.corridor.short') : w.phrase(`layer.crises.${crisisRole(f)}.short`),
				note: sourcesNote(f.sources)
			}));
	},
	mount(map, env) {
		const r = roles[env.theme];
		ensureSource(map, SOURCE);
		const color = ['match', ['get', 'role'], 'protest', r.protest, 'forces', r.forces, r.attention] as never;
		// A corridor is a wide line (the key's "line" symbol, drawn wider: it stands for a strip of land).
		map.addLayer({ id: LINE, type: 'line', source: SOURCE, filter: ['==', ['geometry-type'], 'LineString'], layout: { visibility: 'none', 'line-cap': 'round' }, paint: { 'line-color': color, 'line-width': SYMBOLS.line.width * 2, 'line-opacity': 0.85 } });
		map.addLayer({ id: DOT, type: 'circle', source: SOURCE, filter: ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'labelOnly'], true]], layout: { visibility: 'none' }, paint: { 'circle-radius': SYMBOLS.dot.radius, 'circle-color': color, 'circle-stroke-color': inks[env.theme].edge, 'circle-stroke-width': SYMBOLS.dot.edge } });
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			filter: ['==', ['geometry-type'], 'Point'],
			layout: { visibility: 'none', 'text-field': ['get', 'label'], 'text-font': FONT_REGULAR, 'text-size': 12, 'text-max-width': ['coalesce', ['get', 'labelWidth'], 16] as never, 'text-variable-anchor-offset': labelSides(1) as never },
			paint: { 'text-color': inks[env.theme].label, 'text-halo-color': inks[env.theme].halo, 'text-halo-width': 1.6 }
		});
	},
	features(use, _progress, words) {
		const said = recordsIn(wordsOr(words)).crisisFeatures;
		return collection(
			crisisFeatures
				.map((f, i) => [f, said[i] as CrisisFeature] as const)
				.filter(([f]) => use.show.includes(f.crisis))
				.flatMap(([f, t]): Array<{ geometry: Geometry; properties: Record<string, unknown> }> => {
					const props = { id: f.id, crisis: f.crisis, role: crisisRole(f), labelSide: f.labelSide ?? '', ...(f.labelWidth ? { labelWidth: f.labelWidth } : {}) };
					if (f.geometry.type === 'Point') return [{ geometry: f.geometry, properties: { ...props, label: t.label } }];
					// A line is labelled once, at its middle point (or the point on it the record names), by a point that draws no marker.
					const mid = f.labelAt ?? (f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)] as [number, number]);
					return [
						{ geometry: f.geometry, properties: props },
						{ geometry: { type: 'Point' as const, coordinates: mid }, properties: { ...props, label: t.label, labelOnly: true } }
					];
				})
		);
	},
	show(map, use, progress, env) {
		setData(map, SOURCE, crisesLayer.features!(use, progress, env.words));
		setVisible(map, [LINE, DOT, LABEL], true);
	},
	hide(map) {
		setVisible(map, [LINE, DOT, LABEL], false);
	}
};
