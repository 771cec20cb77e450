/**
 * Russian forces reported near Ukraine, autumn 2021 – January 2022, and the
 * dated estimates of how many troops were there.
 *
 * Sites come from satellite images (Maxar, as published by Politico,
 * RFE/RL, BuzzFeed News and Military Times) and from defence analysts. Boguchar
 * is left out: it is a known garrison, but no source puts it in this build-up.
 * Persianovsky is left out too: it is often named, but no report found names
 * it as a build-up site. Sites no source confirms may still be recorded with
 * `confirmed: false`; the layer draws them hollow, and only when a step asks.
 */
import type { BuildupSite, SourcedCount } from '../../src/lib/map/records';

export const buildupSites: BuildupSite[] = [
	{
		id: 'yelnya',
		labelSide: 'above-left',
		name: 'Yelnya',
		lngLat: [33.18, 54.58],
		dates: ['2021-11-01', '2021-11-09', '2022-01-19'],
		size: 3,
		strength: 'Tanks, armour and self-propelled artillery, incl. 1st Guards Tank Army elements (1 Nov 2021); 41st Combined Arms Army elements with hundreds of tanks (9 Nov)',
		confirmed: true,
		confidence: 'M',
		sources: ['pravda-2021-11-02-maxar', 'militarytimes-2022-01-20-maxar']
	},
	{
		id: 'bryansk',
		labelSide: 'above-right',
		name: 'Bryansk area',
		lngLat: [34.37, 53.24],
		dates: ['2021-11-01'],
		size: 2,
		strength: '4th Tank Division equipment moved to the area (Jane\'s)',
		confirmed: true,
		confidence: 'M',
		sources: ['pravda-2021-11-02-maxar']
	},
	{
		id: 'kursk',
		labelSide: 'above-right',
		name: 'Kursk area',
		lngLat: [36.19, 51.73],
		dates: ['2021-11-01'],
		size: 2,
		strength: '4th Tank Division equipment moved to the area (Jane\'s)',
		confirmed: true,
		confidence: 'M',
		sources: ['pravda-2021-11-02-maxar']
	},
	{
		id: 'klintsy',
		labelSide: 'above-left',
		name: 'Klintsy',
		lngLat: [32.24, 52.76],
		dates: ['2021-12-25'],
		size: 2,
		strength: 'Deployment imaged about 18 miles from the border',
		confirmed: true,
		confidence: 'M',
		sources: ['militarytimes-2022-01-20-maxar']
	},
	{
		id: 'klimovo',
		labelSide: 'left',
		name: 'Klimovo',
		lngLat: [32.19, 52.38],
		dates: ['2022-01-19'],
		size: 1,
		strength: 'Deployment imaged about 8 miles from the border',
		confirmed: true,
		confidence: 'M',
		sources: ['militarytimes-2022-01-20-maxar']
	},
	{
		id: 'soloti',
		labelSide: 'below-right',
		name: 'Soloti (near Valuyki)',
		lngLat: [38.05, 50.2],
		dates: ['2021-09-07', '2021-12-05'],
		size: 3,
		strength: '3rd Motor Rifle Division garrison; a large increase in forces between 7 Sep and 5 Dec 2021',
		confirmed: true,
		confidence: 'L',
		sources: ['buzzfeed-2021-12-soloti']
	},
	{
		id: 'pogonovo',
		labelSide: 'right',
		name: 'Pogonovo',
		lngLat: [39.15, 51.55],
		dates: ['2021-11-26', '2022-01-19'],
		size: 2,
		strength: 'Battle-group training area south of Voronezh',
		confirmed: true,
		confidence: 'L',
		sources: ['rferl-2021-12-07-maxar', 'militarytimes-2022-01-20-maxar']
	},
	{
		id: 'novoozerne',
		labelSide: 'right',
		name: 'Novoozerne (Crimea)',
		lngLat: [33.11, 45.38],
		dates: ['2021-10-18'],
		size: 1,
		strength: 'Deployment imaged in occupied Crimea',
		confirmed: true,
		confidence: 'M',
		sources: ['rferl-2021-12-07-maxar']
	}
];

/**
 * How many Russian troops were near Ukraine, as a dated progression. The
 * estimates come from different parties and count different things; they are
 * never merged into one figure.
 */
export const troopEstimates: SourcedCount[] = [
	{
		label: "Ukraine's Defence Ministry",
		value: 'about 90,000',
		date: 'November 2021',
		sources: ['aljazeera-2021-11-03-kyiv-90000']
	},
	{
		label: "Ukraine's Defence Minister",
		value: '94,300',
		date: '3 December 2021',
		sources: ['ap-2021-12-03-reznikov-94300'],
		caveat: 'Near Ukraine and in Crimea'
	},
	{
		label: 'US intelligence, near the border',
		value: 'about 70,000',
		date: '3 December 2021',
		sources: ['washingtonpost-2021-12-03-us-intelligence']
	},
	{
		label: 'US intelligence, planned force',
		value: 'up to about 175,000',
		date: '3 December 2021',
		sources: ['washingtonpost-2021-12-03-us-intelligence'],
		caveat: 'A projection of a possible offensive "as soon as early 2022", not troops in place'
	},
	{
		label: "Ukraine's Security Council secretary",
		value: 'nearly 122,000',
		date: '22 December 2021',
		sources: ['kyivindependent-2021-12-22-danilov'],
		caveat: 'Within 200 km of the border; 143,500 within 400 km'
	},
	{
		label: 'Returning to base after drills (Russian statement)',
		value: 'more than 10,000',
		date: '25 December 2021',
		sources: ['reuters-interfax-2021-12-25', '003_eea78401d5d2a198.txt'],
		caveat: 'Russia’s statement; most forces near the border stayed'
	},
	{
		label: 'The Conversation (analysis)',
		value: 'nearly 100,000',
		date: 'About 7–9 January 2022',
		sources: ['003_eea78401d5d2a198.txt']
	},
	{
		label: 'RFE/RL',
		value: 'some 100,000 combat-ready troops',
		date: 'About 10 January 2022',
		sources: ['004_1fdcc4a3134de60e.txt']
	}
];
