/**
 * "About this story": how the map and its data were made. Shown below the
 * story and on /about; plain text, escaped when rendered.
 */
import type { About } from '../src/lib/story/types';

export const about: About = {
	intro: 'How the map is drawn, how disputed figures are shown, and what the dates on it mean.',
	sections: [
		{
			id: 'lines',
			heading: 'What the lines mean',
			body: [
				'The airlift lines are great circles, the shortest path over the globe, between airfields that a source names. They are not flight tracks: no source gives the routes the aircraft flew. Where a source names departure and arrival airfields without saying which flew to which, each departure airfield is linked to each arrival airfield.',
				'Where no source names an airfield, as for the allied contingents’ journeys from their capitals to Almaty airport, the leg is schematic: it is marked so in the map key and in the text that describes each map.',
				'Each step’s map frames the region the step is about, and fits it into the part of the screen that nothing covers. On the maps that span the continent, places that lie close together, such as Almaty’s airport, the Zhetygen airbase and Tokmok, are labelled once; the close-up maps name each. On a phone’s small map, country names give way to the names of places.'
			]
		},
		{
			id: 'figures',
			heading: 'How disputed figures are shown',
			body: [
				'Where sources give different numbers (the size of the force, the death toll, the troops near Ukraine), each number is shown with its source and the date it was given, in a table beside the text. Numbers are never averaged or merged. Figures confirmed by a government are marked as official; the rest are marked as press reports.'
			]
		},
		{
			id: 'borders',
			heading: 'Where the borders come from',
			body: [
				'Country borders are from Natural Earth (public domain, 1:50 million scale), in the world-atlas edition, and show internationally recognised borders. Natural Earth draws Crimea as part of Russia, the line of control there; the map moves it back into Ukraine and hatches it as occupied by Russia since 2014. Nagorno-Karabakh is drawn inside Azerbaijan.',
				'The separatist-held parts of Donetsk and Luhansk regions, 2015 to February 2022, are an approximate area drawn by hand along the line of contact. It is not a surveyed boundary.'
			]
		},
		{
			id: 'dates',
			heading: 'What the dates mean',
			body: [
				'Some things are dated by the day a source first reported them, not the day they happened. A protest dot appears on the first day a source reports protests in that town; they may have begun earlier. A build-up site appears on the days satellite images or statements report forces there; troops may have arrived before they were seen.',
				'Counts are dated by the day they were given: a running count reported on 7 January is dated 7 January, not the day it started.'
			]
		},
		{
			id: 'sources',
			heading: 'How sources are cited',
			body: [
				'Every fact cites its original publication: publisher, headline as published, date and public address. A headline in another language is given as published, with an English translation. Where a source was read at an archive or on another site, a small “read at” link follows the original. Views are attributed to whoever holds them.'
			]
		}
	]
};
