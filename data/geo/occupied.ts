/**
 * What the occupied-territory layer says about each area. The shapes are in
 * static/geo/occupied.json (built by data/scripts/build-geo.mjs); this file
 * holds the words and the sources, so the legend can render without geodata.
 */
export interface OccupiedArea {
	id: 'crimea' | 'donbas';
	label: string;
	/** The label in a few words, for the key on the map. */
	short: string;
	note?: string;
	sources: string[];
}

export const occupiedAreas: OccupiedArea[] = [
	{
		id: 'crimea',
		short: 'Crimea: annexed by Russia, 2014',
		label: 'Crimea: occupied and annexed by Russia in 2014; internationally recognised as Ukraine',
		sources: ['004_1fdcc4a3134de60e.txt', '001_702f0e2e004c6f4a.txt']
	},
	{
		id: 'donbas',
		short: 'Held by Russian-backed forces (approximate)',
		label: 'Parts of Donetsk and Luhansk held by Russian-backed forces, 2014 – February 2022',
		note: 'Approximate extent, drawn from the line of contact',
		sources: ['004_1fdcc4a3134de60e.txt', '003_eea78401d5d2a198.txt']
	}
];
