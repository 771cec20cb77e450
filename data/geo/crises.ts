/**
 * The two 2020 crises in Russia's neighbourhood: the end of the Nagorno-
 * Karabakh war (Russian peacekeepers from November 2020) and the Belarus
 * protests after the disputed election of 9 August 2020. Coordinates are
 * [longitude, latitude].
 */
import type { CrisisFeature } from '../../src/lib/map/records';

const PEACEKEEPERS = ['mfa-russia-2020-11-10-statement', '001_702f0e2e004c6f4a.txt'];

export const crisisFeatures: CrisisFeature[] = [
	// ── Nagorno-Karabakh ─────────────────────────────────────────────────
	{
		id: 'lachin-corridor',
		labelSide: 'right',
		crisis: 'karabakh',
		label: 'Lachin corridor (Russian peacekeepers)',
		geometry: {
			type: 'LineString',
			coordinates: [
				[46.34, 39.51], // Goris
				[46.55, 39.64], // Lachin
				[46.75, 39.82] // Stepanakert
			]
		},
		// Beside the Goris–Lachin stretch, below Shusha's label and above Goris's (at Lachin it meets both on a phone).
		labelAt: [46.445, 39.575],
		date: 'from November 2020',
		sources: PEACEKEEPERS
	},
	{
		id: 'goris-entry',
		labelSide: 'below',
		crisis: 'karabakh',
		label: 'Goris: peacekeepers enter',
		geometry: { type: 'Point', coordinates: [46.34, 39.51] },
		date: 'November 2020',
		sources: ['storyful-2020-11-goris']
	},
	{
		id: 'stepanakert-peacekeepers',
		labelSide: 'left',
		crisis: 'karabakh',
		label: "Stepanakert: peacekeepers' base area",
		geometry: { type: 'Point', coordinates: [46.75, 39.82] },
		date: 'from November 2020',
		sources: ['uawire-2020-11-stepanakert-hq', ...PEACEKEEPERS]
	},
	{
		id: 'khojaly-base',
		labelSide: 'above',
		crisis: 'karabakh',
		label: "Khojaly: peacekeepers' main base",
		geometry: { type: 'Point', coordinates: [46.79, 39.91] },
		date: 'later; closed in 2024',
		sources: ['reuters-2024-05-15-khojaly-base', 'kyivindependent-2024-06-karabakh-withdrawal']
	},
	{
		id: 'shusha-taken',
		// East of the town, in two lines: the Lachin corridor's line passes just west of it to Stepanakert,
		// and one line would run off a phone's map.
		labelSide: 'right',
		labelWidth: 9,
		crisis: 'karabakh',
		label: 'Shusha: taken by Azerbaijan',
		geometry: { type: 'Point', coordinates: [46.75, 39.76] },
		date: 'days before the 10 November 2020 ceasefire',
		sources: ['ap-2020-11-10-shusha']
	},

	// ── Belarus ──────────────────────────────────────────────────────────
	{
		id: 'minsk-protests',
		labelSide: 'right',
		crisis: 'belarus',
		label: 'Minsk: mass protests after the disputed election',
		geometry: { type: 'Point', coordinates: [27.56, 53.9] },
		date: '9 August 2020 onwards (campaign protests from May 2020)',
		sources: ['wikipedia-belarus-2020-election', '002_11bd9eef223746f1.txt', '001_702f0e2e004c6f4a.txt']
	}
];
