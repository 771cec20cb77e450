/**
 * Where protests and violence were reported in Kazakhstan, by the first day a
 * source reports them, and (apart from them) the sites security forces were
 * reported to have taken back. Taldykorgan is left out: no source found dates
 * events there.
 */
import type { SecuredRecord, UnrestRecord } from '../../src/lib/map/records';

const SPREAD = ['tass-2022-01-05', 'interfax-2022-01-06-state-of-emergency'];

export const unrest: UnrestRecord[] = [
	// 2 January: the start, in Mangystau region on the Caspian
	{ id: 'zhanaozen-0102', place: 'zhanaozen', date: '2022-01-02', what: 'Protests begin over the fuel price', sources: ['tass-2022-01-05', '002_11bd9eef223746f1.txt'] },
	{ id: 'aktau-0102', place: 'aktau', date: '2022-01-02', what: 'Mass rallies over the fuel price', sources: ['tass-2022-01-05', '001_702f0e2e004c6f4a.txt'] },

	// 4 January: the protests spread across the country
	{ id: 'atyrau-0104', place: 'atyrau', date: '2022-01-04', what: 'Rallies', sources: SPREAD },
	{ id: 'aktobe-0104', place: 'aktobe', date: '2022-01-04', what: 'Rallies', sources: SPREAD },
	{ id: 'uralsk-0104', place: 'uralsk', date: '2022-01-04', what: 'Rallies', sources: SPREAD },
	{ id: 'taraz-0104', place: 'taraz', date: '2022-01-04', what: 'Rallies', sources: SPREAD },
	{ id: 'shymkent-0104', place: 'shymkent', date: '2022-01-04', what: 'Rallies', sources: SPREAD },
	{ id: 'kyzylorda-0104', place: 'kyzylorda', date: '2022-01-04', what: 'Rallies', sources: SPREAD },
	{ id: 'karaganda-0104', place: 'karaganda', date: '2022-01-04', what: 'Rallies', sources: SPREAD },
	{ id: 'nur-sultan-0104', place: 'nur-sultan', date: '2022-01-04', what: 'Rallies in the capital', sources: SPREAD },
	{ id: 'almaty-0104', place: 'almaty', date: '2022-01-04', what: 'Clashes in the streets', sources: [...SPREAD, 'interfax-ukraine-2022-01-05', 'sputnik-urdupoint-2022-01-05-aktau-almaty'] },

	// 5 January: Almaty
	{
		id: 'almaty-0105',
		place: 'almaty',
		date: '2022-01-05',
		what: 'City hall and presidential residence set on fire',
		sources: ['interfax-ukraine-2022-01-05', 'tass-2022-01-05', 'kursiv-2022-01-11-january-5', '002_11bd9eef223746f1.txt']
	},
	{ id: 'almaty-airport-0105', place: 'almaty-airport', date: '2022-01-05', what: 'Airport seized', sources: ['kursiv-2022-01-11-january-5'] }
];

/**
 * Sites security forces took back. Not protests: the unrest layer draws them
 * with their own marker and key entry, in place of the place's protest marker.
 */
export const securedSites: SecuredRecord[] = [
	// 7 January: the airport retaken (Russia's Defence Ministry, a party's claim)
	{
		id: 'almaty-airport-0107',
		place: 'almaty-airport',
		date: '2022-01-07',
		what: 'under full control of Russian peacekeepers and Kazakh police, according to Russia’s Defence Ministry',
		sources: ['m24-2022-01-07-almaty-airport']
	}
];
