/**
 * The CSTO's membership as figure rows, for the table behind the membership
 * chart: one row per state, from the same records (data/geo/csto.ts) the chart
 * and the membership map layer draw. Free of d3, so the page can build the
 * table without loading the chart code.
 */
import type { Figure } from '../story/types';
import { cstoStates } from '../../../data/geo/csto';
import type { CstoState } from '../map/records';
import { chartWords, type ChartWords } from './words';

/** The treaty's years (1992–2001), the CSTO's (from 2002), and the years after a state left. */
export type MembershipStatus = 'treaty' | 'member' | 'former';

/** The year the treaty became the CSTO. */
export const CSTO_FOUNDED = 2002;
/** The chart runs to the end of this year. */
export const MEMBERSHIP_LAST_YEAR = 2024;

/** Years of one status: the first, and the year after the last (a span [1992, 1999] covers 1992–1998). */
export interface YearSpan {
	status: MembershipStatus;
	from: number;
	to: number;
}

/** A state's years, split where the treaty became the CSTO, with the gaps after it left. */
export function membershipSpans(state: CstoState, last = MEMBERSHIP_LAST_YEAR + 1): YearSpan[] {
	const spans: YearSpan[] = [];
	const periods = [...state.periods].sort((a, b) => a[0] - b[0]);
	periods.forEach(([a, b], i) => {
		const end = b ?? last;
		if (a < CSTO_FOUNDED) spans.push({ status: 'treaty', from: a, to: Math.min(end, CSTO_FOUNDED) });
		if (end > CSTO_FOUNDED) spans.push({ status: 'member', from: Math.max(a, CSTO_FOUNDED), to: end });
		if (b !== null) spans.push({ status: 'former', from: b, to: periods[i + 1]?.[0] ?? last });
	});
	return spans;
}

/** A state's years in words, for the table and the summary: "treaty party 1992–2001; CSTO member 2002–2024" (in the language of `words`). */
export function membershipWords(state: CstoState, words: ChartWords = {}): string {
	const { t } = chartWords(words);
	return membershipSpans(state)
		.map((s) => {
			const years = s.to - 1 > s.from ? `${s.from}–${s.to - 1}` : `${s.from}`;
			if (s.status === 'former') return t('chart.membership.left', { year: String(s.from) });
			return t(s.status === 'treaty' ? 'chart.membership.treaty' : 'chart.membership.member', { years });
		})
		.join('; ');
}

const capitalise = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

/** One figure row per state (in the language of `words`: the states' names and notes from the map's words). */
export function membershipFigures(states: readonly CstoState[] = cstoStates, words: ChartWords = {}): Figure[] {
	const w = chartWords(words);
	return states.map((s) => {
		const note = w.stateNote(s);
		return {
			label: w.stateName(s),
			value: capitalise(membershipWords(s, words)),
			sources: s.sources,
			...(note ? { caveat: note } : {})
		};
	});
}
