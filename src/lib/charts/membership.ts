/**
 * The CSTO's membership as figure rows, for the table behind the membership
 * chart: one row per state, from the same records (data/geo/csto.ts) the chart
 * and the membership map layer draw.
 */
import type { Figure } from '../story/types';
import { cstoStates } from '../../../data/geo/csto';
import type { CstoState } from '../map/records';
import { membershipWords } from './layout';

const capitalise = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

export function membershipFigures(states: readonly CstoState[] = cstoStates): Figure[] {
	return states.map((s) => ({
		label: s.name,
		value: capitalise(membershipWords(s)),
		sources: s.sources,
		...(s.note ? { caveat: s.note } : {})
	}));
}
