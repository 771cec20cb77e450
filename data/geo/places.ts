/**
 * Every place a step labels or a record points at. Coordinates are
 * [longitude, latitude]. Confidence: H = city centre (±0.05°), M = facility or
 * town (±0.1°), L = approximate (could be 10–20 km off). `country` is the
 * internationally recognised state: Crimea and the Donbas are Ukraine;
 * Nagorno-Karabakh is Azerbaijan. One `capital` per country: the CSTO
 * membership layer puts its labels there.
 */
import type { Place } from '../../src/lib/map/records';

export const places: Place[] = [
	// ── Capitals ─────────────────────────────────────────────────────────
	{ id: 'moscow', name: 'Moscow', lngLat: [37.62, 55.76], country: 'RUS', kind: 'capital', confidence: 'H' },
	{ id: 'nur-sultan', labelSide: 'right', name: 'Nur-Sultan (Astana)', lngLat: [71.43, 51.17], country: 'KAZ', kind: 'capital', confidence: 'H' },
	{ id: 'minsk', name: 'Minsk', lngLat: [27.56, 53.9], country: 'BLR', kind: 'capital', confidence: 'H' },
	{ id: 'yerevan', name: 'Yerevan', lngLat: [44.51, 40.18], country: 'ARM', kind: 'capital', confidence: 'H' },
	{ id: 'bishkek', name: 'Bishkek', lngLat: [74.59, 42.87], country: 'KGZ', kind: 'capital', confidence: 'H' },
	{ id: 'dushanbe', labelSide: 'below', name: 'Dushanbe', lngLat: [68.79, 38.56], country: 'TJK', kind: 'capital', confidence: 'H' },
	{ id: 'tashkent', name: 'Tashkent', lngLat: [69.28, 41.31], country: 'UZB', kind: 'capital', confidence: 'H' },
	{ id: 'baku', name: 'Baku', lngLat: [49.87, 40.41], country: 'AZE', kind: 'capital', confidence: 'H' },
	{ id: 'tbilisi', name: 'Tbilisi', lngLat: [44.79, 41.72], country: 'GEO', kind: 'capital', confidence: 'H' },
	{ id: 'kyiv', labelSide: 'below', name: 'Kyiv', lngLat: [30.52, 50.45], country: 'UKR', kind: 'capital', confidence: 'H' },

	// ── Kazakhstan ───────────────────────────────────────────────────────
	{ id: 'almaty', labelSide: 'below', name: 'Almaty', lngLat: [76.95, 43.24], country: 'KAZ', kind: 'city', confidence: 'H' },
	{
		id: 'almaty-airport',
		labelSide: 'below',
		name: 'Almaty airport',
		lngLat: [77.04, 43.35],
		country: 'KAZ',
		kind: 'airfield',
		confidence: 'M',
		sources: ['kursiv-2022-01-11-january-5', 'gazeta-2022-01-07-twelve-aircraft', 'm24-2022-01-07-almaty-airport']
	},
	{
		id: 'zhetygen',
		labelSide: 'above',
		name: 'Zhetygen airbase',
		lngLat: [77.12, 43.73],
		country: 'KAZ',
		kind: 'airfield',
		confidence: 'M',
		sources: ['gazeta-2022-01-07-twelve-aircraft', 'sputnik-kz-2022-01-14-belarusians-leave']
	},
	{ id: 'zhanaozen', name: 'Zhanaozen', lngLat: [52.86, 43.34], country: 'KAZ', kind: 'city', confidence: 'M' },
	{ id: 'aktau', name: 'Aktau', lngLat: [51.16, 43.65], country: 'KAZ', kind: 'city', confidence: 'H' },
	{ id: 'atyrau', name: 'Atyrau', lngLat: [51.92, 47.11], country: 'KAZ', kind: 'city', confidence: 'H' },
	{ id: 'aktobe', name: 'Aktobe', lngLat: [57.17, 50.28], country: 'KAZ', kind: 'city', confidence: 'H' },
	{ id: 'uralsk', name: 'Uralsk', lngLat: [51.37, 51.23], country: 'KAZ', kind: 'city', confidence: 'H' },
	{ id: 'shymkent', name: 'Shymkent', lngLat: [69.6, 42.32], country: 'KAZ', kind: 'city', confidence: 'H' },
	{ id: 'taraz', name: 'Taraz', lngLat: [71.37, 42.9], country: 'KAZ', kind: 'city', confidence: 'M' },
	{ id: 'kyzylorda', name: 'Kyzylorda', lngLat: [65.51, 44.85], country: 'KAZ', kind: 'city', confidence: 'M' },
	{ id: 'karaganda', labelSide: 'below', name: 'Karaganda', lngLat: [73.1, 49.8], country: 'KAZ', kind: 'city', confidence: 'H' },

	// ── Kyrgyzstan: the Kyrgyz contingent's airfield and home base ───────
	{
		id: 'kant',
		labelSide: 'above',
		name: 'Kant airbase',
		lngLat: [74.85, 42.85],
		country: 'KGZ',
		kind: 'airfield',
		confidence: 'M',
		sources: ['todaykg-2022-01-kyrgyz-kant', 'akipress-2022-01-13-kyrgyz-return']
	},
	{
		id: 'tokmok',
		labelSide: 'below',
		name: 'Tokmok',
		lngLat: [75.29, 42.84],
		country: 'KGZ',
		kind: 'city',
		confidence: 'M',
		sources: ['akipress-2022-01-13-kyrgyz-return']
	},

	// ── Russia: the airlift and the summit ───────────────────────────────
	{
		id: 'chkalovsky',
		labelSide: 'below',
		name: 'Chkalovsky airbase',
		lngLat: [38.06, 55.88],
		country: 'RUS',
		kind: 'airfield',
		confidence: 'M',
		sources: ['defence-blog-2022-01-07', 'gazeta-2022-01-07-twelve-aircraft']
	},
	{
		id: 'ivanovo-severny',
		labelSide: 'above',
		name: 'Ivanovo-Severny airbase',
		lngLat: [40.98, 57.06],
		country: 'RUS',
		kind: 'airfield',
		confidence: 'M',
		sources: ['defence-blog-2022-01-07', 'interfax-2022-01-13-first-return']
	},
	{
		id: 'ulyanovsk-vostochny',
		name: 'Ulyanovsk-Vostochny airport',
		lngLat: [48.8, 54.4],
		country: 'RUS',
		kind: 'airfield',
		confidence: 'M',
		sources: ['defence-blog-2022-01-07', 'interfax-2022-01-18-ulyanovsk']
	},
	{
		id: 'novo-ogaryovo',
		name: 'Novo-Ogaryovo residence',
		lngLat: [37.16, 55.74],
		country: 'RUS',
		kind: 'venue',
		confidence: 'L',
		sources: ['004_1fdcc4a3134de60e.txt']
	},
	{ id: 'rostov-on-don', labelSide: 'right', name: 'Rostov-on-Don', lngLat: [39.71, 47.24], country: 'RUS', kind: 'city', confidence: 'H' },

	// ── Ukraine ──────────────────────────────────────────────────────────
	{ id: 'simferopol', name: 'Simferopol', lngLat: [34.1, 44.95], country: 'UKR', kind: 'city', confidence: 'H' },
	{ id: 'sevastopol', name: 'Sevastopol', lngLat: [33.53, 44.62], country: 'UKR', kind: 'city', confidence: 'H' },
	{ id: 'donetsk', name: 'Donetsk', lngLat: [37.8, 48.02], country: 'UKR', kind: 'city', confidence: 'H' },
	{ id: 'luhansk', name: 'Luhansk', lngLat: [39.31, 48.57], country: 'UKR', kind: 'city', confidence: 'H' },

	// ── Nagorno-Karabakh and the Lachin corridor ─────────────────────────
	{ id: 'stepanakert', name: 'Stepanakert (Khankendi)', lngLat: [46.75, 39.82], country: 'AZE', kind: 'city', confidence: 'M' },
	{ id: 'shusha', name: 'Shusha', lngLat: [46.75, 39.76], country: 'AZE', kind: 'city', confidence: 'M' },
	{ id: 'lachin', name: 'Lachin', lngLat: [46.55, 39.64], country: 'AZE', kind: 'city', confidence: 'M' },
	{
		id: 'khojaly',
		name: 'Khojaly',
		lngLat: [46.79, 39.91],
		country: 'AZE',
		kind: 'military',
		confidence: 'M',
		sources: ['reuters-2024-05-15-khojaly-base']
	},
	{ id: 'goris', name: 'Goris', lngLat: [46.34, 39.51], country: 'ARM', kind: 'city', confidence: 'M' },

	// ── The diplomacy week ───────────────────────────────────────────────
	{ id: 'geneva', name: 'Geneva', lngLat: [6.14, 46.2], country: 'CHE', kind: 'venue', confidence: 'H' },
	{ id: 'brussels', name: 'Brussels', lngLat: [4.35, 50.85], country: 'BEL', kind: 'venue', confidence: 'H' },
	{ id: 'vienna', name: 'Vienna', lngLat: [16.37, 48.21], country: 'AUT', kind: 'venue', confidence: 'H' }
];
