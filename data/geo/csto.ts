/**
 * Parties to the Collective Security Treaty (signed 1992–93, in force from
 * 20 April 1994) and members of the CSTO built on it (2002), and the
 * contingents sent in January 2022.
 *
 * The national contingents were given on 6–7 January 2022. Armenia's (100)
 * and Kyrgyzstan's (150) were official: Armenia's Defence Ministry, and
 * Kyrgyzstan's presidential decree and parliament. Russia's, Belarus's and
 * Tajikistan's were press reports; Belarus's Defence Ministry spoke only of a
 * peacekeeping company. Together the figures come to more than the announced
 * total of about 2,500, and more than the 2,000-plus counted afterwards: they
 * have not been reconciled, so each is shown with its source.
 */
import type { CstoState } from '../../src/lib/map/records';

const HISTORY = ['csto-treaty-history-2006', 'apostrophe-2022-01-06-csto'];
const UNRECONCILED = 'The national figures add up to more than the announced total of about 2,500';

export const cstoStates: CstoState[] = [
	{
		iso3: 'RUS',
		labelAt: [64, 56.8],
		name: 'Russia',
		periods: [[1992, null]],
		note: 'Leading member; the CSTO is headquartered in Moscow',
		contingent: {
			label: 'Russia',
			value: 'about 3,000 (reported)',
			date: '7 January 2022',
			sources: ['panorama-am-2022-01-07'],
			caveat: UNRECONCILED
		},
		sources: [...HISTORY, '003_eea78401d5d2a198.txt', '004_1fdcc4a3134de60e.txt']
	},
	{
		iso3: 'ARM',
		labelAt: [45.3, 39.6],
		name: 'Armenia',
		periods: [[1992, null]],
		note: 'Chaired the CSTO in January 2022. Froze its participation in February 2024, after the events told here',
		contingent: {
			label: 'Armenia',
			value: '100 (official)',
			date: '7 January 2022',
			sources: ['panorama-am-2022-01-07'],
			caveat: 'Confirmed by Armenia’s Defence Ministry'
		},
		sources: [...HISTORY, '004_1fdcc4a3134de60e.txt', 'sputnik-urdupoint-2022-01-06-csto-decision', 'france24-2024-02-armenia-csto']
	},
	{
		iso3: 'KAZ',
		labelAt: [67, 48.3],
		name: 'Kazakhstan',
		periods: [[1992, null]],
		note: 'Host of the January 2022 mission; sent no contingent',
		sources: [...HISTORY, '004_1fdcc4a3134de60e.txt']
	},
	{
		iso3: 'KGZ',
		labelAt: [77.8, 41.6],
		name: 'Kyrgyzstan',
		periods: [[1992, null]],
		contingent: {
			label: 'Kyrgyzstan',
			value: '150 (official)',
			date: '7 January 2022',
			sources: ['sputnik-urdupoint-2022-01-07-japarov-decree', 'armradio-2022-01-07-kyrgyz-150'],
			caveat: 'Kyrgyzstan: 150 servicemen and 19 units of equipment, by presidential decree with parliament’s approval'
		},
		sources: [...HISTORY, '004_1fdcc4a3134de60e.txt', 'tvr-2022-01-06']
	},
	{
		iso3: 'TJK',
		labelAt: [72.8, 39.3],
		// Under Dushanbe's name, as Belarus's and Armenia's numbers sit under Minsk and Yerevan: inside the
		// country, beside Kyrgyzstan's number, it finds no room in a projector's larger type. Set at the
		// capital itself, a type-sized offset keeps it just under the name at every zoom (a point further
		// south sat a line's gap below on a phone and three on a wide screen, in Afghanistan).
		contingentAt: [68.79, 38.56],
		contingentOffset: 3,
		name: 'Tajikistan',
		periods: [[1992, null]],
		contingent: {
			label: 'Tajikistan',
			value: 'about 200 (reported)',
			date: '7 January 2022',
			sources: ['panorama-am-2022-01-07'],
			caveat: UNRECONCILED
		},
		sources: [...HISTORY, '004_1fdcc4a3134de60e.txt', 'tvr-2022-01-06']
	},
	{
		iso3: 'BLR',
		labelAt: [29.6, 52.6],
		name: 'Belarus',
		periods: [[1993, null]],
		contingent: {
			label: 'Belarus',
			value: 'about 500 (reported)',
			date: '7 January 2022',
			sources: ['panorama-am-2022-01-07', 'belsat-2022-01-06-belarus-company'],
			caveat: 'Belarus’s Defence Ministry spoke of a peacekeeping company of the 103rd Airborne Brigade (6 January), without a number'
		},
		sources: [...HISTORY, '004_1fdcc4a3134de60e.txt', '003_eea78401d5d2a198.txt']
	},
	{
		iso3: 'UZB',
		labelAt: [63.5, 41.6],
		name: 'Uzbekistan',
		periods: [
			[1992, 1999],
			[2006, 2012]
		],
		note: 'Did not renew the treaty in 1999; rejoined in 2006; left again in 2012',
		sources: [...HISTORY, 'moscowtimes-2012-06-28']
	},
	{
		iso3: 'AZE',
		labelAt: [48.2, 40.3],
		name: 'Azerbaijan',
		periods: [[1993, 1999]],
		note: 'Did not renew the treaty in 1999',
		sources: HISTORY
	},
	{
		iso3: 'GEO',
		labelAt: [43.6, 42.3],
		name: 'Georgia',
		periods: [[1993, 1999]],
		note: 'Did not renew the treaty in 1999',
		sources: HISTORY
	}
];
