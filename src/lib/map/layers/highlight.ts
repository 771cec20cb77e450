/** Tints the countries a step is about. */
import { checkKnownKeys, type Problem } from '../../story/checks';
import { palette } from '../palette';
import type { HighlightUse } from './settings';
import type { LayerModule } from './types';
import { setVisible } from './util';

const FILL = 'highlight-fill';
const ISO3 = /^[A-Z]{3}$/;

export const highlightLayer: LayerModule<HighlightUse> = {
	name: 'highlight',
	styleLayers: [FILL],
	check(use) {
		const problems: Problem[] = checkKnownKeys(use, '', ['layer', 'countries']);
		if (!Array.isArray(use.countries) || use.countries.length === 0)
			return [...problems, { path: 'countries', message: 'expected a list of ISO 3166-1 alpha-3 codes' }];
		use.countries.forEach((c, i) => {
			if (typeof c !== 'string' || !ISO3.test(c)) problems.push({ path: `countries[${i}]`, message: `${JSON.stringify(c)} is not an ISO 3166-1 alpha-3 code` });
		});
		return problems;
	},
	legend() {
		return [];
	},
	mount(map) {
		map.addLayer(
			{
				id: FILL,
				type: 'fill',
				source: 'countries',
				layout: { visibility: 'none' },
				filter: ['in', ['get', 'iso3'], ['literal', []]],
				paint: { 'fill-color': palette.highlight, 'fill-opacity': 0.85 }
			},
			'country-borders'
		);
	},
	show(map, use) {
		map.setFilter(FILL, ['in', ['get', 'iso3'], ['literal', use.countries]]);
		setVisible(map, [FILL], true);
	},
	hide(map) {
		setVisible(map, [FILL], false);
	}
};
