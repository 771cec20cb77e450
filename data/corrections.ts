/**
 * The corrections log, newest first: what the story or its map said, what it
 * says now and on what source, and which steps changed. Shown on /about.
 */
import type { Correction } from '../src/lib/story/types';

const FACT_CHECK = '2026-12-01';

export const corrections: Correction[] = [
	{
		date: '2026-12-03',
		steps: ['allies-join'],
		wrong: 'The map’s key for the allies who sent troops said “numbers on the map” before a list that began with Russia’s about 3,000; the map labels only the allies’ contingents.',
		right: 'The key now names Russia’s figure apart, as given in the text and not on the map, and says the allies’ numbers are on the map.'
	},
	{
		date: '2026-12-03',
		steps: ['allies-join'],
		wrong: 'The description of the map for readers who cannot see it said every contributor was labelled with its contingent, Russia’s about 3,000 among them; the map labels only the four allies’ contingents. On a phone’s small map, Tajikistan’s about 200 was not shown at all.',
		right: 'The description now says Russia’s figure is given in the text and the table, not on the map, and Tajikistan’s figure is placed where a phone’s map has room for it.'
	},
	{
		date: '2026-12-02',
		steps: [],
		wrong: 'The source list placed a Sputnik report, published by UrduPoint at 00:30 Pakistan time on 5 January, on the evening of 4 January in Almaty.',
		right: 'Almaty was then on UTC+6, an hour ahead of Pakistan; Kazakhstan moved to a single UTC+5 time zone only on 1 March 2024 (Interfax, 19 January 2024). The report went out at 01:30 on 5 January in Almaty, and the note now says so. What it supports, the clashes of 4 January, is unchanged.'
	},
	{
		date: FACT_CHECK,
		steps: [],
		wrong: 'The title and standfirst said in the story’s own voice that the intervention fits a pattern.',
		right: 'That is the analysts’ framing, and analysts are divided (RFE/RL): the title and standfirst now attribute it.'
	},
	{
		date: FACT_CHECK,
		steps: ['allies-join', 'return-flights'],
		wrong: 'The map drew the Kyrgyz contingent travelling into Kazakhstan by road, from Bishkek to Almaty, and the text describing the map said so.',
		right: 'The Russian Defence Ministry (as reported by RIA Novosti) and AKIpress say the Kyrgyz unit was flown to Almaty on 7 January in Russian Il-76 aircraft from the Kant airbase. Only its return was by road, to Tokmok. The inbound leg is now a flight from Kant, and the return ends at Tokmok.'
	},
	{
		date: FACT_CHECK,
		steps: ['allies-join', 'force-size', 'csto-members'],
		wrong: 'The story said only Armenia’s contingent of 100 was confirmed officially, and marked Kyrgyzstan’s 150 as reported, not official.',
		right: 'Kyrgyzstan’s 150 was official too: President Sadyr Japarov signed a decree for 150 servicemen and 19 units of equipment, and parliament approved it (7 January). Armenia’s and Kyrgyzstan’s figures are official; Russia’s, Belarus’s and Tajikistan’s are press reports. Beside Belarus’s reported 500, the story now gives what its Defence Ministry said: a peacekeeping company of the 103rd Airborne Brigade (Belsat, 6 January).'
	},
	{
		date: FACT_CHECK,
		steps: ['almaty-burns', 'shoot-to-kill'],
		wrong: 'Russian troops and Kazakh police retaking Almaty airport on 7 January was drawn as a protest dot, under a key entry for protests, and the map descriptions spoke of a marker changing from seized to retaken that was not drawn.',
		right: 'The retaking is drawn as a secured site, with its own key entry, and the map descriptions say what is drawn.'
	},
	{
		date: FACT_CHECK,
		steps: ['return-flights'],
		wrong: 'The map dated the first Russian return flights 15 January.',
		right: 'They began on 13 January: the first paratroopers were flown back to Ivanovo-Severny that day, in four aircraft (Interfax, 13 January). The text already said so; the map and its description now agree.'
	},
	{
		date: FACT_CHECK,
		steps: ['airlift'],
		wrong: 'The story said 12 aircraft left Chkalovsky on 7 January alone, dated the inbound Russian legs 7 January, and dated “more than 108 flights” 13 January.',
		right: 'TASS’s 12 aircraft from Chkalovsky was a running count reported on 7 January, and a departure from Chkalovsky was filmed on 6 January: the legs are dated 6–7 January. “More than 108 flights” was said on 10 January (about 110 by 13 January).'
	},
	{
		date: FACT_CHECK,
		steps: ['csto-summit'],
		wrong: 'Antony Blinken’s “once Russians are in your house” followed the leaders’ statements of 10 January, as if it were a reply.',
		right: 'Blinken said it on 7 January, before the summit; the story now dates it.'
	},
	{
		date: FACT_CHECK,
		steps: ['a-continent-away'],
		wrong: 'The story presented Paul Stronski’s view as one side of a split between analysts, and did not say who he is.',
		right: 'Stronski, a senior fellow at the Carnegie Endowment for International Peace, also said the crisis “could be an off-ramp for the Kremlin” (RFE/RL); the split the article reports is between the two scenarios Marie Dumoulin of the European Council on Foreign Relations set out. The story now reports it as the article does.'
	},
	{
		date: FACT_CHECK,
		steps: ['almaty-burns'],
		wrong: 'The story said the New Statesman left open whether there had been an attempted coup.',
		right: 'The New Statesman wrote that evidence for it was mounting; the story says so. Tokayev’s taking over the Security Council and the Aktau gas-price promise now cite reports that say them.'
	},
	{
		date: FACT_CHECK,
		steps: ['death-toll'],
		wrong: 'That children were among the dead was cited to a source that does not say it.',
		right: 'It is attributed to Kazakhstan’s ombudswoman for children’s rights, who said three children were among those killed (The Independent, 10 January); the 15 January briefing spoke of armed bandits and civilians and is cited for that.'
	},
	{
		date: FACT_CHECK,
		steps: ['crimea-2014', 'karabakh-2020'],
		wrong: 'The story said in its own voice that “the first test came in 2014” and described the 2020 Azerbaijani offensive as a surprise.',
		right: 'Both are attributed to the writers who made them. The map description of Karabakh places it inside Azerbaijan, near the Armenian border.'
	},
	{
		date: FACT_CHECK,
		steps: ['border-buildup'],
		wrong: 'Persianovsky was drawn as a build-up site with a guessed date, on a source that only locates the village.',
		right: 'It is no longer drawn as a dated site without a report that names it there.'
	},
	{
		date: FACT_CHECK,
		steps: ['allies-join'],
		wrong: 'The lines from the allied capitals to Almaty airport were drawn like the sourced Russian legs.',
		right: 'No source gives those journeys (the allies are reported leaving from Almaty and Zhetygen, TASS, 13 January): the legs are marked schematic in the key and the map description.'
	},
	{
		date: FACT_CHECK,
		steps: ['csto-members'],
		wrong: 'The map key called the states of 1992 “CSTO members”.',
		right: 'The Collective Security Treaty was signed in 1992–93 and came into force on 20 April 1994; the CSTO was founded on it in 2002. The years before 2002 are labelled as treaty parties.'
	},
	{
		date: FACT_CHECK,
		steps: ['csto-request'],
		wrong: 'The story said the first Russian units landed in Almaty on 6 January; its source, Belarusian state television, reported the first plane of the CSTO contingent.',
		right: 'It now says what the source reported, and names it.'
	},
	{
		date: FACT_CHECK,
		steps: ['death-toll'],
		wrong: 'The story said the 164 figure appeared on 9 January and that the post was withdrawn; its source gives neither.',
		right: 'It now says what Belsat reported: the figure, credited to the Health Ministry, was refuted within the hour, and the Information Ministry called its publication a technical error.'
	},
	{
		date: FACT_CHECK,
		steps: ['return-flights'],
		wrong: 'The story said Tokayev gave the withdrawal “no more than ten” days, citing Kazinform, whose English text says “at least 10 days”.',
		right: 'Both reported wordings are shown, each with its source (Kazinform; Sputnik, carried by News.az).'
	},
	{
		date: FACT_CHECK,
		steps: ['troop-numbers'],
		wrong: 'The story said some of the drills Russia ended in late December were held far from Ukraine, and gave Kyiv’s estimates as 93,000 and 104,000 on a source that could not be found.',
		right: 'Reuters reported drills in regions near Ukraine (Crimea, Rostov, Kuban), and the story says so. Kyiv’s estimates are now those with public sources: 94,300 (Defence Minister Reznikov, 3 December, AP) and nearly 122,000 within 200 km of the border (Oleksiy Danilov, 22 December, the Kyiv Independent).'
	},
	{
		date: FACT_CHECK,
		steps: [],
		wrong: 'Several sources in the list had no address, a title made up for the list, or a publisher named by where they were read; one address pointed at a staging site.',
		right: 'Every source now gives its publisher, the headline as published (with a translation where it is not English) and its date, with the public address of the original where it could be found; where it was read elsewhere, a “read at” link follows. Sources with no public address at all were replaced by publications that report the same facts.'
	}
];
