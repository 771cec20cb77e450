/**
 * Fills the countries a step is about in one role's colour: by default the
 * country where the events happen; a step may name another fill role (allies,
 * former members), so a colour keeps one meaning across the story.
 */
import { checkKnownKeys, checkOneOf, type Problem } from '../../story/checks';
import { palette, roles, type FillRole, type ThemeName } from '../palette';
import { SYMBOLS } from '../symbols';
import type { HighlightUse } from './settings';
import type { LayerModule } from './types';
import { setFilter, setPaint, setVisible, wordsOr } from './util';

const FILL = 'highlight-fill';
const ISO3 = /^[A-Z]{3}$/;

/** The roles a step may give the highlight, by the name a story uses. */
export const HIGHLIGHT_ROLES: Record<NonNullable<HighlightUse['role']>, FillRole> = { event: 'event', allies: 'alliesFill', former: 'former' };

/** The palette role a highlight paints. */
export const highlightRole = (use: Pick<HighlightUse, 'role'>): FillRole => HIGHLIGHT_ROLES[use.role ?? 'event'];

let theme: ThemeName = 'light';

export const highlightLayer: LayerModule<HighlightUse> = {
	name: 'highlight',
	styleLayers: [FILL],
	check(use) {
		const problems: Problem[] = checkKnownKeys(use, '', ['layer', 'countries', 'role']);
		if (use.role !== undefined) problems.push(...checkOneOf(use.role, 'role', Object.keys(HIGHLIGHT_ROLES)));
		if (!Array.isArray(use.countries) || use.countries.length === 0)
			return [...problems, { path: 'countries', message: 'expected a list of ISO 3166-1 alpha-3 codes' }];
		use.countries.forEach((c, i) => {
			if (typeof c !== 'string' || !ISO3.test(c)) problems.push({ path: `countries[${i}]`, message: `${JSON.stringify(c)} is not an ISO 3166-1 alpha-3 code` });
			// Russia has its own fill on every step: a highlight would give it a second colour.
			else if (c === 'RUS') problems.push({ path: `countries[${i}]`, message: 'Russia is filled in its own colour on every step; leave it out of the highlight' });
		});
		return problems;
	},
	legend(use, _progress, words) {
		const role = highlightRole(use);
		const label = wordsOr(words).phrase(`layer.highlight.${role as 'event' | 'alliesFill' | 'former'}`);
		return [{ swatch: 'fill', color: palette[role], label }];
	},
	mount(map, env) {
		theme = env.theme;
		map.addLayer(
			{
				id: FILL,
				type: 'fill',
				source: 'countries',
				layout: { visibility: 'none' },
				filter: ['in', ['get', 'iso3'], ['literal', []]],
				paint: { 'fill-color': roles[theme].event, 'fill-opacity': SYMBOLS.fill.opacity }
			},
			'country-borders'
		);
	},
	show(map, use) {
		setFilter(map, FILL, ['in', ['get', 'iso3'], ['literal', use.countries]]);
		setPaint(map, FILL, 'fill-color', roles[theme][highlightRole(use)]);
		setVisible(map, [FILL], true);
	},
	hide(map) {
		setVisible(map, [FILL], false);
	}
};
