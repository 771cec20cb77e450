/**
 * The diplomacy week of January 2022: three meetings on Russia's demands for
 * security guarantees, scheduled in advance (announced by Russia's Foreign
 * Ministry on 30 December 2021).
 */
import type { Venue } from '../../src/lib/map/records';

export const venues: Venue[] = [
	{
		id: 'geneva-2022-01-10',
		place: 'geneva',
		date: '2022-01-10',
		event: 'US–Russia Strategic Stability Dialogue: Wendy Sherman and Sergei Ryabkov',
		sources: ['004_1fdcc4a3134de60e.txt', 'state-dept-2022-01-10-geneva']
	},
	{
		id: 'brussels-2022-01-12',
		place: 'brussels',
		date: '2022-01-12',
		event: 'NATO–Russia Council, the first in about two and a half years; Russia led by Alexander Grushko',
		sources: ['004_1fdcc4a3134de60e.txt', 'faz-2022-01-12-nato-russia-council']
	},
	{
		id: 'vienna-2022-01-13',
		place: 'vienna',
		date: '2022-01-13',
		event: 'OSCE Permanent Council (Organization for Security and Co-operation in Europe)',
		sources: ['004_1fdcc4a3134de60e.txt', 'sputnik-urdupoint-2021-12-30-zakharova']
	}
];
