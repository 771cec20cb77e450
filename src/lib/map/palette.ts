/**
 * Colours of the map, from the Okabe–Ito set so that readers with the common
 * colour-vision deficiencies can still tell the roles apart, darkened where a
 * colour sits on the light land fill and must keep 3:1 contrast.
 */
export const palette = {
	russia: '#c0392b',
	russiaFill: '#f3c6b8',
	allies: '#0072b2',
	alliesFill: '#bcd9ee',
	protest: '#b35c00',
	former: '#8e5a86',
	formerFill: '#e6d3e2',
	occupied: '#5b2a1a',
	highlight: '#f2df9a',
	unconfirmed: '#6b6b6b',
	venue: '#0072b2',
	arc: '#333333',
	label: '#1d1d1d',
	halo: '#ffffff'
} as const;

export const themes = {
	light: {
		sea: '#d7e3ea',
		land: '#f4f1ea',
		otherLand: '#ebe7de',
		border: '#9d9587',
		label: '#1d1d1d',
		halo: 'rgba(255,255,255,0.92)',
		coast: '#7f98a8',
		landBorder: '#8a8276',
		countryName: '#6b655c',
		seaName: '#4f7189',
		regionName: '#7a6a55'
	},
	dark: {
		sea: '#16202a',
		land: '#2c2f33',
		otherLand: '#25282c',
		border: '#6f6a62',
		label: '#f2f2f2',
		halo: 'rgba(0,0,0,0.85)',
		coast: '#55708a',
		landBorder: '#857f75',
		countryName: '#a39d93',
		seaName: '#86a6be',
		regionName: '#b8a88f'
	}
} as const;

export type ThemeName = keyof typeof themes;
