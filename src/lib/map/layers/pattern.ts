/**
 * The opening map's argument in one picture: each crisis some analysts linked
 * to Kazakhstan, marked where it happened and labelled with its region and the
 * year it began (data/geo/pattern.ts).
 */
import { patternRecords } from '../../../../data/geo/pattern';
import { checkKnownKeys, type Problem } from '../../story/checks';
import { inks, palette, roles } from '../palette';
import { SYMBOLS } from '../symbols';
import { sourcesNote } from '../sourceNames';
import type { PatternUse } from './settings';
import type { LayerModule } from './types';
import { checkRecordSources, collection, ensureSource, FONT_BOLD, FONT_REGULAR, labelSides, setData, setVisible, wordsOr } from './util';
import { recordsIn } from '../recordsIn';

const SOURCE = 'pattern';
const RING = 'pattern-ring';
const LABEL = 'pattern-label';
const ids = new Set(patternRecords.map((r) => r.id));

const shown = (use: PatternUse, records = patternRecords) => records.filter((r) => !use.show || use.show.includes(r.id));

export const patternLayer: LayerModule<PatternUse> = {
	name: 'pattern',
	styleLayers: [RING, LABEL],
	check(use) {
		const problems: Problem[] = checkKnownKeys(use, '', ['layer', 'show', 'context']);
		if (use.show !== undefined) {
			if (!Array.isArray(use.show)) problems.push({ path: 'show', message: 'expected a list of crisis ids from data/geo/pattern.ts' });
			else use.show.forEach((id, i) => {
				if (typeof id !== 'string' || !ids.has(id)) problems.push({ path: `show[${i}]`, message: `unknown crisis ${JSON.stringify(id)}; expected one of ${[...ids].join(', ')}` });
			});
		}
		return problems;
	},
	checkRecords(ctx) {
		return checkRecordSources(patternRecords, 'records', ctx.sources);
	},
	legend(use, _progress, words) {
		const w = wordsOr(words);
		const recs = shown(use);
		return [
			{
				swatch: 'attention',
				color: palette.attention,
				label: w.phrase('layer.pattern.label'),
				short: w.phrase('layer.pattern.short'),
				note: sourcesNote([...new Set(recs.flatMap((r) => r.sources))])
			}
		];
	},
	features(use, _progress, words) {
		return collection(
			shown(use, recordsIn(wordsOr(words)).patternRecords).map((r) => ({ geometry: { type: 'Point' as const, coordinates: r.lngLat }, properties: { id: r.id, name: r.name, when: r.when, labelSide: r.labelSide ?? '' } }))
		);
	},
	mount(map, env) {
		ensureSource(map, SOURCE);
		map.addLayer({
			id: RING,
			type: 'circle',
			source: SOURCE,
			layout: { visibility: 'none' },
			// "Look here": the attention role's open ring, not Russia's colours.
			paint: { 'circle-radius': SYMBOLS.attention.radius, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': roles[env.theme].attention, 'circle-stroke-width': SYMBOLS.attention.width }
		});
		map.addLayer({
			id: LABEL,
			type: 'symbol',
			source: SOURCE,
			layout: {
				visibility: 'none',
				'text-field': ['format', ['get', 'name'], { 'text-font': ['literal', FONT_REGULAR] }, '\n', {}, ['get', 'when'], { 'text-font': ['literal', FONT_BOLD] }] as never,
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, 12, 5, 14] as never,
				'text-variable-anchor-offset': labelSides(1.1, ['below', 'above', 'right', 'left']) as never,
				'text-justify': 'auto',
				'text-max-width': 10,
				// The argument's labels win over every other name on the map.
				'symbol-sort-key': 0
			},
			paint: { 'text-color': inks[env.theme].label, 'text-halo-color': inks[env.theme].halo, 'text-halo-width': 1.8 }
		});
	},
	show(map, use, _progress, env) {
		setData(map, SOURCE, this.features!(use, 1, env.words));
		setVisible(map, [RING, LABEL], true);
	},
	hide(map) {
		setVisible(map, [RING, LABEL], false);
	}
};
