/**
 * The map's colours as roles, defined once for the light and the dark theme.
 * A colour means one thing for the whole story: every layer, the key, the
 * pictures, print, presentation and embeds paint from here.
 *
 * Chosen so that roles shown together stay apart for readers with protanopia
 * and deuteranopia as well as normal vision (tests/unit/palette.test.ts checks
 * the CIEDE2000 difference under simulation), and so that marks keep 3:1
 * contrast against the land they sit on. Russian forces (red, dark) and
 * protests (purple) differ in hue and in the blue–yellow axis that red–green
 * colour-blind readers keep.
 */
export interface Roles {
	/** Land: every country without a role of its own. */
	land: string;
	sea: string;
	/** Land borders, a hairline. */
	border: string;
	/** Coastlines, distinct from land borders. */
	coastline: string;
	/** Russia, the state: a fill painted on every step. */
	russia: string;
	/** Russian forces: marks, routes, rings. */
	forces: string;
	/** The country where the step's events happen: a fill. */
	event: string;
	/** Russia's allies (treaty parties, CSTO members): a fill. */
	alliesFill: string;
	/** Allied forces: marks and routes. */
	allies: string;
	/** Former treaty parties or CSTO members: a fill. */
	former: string;
	/** Protests, in Kazakhstan, Belarus or anywhere. */
	protest: string;
	/** Territory under occupation: hatch and outline. */
	occupied: string;
	/** "Look here" rings, requests and measurements. */
	attention: string;
	/** Venues of talks. */
	venue: string;
	/** Sites no source confirms. */
	unconfirmed: string;
}

/** Text on the map: not roles, but painted from here too. */
export interface Inks {
	label: string;
	halo: string;
	/** The white edge that lifts a mark off any fill (the key draws it too). */
	edge: string;
	/** Names on the map, each kind in its own ink: countries, seas, regions. */
	countryName: string;
	seaName: string;
	regionName: string;
}

export const roles: Record<'light' | 'dark', Roles> = {
	light: {
		land: '#f4f1ea',
		sea: '#c3d6e0',
		border: '#8d8577',
		coastline: '#5f8399',
		russia: '#f1b9a9',
		forces: '#b2182b',
		event: '#f6d365',
		alliesFill: '#98a8f0',
		allies: '#1d4f91',
		former: '#98a0a0',
		protest: '#8a2d8f',
		occupied: '#605878',
		attention: '#1d1d1d',
		venue: '#0b7a4a',
		unconfirmed: '#6b6b6b'
	},
	dark: {
		land: '#3a3d42',
		sea: '#121c26',
		border: '#8a857c',
		coastline: '#7b9bb0',
		russia: '#6b3a33',
		forces: '#ff7d6e',
		event: '#784800',
		alliesFill: '#2b4d73',
		allies: '#7fb6ff',
		former: '#606060',
		protest: '#e29cf0',
		occupied: '#c8c0e0',
		attention: '#f2f2f2',
		venue: '#48d8a0',
		unconfirmed: '#b0b0b0'
	}
};

export const inks: Record<'light' | 'dark', Inks> = {
	light: { label: '#1d1d1d', halo: 'rgba(255,255,255,0.92)', edge: '#ffffff', countryName: '#6b655c', seaName: '#4f7189', regionName: '#7a6a55' },
	dark: { label: '#f2f2f2', halo: 'rgba(0,0,0,0.85)', edge: '#ffffff', countryName: '#a39d93', seaName: '#86a6be', regionName: '#b8a88f' }
};

export type ThemeName = keyof typeof roles;
export type Role = keyof Roles;

/** The roles a fill can take (the highlight layer's `role`). */
export const FILL_ROLES = ['event', 'alliesFill', 'former'] as const;
export type FillRole = (typeof FILL_ROLES)[number];

/**
 * The light theme's roles as plain names, for the key (drawn on light paper in
 * every theme) and for code that has no theme.
 */
export const palette = { ...roles.light, ...inks.light } as const;

/** Every colour the map may paint in a theme: its roles and inks. */
export function colours(theme: ThemeName): string[] {
	return [...Object.values(roles[theme]), ...Object.values(inks[theme])];
}

/** The basemap's colours per theme (the embed's dark sea is checked against this). */
export const themes = {
	light: { sea: roles.light.sea, land: roles.light.land, border: roles.light.border, landBorder: roles.light.border, coastline: roles.light.coastline, coast: roles.light.coastline, russia: roles.light.russia, ...inks.light },
	dark: { sea: roles.dark.sea, land: roles.dark.land, border: roles.dark.border, landBorder: roles.dark.border, coastline: roles.dark.coastline, coast: roles.dark.coastline, russia: roles.dark.russia, ...inks.dark }
} as const;
