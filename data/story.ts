/**
 * The story: Russia's January 2022 intervention in Kazakhstan, through the
 * CSTO, and the pattern some analysts saw in it, from Crimea and the Donbas
 * (2014) through Belarus and Nagorno-Karabakh (2020) to the build-up on
 * Ukraine's border.
 *
 * Body text marks each citation with {cite:SOURCE_ID}; every id is in
 * data/sources.ts and in the step's `sources` list. Where sources disagree,
 * the step's `figures` list every figure with its own source and date.
 */
import type { LayerUse, Story } from '../src/lib/story/types';
import type { AnyLayerUse } from '../src/lib/map/layers/settings';
import { sources } from './sources.ts';

/**
 * A step's layers, checked against each layer's settings type. (The settings
 * are interfaces, which TypeScript will not widen to the Story's generic
 * LayerUse record by itself, hence the cast after the check.)
 */
const L = (...l: Array<AnyLayerUse & { context?: boolean }>): LayerUse[] => l as unknown as LayerUse[];

export const story = {
	slug: 'kazakhstan-csto-2022',
	title: 'Kazakhstan, January 2022: a Russian-led intervention and the pattern analysts saw in it',
	dek: 'In January 2022 Russia flew troops into Kazakhstan under the flag of a Russian-led alliance. Some analysts saw in it a pattern running back to Crimea in 2014; others were divided. Here is the case, step by step, and its limits.',
	byline: 'Graphics desk',
	published: '2026-11-23',
	lang: 'en-GB',
	sources,
	credits: [
		'Borders: Natural Earth (public domain), via world-atlas; Crimea drawn as Ukrainian territory under occupation',
		'Type: Noto Sans (SIL Open Font License)',
		'Build-up sites: Maxar satellite imagery as reported by RFE/RL and Military Times; other sites as credited in the map key',
		'Airlift routes: airfields named by the Russian Defence Ministry (via TASS, Interfax, RIA Novosti and Defence Blog) and, for the allies, by TASS and AKIpress; lines are great circles between the named places, not flight tracks; dashed legs are schematic, where no source names the airfields at both ends',
		'Distances on the map are great-circle distances computed from the place coordinates'
	],
	steps: [
		{
			id: 'fires-on-every-border',
			when: { from: '2022-01' }, where: 'Russia and its neighbours',
			heading: '“Armenia, Belarus, and now Kazakhstan”',
			body: [
				'In the first week of 2022 Russia flew troops into Kazakhstan to shore up its government, under the banner of the Collective Security Treaty Organization (CSTO), a Moscow-led alliance{cite:004_1fdcc4a3134de60e.txt}.',
				'To the New Statesman’s Ido Vock it was part of a pattern: in two years, he wrote, Russia had “repeatedly rushed to extinguish fires in its immediate neighbourhood”{cite:001_702f0e2e004c6f4a.txt}. The map marks the crises he and other analysts linked, each with the year it began: Crimea and the Donbas in 2014, Belarus and Nagorno-Karabakh in 2020, Kazakhstan in 2022, as Russian forces massed around Ukraine{cite:004_1fdcc4a3134de60e.txt}.'
			],
			sources: ['001_702f0e2e004c6f4a.txt', '004_1fdcc4a3134de60e.txt'],
			camera: { bounds: [[24.1, 38.4], [80.4, 57.2]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'occupied', areas: ['crimea', 'donbas'] },
				{ layer: 'buildup', from: '2022-01-19', to: '2022-01-19', unconfirmed: false, labels: false },
				{ layer: 'pattern' },
				{ layer: 'places', labels: ['kyiv', 'moscow'] }
			),
			alt: 'A map from Belarus and Ukraine in the west to Kazakhstan in the east, with five crises ringed and labelled with the year each began: Crimea, 2014, and the Donbas, 2014, both hatched as held by Russia or Russian-backed forces; Belarus, 2020, at Minsk; Nagorno-Karabakh, 2020; and Kazakhstan, January 2022, at Almaty. Red circles mark the sites in Russia, Belarus and Crimea where satellite images and reports placed Russian forces by January 2022, around Ukraine’s borders. Kyiv and Moscow are labelled.',
		},
		{
			id: 'fuel-protests',
			act: { title: 'Kazakhstan, January 2022', dek: 'From a fuel-price protest on 2 January to the last CSTO flight home on 19 January.' },
			when: { from: '2022-01-02' }, where: 'Zhanaozen and Aktau',
			heading: 'A fuel-price rise sets off protests in the oil-rich west',
			body: [
				'On 1 January Kazakhstan lifted its price cap on liquefied petroleum gas{cite:jamestown-2022-01-lpg-prices#lpg-price-doubled}, the fuel many drivers in the west use in their cars{cite:jamestown-2022-01-lpg-prices#lpg-western-market}. The price roughly doubled, from 60 to 120 tenge a litre{cite:jamestown-2022-01-lpg-prices#lpg-price-doubled}.',
				'The next day protests began in Zhanaozen and Aktau, in Mangystau region on the Caspian coast{cite:tass-2022-01-05#protests-began-2-january}{cite:002_11bd9eef223746f1.txt}. Within days protesters were massing “in huge numbers” in the oil-rich west, the New Statesman reported{cite:001_702f0e2e004c6f4a.txt}.'
			],
			sources: ['jamestown-2022-01-lpg-prices', 'tass-2022-01-05', '002_11bd9eef223746f1.txt', '001_702f0e2e004c6f4a.txt'],
			camera: { bounds: [[48.5, 41.5], [56, 45.5]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['KAZ'] },
				{ layer: 'unrest', from: '2022-01-02', to: '2022-01-02' },
				{ layer: 'places', labels: ['zhanaozen', 'aktau'], emphasis: ['zhanaozen', 'aktau'] }
			),
			alt: 'Western Kazakhstan on the Caspian Sea. Protest markers appear at Zhanaozen and Aktau, in Mangystau region, dated 2 January 2022.',
		},
		{
			id: 'protests-spread',
			when: { from: '2022-01-02', to: '2022-01-04' }, where: 'Across Kazakhstan',
			heading: 'The protests spread and turn against Nazarbayev',
			body: [
				'On 4 January a government commission in Aktau promised cheaper gas for Mangystau, but the protests kept spreading{cite:sputnik-urdupoint-2022-01-05-aktau-almaty#aktau-promise}{cite:interfax-ukraine-2022-01-05#clashes-almaty-4-january}. Rallies were reported in Atyrau, Aktobe, Uralsk, Kyzylorda, Shymkent, Taraz, Karaganda and the capital, Nur-Sultan (Astana){cite:tass-2022-01-05#spread-4-january}, and there were clashes in Almaty{cite:interfax-ukraine-2022-01-05#clashes-almaty-4-january}{cite:interfax-2022-01-06-state-of-emergency#almaty-clashes-0104}.',
				'The anger soon turned political, much of it aimed at Nursultan Nazarbayev, who had ruled from independence until 2019 and kept his influence as head of the Security Council{cite:001_702f0e2e004c6f4a.txt}{cite:002_11bd9eef223746f1.txt}. The McGill Journal of Political Studies called it the country’s most serious political unrest since independence in 1991{cite:002_11bd9eef223746f1.txt}.'
			],
			sources: ['sputnik-urdupoint-2022-01-05-aktau-almaty', 'interfax-ukraine-2022-01-05', 'tass-2022-01-05', 'interfax-2022-01-06-state-of-emergency', '001_702f0e2e004c6f4a.txt', '002_11bd9eef223746f1.txt'],
			camera: { bounds: [[49.4, 41.5], [78.8, 52]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['KAZ'] },
				{ layer: 'unrest', from: '2022-01-02', to: '2022-01-04' },
				{
					layer: 'places',
					labels: ['zhanaozen', 'aktau', 'atyrau', 'aktobe', 'uralsk', 'kyzylorda', 'shymkent', 'taraz', 'karaganda', 'nur-sultan', 'almaty'],
					emphasis: ['nur-sultan', 'almaty']
				}
			),
			alt: 'All of Kazakhstan, tinted. Purple protest markers appear by date: Zhanaozen and Aktau on 2 January 2022, then on 4 January Atyrau, Aktobe, Uralsk, Kyzylorda, Shymkent, Taraz, Karaganda, the capital Nur-Sultan and Almaty.',
		},
		{
			id: 'almaty-burns',
			when: { from: '2022-01-04', to: '2022-01-05' }, where: 'Almaty',
			heading: 'Almaty burns, and the old guard is pushed aside',
			body: [
				'On 5 January the government resigned{cite:interfax-ukraine-2022-01-05#government-resigned} and a state of emergency was declared, first in Almaty and Mangystau and by nightfall across the country, to last until 19 January{cite:interfax-ukraine-2022-01-05#state-of-emergency-to-19-january}{cite:interfax-2022-01-06-state-of-emergency#nationwide-to-19-january}. In Almaty, the largest city, crowds stormed and set fire to the city hall{cite:interfax-ukraine-2022-01-05#akimat-stormed}{cite:tass-2022-01-05#akimat-fire} and set the presidential residence ablaze{cite:kursiv-2022-01-11-january-5#residence-burned}, and that night the airport was seized{cite:kursiv-2022-01-11-january-5#airport-seized}. Looting and arson left both protesters and security officers dead{cite:002_11bd9eef223746f1.txt}.',
				'Tokayev took over the Security Council from Nazarbayev{cite:tass-2022-01-05-security-council#tokayev-security-council} and removed the head of the KNB intelligence agency, Karim Masimov, a Nazarbayev loyalist{cite:001_702f0e2e004c6f4a.txt}. The New Statesman asked whether parts of the elite had used the chaos for a coup or counter-coup, and wrote that evidence for that thesis was mounting{cite:001_702f0e2e004c6f4a.txt}.'
			],
			sources: ['interfax-ukraine-2022-01-05', 'interfax-2022-01-06-state-of-emergency', 'tass-2022-01-05', 'kursiv-2022-01-11-january-5', '002_11bd9eef223746f1.txt', 'tass-2022-01-05-security-council', '001_702f0e2e004c6f4a.txt'],
			camera: { bounds: [[74.5, 41.8], [79.5, 44.8]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['KAZ'] },
				{ layer: 'unrest', from: '2022-01-04', to: '2022-01-05' },
				{ layer: 'places', labels: ['almaty', 'almaty-airport'], emphasis: ['almaty', 'almaty-airport'] }
			),
			alt: 'Almaty and its airport, north-east of the city centre, both labelled. A purple protest marker on Almaty is dated 4 January 2022 (clashes) and then 5 January (city hall and presidential residence set on fire); on 5 January a second purple marker appears on the airport, seized that day.',
		},
		{
			id: 'csto-request',
			when: { from: '2022-01-05', to: '2022-01-06' }, where: 'Nur-Sultan to Moscow',
			heading: 'Tokayev calls in a Russian-led alliance',
			body: [
				'On 5 January President Kassym-Jomart Tokayev asked the CSTO for help{cite:003_eea78401d5d2a198.txt}{cite:001_702f0e2e004c6f4a.txt}, justifying the request by calling the protesters “a band of terrorists” trained abroad{cite:003_eea78401d5d2a198.txt}{cite:kloop-2022-01-06-tokayev-csto-appeal#terrorist-bands-trained-abroad}.',
				'That night the alliance’s leaders, chaired by Armenia’s prime minister, Nikol Pashinyan, agreed to send peacekeeping forces “for a limited period”{cite:sputnik-urdupoint-2022-01-06-csto-decision#csto-decision-article-4}{cite:baigenews-2022-01-06-pashinyan-csto-decision#limited-period}. The first plane of the CSTO contingent landed in Almaty on 6 January, Belarusian state television reported{cite:tvr-2022-01-06#first-plane-almaty-6-january}. It was the first time in its history that the CSTO had deployed troops under its collective-security provisions{cite:001_702f0e2e004c6f4a.txt}{cite:004_1fdcc4a3134de60e.txt}.'
			],
			sources: ['003_eea78401d5d2a198.txt', 'kloop-2022-01-06-tokayev-csto-appeal', '001_702f0e2e004c6f4a.txt', 'sputnik-urdupoint-2022-01-06-csto-decision', 'baigenews-2022-01-06-pashinyan-csto-decision', 'tvr-2022-01-06', '004_1fdcc4a3134de60e.txt'],
			camera: { bounds: [[24.1, 37], [80.4, 57.3]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'membership', from: 2022, to: 2022 },
				{ layer: 'arc', from: 'nur-sultan', to: 'moscow', label: 'Request to the CSTO (headquarters in Moscow)' },
				{ layer: 'places', labels: ['nur-sultan', 'moscow', 'almaty', 'yerevan'], emphasis: ['nur-sultan', 'moscow'] }
			),
			alt: 'An arrow runs from Nur-Sultan to Moscow, the CSTO’s headquarters, labelled “Request to the CSTO”. The alliance’s six members in 2022 are shaded: Russia in its own colour, as on every step, and Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan in the allies’ blue. Azerbaijan, Georgia and Uzbekistan are shaded grey as former treaty parties or members. Almaty and Yerevan are labelled.',
		},
		{
			id: 'csto-members',
			when: { from: '1992', to: '2022' }, where: 'The treaty and the CSTO',
			heading: 'Who belongs to the CSTO, and who left',
			body: [
				'The alliance grew out of a collective security treaty signed in Tashkent in May 1992, after the Soviet collapse{cite:csto-treaty-history-2006#treaty-signed-tashkent-1992}, and was modelled on NATO, RFE/RL notes{cite:004_1fdcc4a3134de60e.txt}. Three more states signed in 1993; the treaty came into force in April 1994, and in 2002 its parties turned it into the Collective Security Treaty Organization{cite:apostrophe-2022-01-06-csto#treaty-dates}. Russia is its leading member{cite:003_eea78401d5d2a198.txt}. In January 2022 the others were Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan{cite:004_1fdcc4a3134de60e.txt}.',
				'Azerbaijan, Georgia and Uzbekistan dropped out in 1999{cite:csto-treaty-history-2006#not-renewed-1999}; Uzbekistan rejoined in 2006{cite:moscowtimes-2012-06-28#uzbekistan-rejoined-2006} and left again in 2012{cite:moscowtimes-2012-06-28#uzbekistan-left-2012}. Later, in February 2024, after the events told here, Armenia froze its participation{cite:france24-2024-02-armenia-csto#armenia-froze-participation}.'
			],
			sources: ['csto-treaty-history-2006', '004_1fdcc4a3134de60e.txt', 'apostrophe-2022-01-06-csto', '003_eea78401d5d2a198.txt', 'moscowtimes-2012-06-28', 'france24-2024-02-armenia-csto'],
			chart: { kind: 'membership', title: 'Parties to the treaty and members of the CSTO, 1992–2024' },
			camera: { bounds: [[24.3, 37], [77.9, 57.3]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'membership', from: 1992, to: 2022 },
				{ layer: 'places', labels: ['tashkent'], emphasis: ['tashkent'] }
			),
			alt: 'The shading changes year by year from 1992 to 2022, with the year and what it counts shown on the map. Until 2001 it shows the parties to the Collective Security Treaty: in 1992 Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan; Belarus, Azerbaijan and Georgia from 1993 (the treaty came into force in April 1994). From 1999 Azerbaijan, Georgia and Uzbekistan are shaded grey as former parties. From 2002 the shading shows members of the CSTO; Uzbekistan is a member again from 2006 to 2012. By 2022 six members remain: Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan. Tashkent is labelled.',
		},
		{
			id: 'airlift',
			when: { from: '2022-01-06', to: '2022-01-07' }, where: 'Russia to Almaty',
			heading: 'The airlift: paratroopers from three Russian bases',
			body: [
				'Russia’s Defence Ministry said airborne troops were boarding at Chkalovsky near Moscow, Ivanovo-Severny and Ulyanovsk-Vostochny{cite:defence-blog-2022-01-07#departure-airfields}. Among them, it said, were units of the 45th Special Forces Brigade of the airborne troops, the 98th Airborne Division and the 31st Separate Brigade of the airborne troops{cite:euroradio-2022-01-russian-units#russian-units}.',
				'The ministry put together an air group of more than 70 Il-76 and five An-124 transport aircraft{cite:euroradio-2022-01-russian-units#air-group-70-il76-5-an124}, flying troops and equipment into Almaty and the Zhetygen military airfield north of the city{cite:gazeta-2022-01-07-twelve-aircraft#almaty-and-zhetygen}; by 7 January, it said, 12 aircraft had left Chkalovsky{cite:gazeta-2022-01-07-twelve-aircraft#twelve-from-chkalovsky}, where the ministry had filmed a departure on 6 January{cite:sputnik-mediabank-2022-01-06-chkalovsky#chkalovsky-0106}. On 10 January the CSTO’s secretary-general, Stanislav Zas, said Russian aircraft had made more than 108 flights in four days{cite:interfax-2022-01-10-zas-flights#flights-108}; by 13 January he put the total at about 110{cite:tass-2022-01-13-zas-110-flights#flights-110}.'
			],
			sources: ['defence-blog-2022-01-07', 'euroradio-2022-01-russian-units', 'gazeta-2022-01-07-twelve-aircraft', 'sputnik-mediabank-2022-01-06-chkalovsky', 'interfax-2022-01-10-zas-flights', 'tass-2022-01-13-zas-110-flights'],
			figures: [
				{ label: 'Air group (fleet size)', value: 'more than 70 Il-76 and 5 An-124', date: 'About 7 January 2022', sources: ['euroradio-2022-01-russian-units#air-group-70-il76-5-an124'], caveat: 'The number of aircraft available, not flights per day' },
				{ label: 'Aircraft from Chkalovsky', value: '12', date: 'By 7 January 2022', sources: ['gazeta-2022-01-07-twelve-aircraft#twelve-from-chkalovsky', 'sputnik-mediabank-2022-01-06-chkalovsky#chkalovsky-0106'], caveat: 'A running count reported on 7 January, not one day’s flights; a departure was filmed on 6 January' },
				{ label: 'Flights in four days (CSTO)', value: 'more than 108', date: '10 January 2022', sources: ['interfax-2022-01-10-zas-flights#flights-108'] },
				{ label: 'Flights in all (CSTO)', value: 'about 110', date: '13 January 2022', sources: ['tass-2022-01-13-zas-110-flights#flights-110'] }
			],
			camera: { bounds: [[35.3, 42.1], [79.9, 58.3]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['KAZ'] },
				{ layer: 'airlift', phase: 'inbound', forces: ['russia'] },
				{
					layer: 'places',
					labels: ['chkalovsky', 'ivanovo-severny', 'ulyanovsk-vostochny', 'almaty'],
					emphasis: ['chkalovsky', 'ivanovo-severny', 'ulyanovsk-vostochny']
				}
			),
			alt: 'Solid red great-circle lines, with aircraft moving along them, run from three Russian airfields, Chkalovsky near Moscow, Ivanovo-Severny and Ulyanovsk-Vostochny, to Almaty airport and the Zhetygen airbase north of Almaty, dated 6–7 January 2022. Each base is linked to both airfields because the sources do not say which flew where; at this scale the two airfields are labelled once, as Almaty. Kazakhstan is tinted as the country where the events take place; Russia has its own colour, as on every step. The key on paper lists an air group of more than 70 Il-76 and 5 An-124 (the Russian Defence Ministry, as reported by Euroradio), more than 108 flights in four days (CSTO, 10 January; about 110 by 13 January) and the force sizes announced and counted.',
		},
		{
			id: 'allies-join',
			when: { from: '2022-01-06', to: '2022-01-07' }, where: 'Five armies, one mission',
			heading: 'Belarus, Armenia, Tajikistan and Kyrgyzstan send troops too',
			body: [
				'Russia did not go alone: units from Belarus, Armenia, Tajikistan and Kyrgyzstan joined the mission, with Kazakhstan as host{cite:tvr-2022-01-06#contingent-five-armies}. The Conversation’s analysis named only the Belarusian and Armenian troops{cite:003_eea78401d5d2a198.txt}.',
				'Two contingents were official: Armenia’s Defence Ministry confirmed 100 troops{cite:panorama-am-2022-01-07#armenia-100-official}, and Kyrgyzstan’s president signed a decree, approved by parliament, for 150 servicemen and 19 units of equipment{cite:sputnik-urdupoint-2022-01-07-japarov-decree#kyrgyz-decree}{cite:armradio-2022-01-07-kyrgyz-150#kyrgyz-parliament-150}. The Kyrgyz unit was flown from the Kant airbase near Bishkek to Almaty on 7 January in Russian Il-76s{cite:todaykg-2022-01-kyrgyz-kant#kyrgyz-kant-flight}{cite:akipress-2022-01-13-kyrgyz-return#kyrgyz-kant-flight}. The others were press reports: about 3,000 from Russia, about 500 from Belarus and about 200 from Tajikistan{cite:panorama-am-2022-01-07#reported-contingents}. Belarus’s Defence Ministry itself spoke of a peacekeeping company of the 103rd Airborne Brigade, without a number{cite:belsat-2022-01-06-belarus-company#belarus-company}.',
				'Together these national figures come to more than the alliance’s announced total of about 2,500{cite:sputnik-2022-01-06-zas#force-size-2500}, and no source reconciles them.'
			],
			sources: ['tvr-2022-01-06', '003_eea78401d5d2a198.txt', 'panorama-am-2022-01-07', 'sputnik-urdupoint-2022-01-07-japarov-decree', 'armradio-2022-01-07-kyrgyz-150', 'todaykg-2022-01-kyrgyz-kant', 'akipress-2022-01-13-kyrgyz-return', 'belsat-2022-01-06-belarus-company', 'sputnik-2022-01-06-zas'],
			chart: { kind: 'bars', title: 'Contingents by country, 6–7 January 2022: official or reported' },
			figures: [
				{ label: 'Armenia', value: '100', date: '7 January 2022', sources: ['panorama-am-2022-01-07#armenia-100-official'], caveat: 'Official: confirmed by Armenia’s Defence Ministry', n: 100, official: true, role: 'allies' },
				{ label: 'Kyrgyzstan', value: '150 servicemen, 19 units of equipment', date: '7 January 2022', sources: ['sputnik-urdupoint-2022-01-07-japarov-decree#kyrgyz-decree', 'armradio-2022-01-07-kyrgyz-150#kyrgyz-parliament-150'], caveat: 'Official: presidential decree, approved by parliament', n: 150, official: true, role: 'allies' },
				{ label: 'Russia', value: 'about 3,000', date: '7 January 2022', sources: ['panorama-am-2022-01-07#reported-contingents'], caveat: 'Reported, not official', n: 3000, qualifier: 'about', official: false, role: 'russia' },
				{ label: 'Belarus', value: 'about 500', date: '7 January 2022', sources: ['panorama-am-2022-01-07#reported-contingents'], caveat: 'Reported, not official', n: 500, qualifier: 'about', official: false, role: 'allies' },
				{ label: 'Belarus (its Defence Ministry)', value: 'a peacekeeping company of the 103rd Airborne Brigade', date: '6 January 2022', sources: ['belsat-2022-01-06-belarus-company#belarus-company'], caveat: 'No number given' },
				{ label: 'Tajikistan', value: 'about 200', date: '7 January 2022', sources: ['panorama-am-2022-01-07#reported-contingents'], caveat: 'Reported, not official', n: 200, qualifier: 'about', official: false, role: 'allies' }
			],
			camera: { bounds: [[24.1, 36.2], [80.5, 57.3]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'membership', from: 2022, to: 2022, contributors: true },
				{ layer: 'airlift', phase: 'inbound', forces: ['allies'] },
				{ layer: 'places', labels: ['minsk', 'yerevan', 'dushanbe', 'kant', 'almaty'], emphasis: ['minsk', 'yerevan', 'dushanbe', 'kant'] }
			),
			alt: 'The CSTO members in 2022 are shaded, Russia in its own colour and its allies in blue; the four allies that sent troops are outlined, and each is labelled with its contingent: Armenia 100 (official), Kyrgyzstan 150 (official), Belarus about 500 and Tajikistan about 200 (reported). Russia’s contingent, about 3,000 (reported), is given in the text and the table, not on the map. A solid blue flight line runs from the Kant airbase near Bishkek to Almaty airport: the Kyrgyz unit, flown in on 7 January 2022. Dashed blue lines, marked schematic in the key, run to Almaty airport from Minsk, Yerevan and Dushanbe, because no source names the airfields those contingents used at both ends. At this scale Almaty airport is labelled with the city, Almaty.',
		},
		{
			id: 'force-size',
			when: { from: '2022-01' }, where: 'How many troops?',
			heading: 'How big was the force? The numbers do not agree',
			body: [
				'The CSTO announced a force of about 2,500 on 6 January, adding that the number could change{cite:sputnik-2022-01-06-zas#force-size-2500}; RFE/RL also reported 2,500{cite:004_1fdcc4a3134de60e.txt}. Early press reports put Russia’s share alone at about 3,000{cite:panorama-am-2022-01-07#reported-contingents}. Two of the analyses differ again: “more than 3,000 paratroopers”, wrote the McGill journal{cite:002_11bd9eef223746f1.txt}; a “nearly 3,000-strong force”, wrote the Conversation{cite:003_eea78401d5d2a198.txt}.',
				'When the operation ended, on 13 January, the CSTO’s secretary-general, Stanislav Zas, said Russian planes had flown in more than 2,000 peacekeepers and about 250 vehicles{cite:tass-2022-01-13-zas-110-flights#totals-2000-and-250}.'
			],
			sources: ['sputnik-2022-01-06-zas', '004_1fdcc4a3134de60e.txt', 'panorama-am-2022-01-07', '002_11bd9eef223746f1.txt', '003_eea78401d5d2a198.txt', 'tass-2022-01-13-zas-110-flights'],
			chart: { kind: 'bars', title: 'The force’s size, by source and date' },
			figures: [
				{ label: 'Announced by the CSTO (whole force)', value: 'about 2,500', date: '6 January 2022', sources: ['sputnik-2022-01-06-zas#force-size-2500'], caveat: 'The CSTO said the number could change', n: 2500, qualifier: 'about', series: 'Whole force', short: 'Announced by the CSTO' },
				{ label: 'RFE/RL (whole force)', value: '2,500', date: 'About 10 January 2022', sources: ['004_1fdcc4a3134de60e.txt'], n: 2500, series: 'Whole force', short: 'RFE/RL' },
				{ label: 'Flown in, according to the CSTO afterwards', value: 'more than 2,000 peacekeepers; about 250 vehicles', date: '13 January 2022', sources: ['tass-2022-01-13-zas-110-flights#totals-2000-and-250'], n: 2000, qualifier: 'more than', series: 'Whole force', short: 'Flown in, according to the CSTO' },
				{ label: 'Russia’s share, early press reports', value: 'about 3,000', date: '7 January 2022', sources: ['panorama-am-2022-01-07#reported-contingents'], caveat: 'Reported, not official', n: 3000, qualifier: 'about', series: 'Russia’s share', short: 'Early press reports', official: false, role: 'russia' },
				{ label: 'McGill Journal of Political Studies', value: 'more than 3,000 paratroopers', sources: ['002_11bd9eef223746f1.txt'], caveat: 'Russian troops only; student opinion piece', n: 3000, qualifier: 'more than', series: 'Russia’s share', short: 'McGill Journal of Political Studies', role: 'russia' },
				{ label: 'The Conversation', value: 'nearly 3,000', sources: ['003_eea78401d5d2a198.txt'], caveat: 'Unclear whether this is the whole force or Russia’s share', n: 3000, qualifier: 'nearly', series: 'Whole force or Russia’s share?' }
			],
			camera: { bounds: [[74.5, 42], [79.5, 45]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['KAZ'] },
				{ layer: 'places', labels: ['almaty', 'almaty-airport', 'zhetygen'], emphasis: ['almaty-airport', 'zhetygen'] }
			),
			alt: 'Almaty, its airport and the Zhetygen airbase, where the troops landed. The figures table lists the force sizes: about 2,500 announced (CSTO, 6 January 2022); about 3,000 for Russia alone in early reports; “more than 3,000” and “nearly 3,000” in two analyses; more than 2,000 peacekeepers and about 250 vehicles flown in, according to the CSTO afterwards (13 January).',
		},
		{
			id: 'shoot-to-kill',
			when: { from: '2022-01-05', to: '2022-01-07' }, where: 'Almaty',
			heading: '“Shoot to kill without warning”',
			body: [
				'On 7 January, in an address to the nation, Tokayev escalated{cite:efe-2022-01-07-shoot-to-kill#shoot-to-kill-0107}. “I have given the order to law enforcement and the army to shoot to kill without warning,” he said, in the Conversation’s rendering{cite:003_eea78401d5d2a198.txt}{cite:002_11bd9eef223746f1.txt} of the Russian original{cite:kloop-2022-01-07-tokayev-shoot-to-kill#shoot-to-kill-order}. He cast his opponents as terrorists{cite:003_eea78401d5d2a198.txt}; the New Statesman noted that most protesters were ordinary citizens{cite:001_702f0e2e004c6f4a.txt}, and a later student analysis called it an order to fire on civilians{cite:000_b90b25bff127b246.txt}.',
				'The same day, Russia’s Defence Ministry said, Russian peacekeepers and Kazakh police took full control of Almaty airport{cite:m24-2022-01-07-almaty-airport#airport-full-control-7-january}. According to Russia’s defence minister, the peacekeepers guarded 14 strategic sites during the mission{cite:armradio-2022-01-13#fourteen-sites}.'
			],
			sources: ['efe-2022-01-07-shoot-to-kill', '003_eea78401d5d2a198.txt', '002_11bd9eef223746f1.txt', 'kloop-2022-01-07-tokayev-shoot-to-kill', '001_702f0e2e004c6f4a.txt', '000_b90b25bff127b246.txt', 'm24-2022-01-07-almaty-airport', 'armradio-2022-01-13'],
			camera: { bounds: [[74.5, 41.8], [79.5, 44.8]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['KAZ'] },
				{ layer: 'unrest', from: '2022-01-05', to: '2022-01-07' },
				{ layer: 'places', labels: ['almaty', 'almaty-airport'], emphasis: ['almaty-airport'] }
			),
			alt: 'Almaty and its airport, both labelled. From 5 January 2022 purple protest markers sit on Almaty (city hall and presidential residence set on fire) and on the airport (seized). On 7 January the airport’s purple marker gives way to a different symbol, a red ring with a white centre, which the key explains as retaken by security forces: Russian peacekeepers and Kazakh police, according to Russia’s Defence Ministry.',
		},
		{
			id: 'death-toll',
			when: { from: '2022-01', to: '2022-03' }, where: 'Kazakhstan',
			heading: 'The death toll: a count that kept changing',
			body: [
				'A figure of 164 dead, credited to the Health Ministry, appeared on the government’s official Telegram channel{cite:belsat-2022-01-10#toll-164-published}; within an hour the ministry said it had given no such figures, and the Information Ministry called the publication a technical error{cite:belsat-2022-01-10#toll-164-refuted}. On 15 January prosecutors said 225 bodies had been delivered to morgues, 19 of them security personnel{cite:reuters-2022-01-15-death-toll#toll-225}.',
				'Officials later gave 227{cite:rferl-2022-03-14-death-tolls#earlier-227}. On 14 March 2022 the Prosecutor-General said 230{cite:rferl-2022-03-14-death-tolls#asylov-230} and the ombudswoman 238, counting deaths in custody{cite:rferl-2022-03-14-death-tolls#azimova-238}. The McGill journal’s 208 dead plus 19 security personnel also make 227{cite:002_11bd9eef223746f1.txt}, but officials never counted all 208 as protesters: on 15 January prosecutors said the dead included people they called armed bandits, and civilians{cite:ifpnews-2022-01-15-prosecutor-briefing#bandits-and-civilians}, and the children’s rights ombudswoman had said three children were among those killed{cite:independent-2022-01-10-children#children-killed}. Rights groups say the real toll is higher{cite:rferl-2022-03-14-death-tolls#rights-groups-higher}.'
			],
			sources: ['belsat-2022-01-10', 'reuters-2022-01-15-death-toll', 'rferl-2022-03-14-death-tolls', '002_11bd9eef223746f1.txt', 'ifpnews-2022-01-15-prosecutor-briefing', 'independent-2022-01-10-children', '004_1fdcc4a3134de60e.txt'],
			chart: { kind: 'bars', title: 'The death toll as it was given, January–March 2022' },
			figures: [
				{ label: 'Government Telegram channel', value: '164 (103 in Almaty)', date: '9 January 2022', sources: ['belsat-2022-01-10#toll-164-published', '004_1fdcc4a3134de60e.txt'], caveat: 'Posted, then withdrawn; the Health Ministry denied supplying it. RFE/RL’s analysis used this early figure', n: 164, withdrawn: true },
				{ label: 'Prosecutor-General’s office', value: '225, incl. 19 security personnel', date: '15 January 2022', sources: ['reuters-2022-01-15-death-toll#toll-225'], n: 225 },
				{ label: 'Officials', value: '227', date: 'Later (date of announcement not found)', sources: ['rferl-2022-03-14-death-tolls#earlier-227'], n: 227 },
				{ label: 'McGill Journal of Political Studies', value: '208 plus 19 security personnel (227)', date: 'After 11 January 2022', sources: ['002_11bd9eef223746f1.txt'], caveat: 'Officials did not describe all 208 as protesters' },
				{ label: 'Prosecutor-General', value: '230, incl. 19 police officers (139 in Almaty)', date: '14 March 2022', sources: ['rferl-2022-03-14-death-tolls#asylov-230'], n: 230 },
				{ label: 'Ombudswoman', value: '238', date: '14 March 2022', sources: ['rferl-2022-03-14-death-tolls#azimova-238'], caveat: 'Includes deaths in custody', n: 238 },
				{ label: 'Rights groups', value: 'higher than the official figures', sources: ['rferl-2022-03-14-death-tolls#rights-groups-higher'] }
			],
			camera: { bounds: [[74.5, 41.7], [79.5, 44.7]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['KAZ'] },
				{ layer: 'places', labels: ['almaty'], emphasis: ['almaty'] }
			),
			alt: 'Almaty, where most of the deaths were recorded. The figures table gives the toll as it changed: 164 posted and withdrawn on 9 January 2022; 225 including 19 security personnel on 15 January; 227 later; on 14 March 2022, 230 according to the Prosecutor-General and 238 according to the ombudswoman, including deaths in custody. Rights groups say the toll is higher.',
		},
		{
			id: 'csto-summit',
			when: { from: '2022-01-10' }, where: 'Novo-Ogaryovo',
			heading: 'Putin: no “color-revolution scenarios” at home',
			body: [
				'On 10 January Putin joined an extraordinary CSTO video summit from his Novo-Ogaryovo residence outside Moscow{cite:004_1fdcc4a3134de60e.txt}. The alliance, he said, had made clear it would not let anyone “implement so-called color-revolution scenarios”{cite:004_1fdcc4a3134de60e.txt}{cite:osn-2022-01-10-putin-colour-revolutions#colour-revolution-scenarios}. He blamed foreign meddling for the unrest{cite:004_1fdcc4a3134de60e.txt}{cite:002_11bd9eef223746f1.txt} and said the CSTO should make future interference fail; RFE/RL saw a new identity for the organisation{cite:004_1fdcc4a3134de60e.txt}.',
				'Tokayev and Putin both called the mission temporary{cite:004_1fdcc4a3134de60e.txt}. Three days before the summit, on 7 January, the US Secretary of State, Antony Blinken, had told reporters that “once Russians are in your house, it’s sometimes very difficult to get them to leave”{cite:hurriyet-afp-2022-01-07-blinken#blinken-0107}{cite:002_11bd9eef223746f1.txt}.'
			],
			sources: ['004_1fdcc4a3134de60e.txt', 'osn-2022-01-10-putin-colour-revolutions', '002_11bd9eef223746f1.txt', 'hurriyet-afp-2022-01-07-blinken'],
			camera: { bounds: [[31, 52.5], [45, 58.8]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'membership', from: 2022, to: 2022, context: true },
				{ layer: 'places', labels: ['moscow', 'novo-ogaryovo'], emphasis: ['novo-ogaryovo'] }
			),
			alt: 'The Moscow region, with Putin’s Novo-Ogaryovo residence marked just west of Moscow. Russia is shaded in its own colour and the other CSTO members of 2022 in the allies’ blue; former treaty parties or members are shaded grey.',
		},
		{
			id: 'return-flights',
			when: { from: '2022-01-11', to: '2022-01-19' }, where: 'Kazakhstan to home bases',
			heading: 'Mission “completed”: the troops fly home',
			body: [
				'On 11 January Tokayev told parliament the mission was “successfully completed”{cite:inform-kz-2022-01-11#mission-completed}{cite:regnum-2022-01-11-tokayev-mission-completed#mission-successfully-completed}, and that the withdrawal would start in two days{cite:inform-kz-2022-01-11#withdrawal-in-two-days}; reports differ on how long he said it would take: “at least 10 days” in Kazinform’s English text{cite:inform-kz-2022-01-11#at-least-ten-days}, “no more than 10 days” in Sputnik’s report{cite:newsaz-sputnik-2022-01-11#no-more-than-ten-days}{cite:interfax-1lurer-2022-01-11-withdrawal-10-days#no-more-than-10-days}. It began on 13 January, when the first Russian paratroopers were flown back to Ivanovo-Severny{cite:interfax-2022-01-13-first-return#first-return-0113}.',
				'On 14 January Russian Il-76s flew the Armenian, Belarusian and Tajik contingents home, the Belarusians in 10 planes from Zhetygen to the Minsk region{cite:sputnik-kz-2022-01-14-belarusians-leave#belarusians-ten-planes-zhetygen} and the Armenians in three from Almaty airport; the Kyrgyz left in a road convoy{cite:armradio-tass-2022-01-14-allies-leave#allies-leave-0114} for their base at Tokmok{cite:akipress-2022-01-13-kyrgyz-return#kyrgyz-return-tokmok}. On 15 January 15 Il-76 and 3 An-124 flew Russian troops out of Almaty{cite:profile-2022-01-15-return#return-15-il76-3-an124}, to Ivanovo and Moscow{cite:info24-2022-01-15-return#return-ivanovo-moscow}, and on 17–18 January flights went on to the Moscow and Ulyanovsk regions{cite:interfax-2022-01-18-ulyanovsk#return-ulyanovsk}. The last four planes left Nur-Sultan and Almaty on 19 January{cite:mod-2022-01-19-withdrawal#last-four-planes}, the day the state of emergency was due to end{cite:interfax-2022-01-06-state-of-emergency#nationwide-to-19-january}.'
			],
			sources: ['inform-kz-2022-01-11', 'regnum-2022-01-11-tokayev-mission-completed', 'armradio-2022-01-13', 'interfax-2022-01-13-first-return', 'sputnik-kz-2022-01-14-belarusians-leave', 'armradio-tass-2022-01-14-allies-leave', 'akipress-2022-01-13-kyrgyz-return', 'profile-2022-01-15-return', 'info24-2022-01-15-return', 'interfax-2022-01-18-ulyanovsk', 'mod-2022-01-19-withdrawal', 'interfax-2022-01-06-state-of-emergency', 'newsaz-sputnik-2022-01-11', 'interfax-1lurer-2022-01-11-withdrawal-10-days'],
			camera: { bounds: [[24.1, 36.9], [84, 58.7]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'airlift', phase: 'return', forces: ['russia', 'allies'] },
				{
					layer: 'places',
					// At this scale the Almaty airfields and Tokmok are one cluster: it is named once; the close-up steps name each.
					labels: ['almaty', 'nur-sultan', 'minsk', 'yerevan', 'dushanbe', 'chkalovsky', 'ivanovo-severny', 'ulyanovsk-vostochny'],
					emphasis: ['almaty', 'nur-sultan']
				}
			),
			alt: 'Return routes, 13–19 January 2022, drawn in date order as hollow lines with arrowheads pointing home, to set them apart from the flights in: from 13 January red Russian lines from Almaty airport to Ivanovo-Severny; on 14 January blue lines from Zhetygen to Minsk (the Belarusian contingent, 10 planes) and from Almaty airport to Yerevan and Dushanbe, and a dotted blue road line, straight rather than the road taken, from Almaty to Tokmok for the Kyrgyz contingent; from 15 January Russian flights from Almaty airport to Chkalovsky, and on 17–18 January to Ulyanovsk-Vostochny; on 19 January a dashed line, marked schematic in the key, from Nur-Sultan to Chkalovsky for the last flights out. At this scale the two Almaty airfields and Tokmok lie close together and are labelled once, as Almaty.',
		},
		{
			id: 'a-continent-away',
			act: { title: 'The pattern, 2014–2022', dek: 'The crises some analysts linked to Kazakhstan, in the order they happened, and the forces around Ukraine.' },
			when: { from: '2022-01' }, where: 'Almaty to Kyiv',
			heading: 'A continent away, the same playbook?',
			body: [
				'Kazakhstan and Ukraine are “a continent away” from each other, RFE/RL noted, but they share a Soviet past and a tangled relationship with Moscow{cite:004_1fdcc4a3134de60e.txt}. In her analysis for the Conversation, Lena Surzhko Harned argued that in Kazakhstan Russia was following a playbook it had developed in Ukraine{cite:003_eea78401d5d2a198.txt}.',
				'Analysts were divided on what Kazakhstan meant for Ukraine, RFE/RL reported{cite:004_1fdcc4a3134de60e.txt}. Marie Dumoulin of the European Council on Foreign Relations saw two ways it could go: Moscow might become more open to compromise to keep a free hand in Kazakhstan, or more assertive{cite:004_1fdcc4a3134de60e.txt}. Oleksandr Danylyuk, a former secretary of Ukraine’s security council, said it offered Putin “the opportunity to step back”{cite:004_1fdcc4a3134de60e.txt}. Paul Stronski, a senior fellow at the Carnegie Endowment for International Peace and a former US National Security Council director for Russia and Central Asia, said it “certainly could be an off-ramp”, but that the contingent was small and should not affect what Russia was doing along Ukraine’s borders{cite:004_1fdcc4a3134de60e.txt}.'
			],
			sources: ['004_1fdcc4a3134de60e.txt', '003_eea78401d5d2a198.txt'],
			camera: { bounds: [[27.3, 42.1], [80.2, 56.9]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['KAZ', 'UKR'] },
				{ layer: 'occupied', areas: ['crimea', 'donbas'] },
				{ layer: 'arc', from: 'almaty', to: 'kyiv', measure: true, label: 'Almaty to Kyiv' },
				{ layer: 'places', labels: ['almaty', 'kyiv', 'moscow'], emphasis: ['almaty', 'kyiv'] }
			),
			alt: 'The map pans west from Kazakhstan to Ukraine. A dashed great-circle line links Almaty and Kyiv, labelled with its length computed from the coordinates. Kazakhstan and Ukraine are tinted; Moscow lies between them; Crimea and the parts of the Donbas held by Russian-backed forces are hatched as occupied.',
		},
		{
			id: 'crimea-2014',
			when: { from: '2014-02', to: '2014-03' }, where: 'Crimea',
			heading: 'Crimea, 2014: seized, put to a vote, annexed',
			body: [
				'For Lena Surzhko Harned, what Russia did in Kazakhstan looked like what it had done in Ukraine from 2014{cite:003_eea78401d5d2a198.txt}. After protests ousted Ukraine’s president, Viktor Yanukovych, a Kremlin ally{cite:001_702f0e2e004c6f4a.txt}{cite:003_eea78401d5d2a198.txt}, Russian forces seized the Crimean parliament and government buildings in Simferopol on 27 February{cite:wikipedia-crimea-annexation-timeline#parliament-seized-27-february}.',
				'Russian soldiers forced Ukrainian troops from their posts and oversaw a so-called referendum{cite:003_eea78401d5d2a198.txt}, held on 16 March{cite:wikipedia-crimea-annexation-timeline#referendum-16-march}; on 18 March Moscow signed a treaty annexing the peninsula{cite:wikipedia-crimea-annexation-timeline#treaty-18-march}. Crimea, home to a key Russian naval base at Sevastopol, is internationally recognised as Ukrainian territory{cite:003_eea78401d5d2a198.txt}{cite:001_702f0e2e004c6f4a.txt}.'
			],
			sources: ['001_702f0e2e004c6f4a.txt', '003_eea78401d5d2a198.txt', 'wikipedia-crimea-annexation-timeline'],
			figures: [
				{ label: 'Russian forces seize government buildings in Simferopol', value: '27 February 2014', sources: ['wikipedia-crimea-annexation-timeline#parliament-seized-27-february'] },
				{ label: 'So-called referendum', value: '16 March 2014', sources: ['wikipedia-crimea-annexation-timeline#referendum-16-march'] },
				{ label: 'Annexation treaty signed in Moscow', value: '18 March 2014', sources: ['wikipedia-crimea-annexation-timeline#treaty-18-march'] }
			],
			camera: { bounds: [[32, 43.8], [37, 46.8]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['UKR'] },
				{ layer: 'occupied', areas: ['crimea'] },
				{ layer: 'places', labels: ['simferopol', 'sevastopol'], emphasis: ['simferopol'] }
			),
			alt: 'The Crimean peninsula, hatched as Ukrainian territory under Russian occupation since 2014. Simferopol, where the parliament was seized on 27 February 2014, and Sevastopol, the naval base, are marked.',
		},
		{
			id: 'donbas-war',
			when: { from: '2014-04', to: '2022-01' }, where: 'Donbas',
			heading: 'The Donbas: a war in the east from April 2014',
			body: [
				'Weeks after Crimea, in April 2014, war broke out in Ukraine’s eastern Donbas region, where Russia backed separatist forces{cite:003_eea78401d5d2a198.txt}{cite:004_1fdcc4a3134de60e.txt}{cite:ohchr-via-euromaidanpress-2021-07-19#donbas-toll-to-june-2021}. By January 2022 it had killed more than 13,000 people, RFE/RL reported{cite:004_1fdcc4a3134de60e.txt}.',
				'The UN human rights office counted 13,200 to 13,400 deaths between 14 April 2014 and 30 June 2021{cite:ohchr-via-euromaidanpress-2021-07-19#donbas-toll-to-june-2021}, at least 3,390 of them civilians{cite:ohchr-via-euromaidanpress-2021-07-19#civilians-3390}. Some estimates were higher, above 14,000{cite:buzzfeed-2021-12-soloti#donbas-more-than-14000}.'
			],
			sources: ['003_eea78401d5d2a198.txt', '004_1fdcc4a3134de60e.txt', 'ohchr-via-euromaidanpress-2021-07-19', 'buzzfeed-2021-12-soloti'],
			figures: [
				{ label: 'RFE/RL', value: 'more than 13,000 killed', date: 'About 10 January 2022', sources: ['004_1fdcc4a3134de60e.txt'] },
				{ label: 'UN human rights office (OHCHR)', value: '13,200–13,400 killed, at least 3,390 of them civilians', date: '14 April 2014 – 30 June 2021', sources: ['ohchr-via-euromaidanpress-2021-07-19#donbas-toll-to-june-2021'] },
				{ label: 'Higher estimates', value: 'more than 14,000', date: 'December 2021', sources: ['buzzfeed-2021-12-soloti#donbas-more-than-14000'], caveat: 'A secondary report; less reliable than the UN count' }
			],
			camera: { bounds: [[32, 44], [40.5, 49.1]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['UKR'] },
				{ layer: 'occupied', areas: ['crimea', 'donbas'] },
				{ layer: 'places', labels: ['donetsk', 'luhansk'], emphasis: ['donetsk', 'luhansk'] }
			),
			alt: 'Eastern Ukraine, tinted. The parts of the Donetsk and Luhansk regions held by Russian-backed forces from 2014 are hatched, with the cities of Donetsk and Luhansk marked; Crimea, to the south-west, is hatched as occupied too. The figures table gives the toll: more than 13,000 (RFE/RL); 13,200–13,400 to 30 June 2021 (UN); over 14,000 in some estimates.',
		},
		{
			id: 'belarus-2020',
			when: { from: '2020-05', to: '2021' }, where: 'Belarus',
			heading: 'Belarus, 2020: Moscow stands by Lukashenko',
			body: [
				'In Belarus, protests began during the election campaign in May 2020{cite:002_11bd9eef223746f1.txt}. After the disputed vote of 9 August{cite:wikipedia-belarus-2020-election#election-9-august}, officials credited Alexander Lukashenko with just over 80%{cite:wikipedia-belarus-2020-election#official-result-80}, while the opposition candidate, Tsikhanouskaya, claimed at least 60%{cite:wikipedia-belarus-2020-election#tsikhanouskaya-60}. Hundreds of thousands took to the streets{cite:002_11bd9eef223746f1.txt}; Lukashenko blamed outside influences{cite:003_eea78401d5d2a198.txt}.',
				'Russia seemed to waver, then backed him{cite:001_702f0e2e004c6f4a.txt}, helping to suppress the unrest with the threat of military intervention and economic support, the McGill journal wrote{cite:002_11bd9eef223746f1.txt}. In 2021 came what the New Statesman called the hijacking of a civilian jet in May and the sponsoring of illegal migration into the EU{cite:001_702f0e2e004c6f4a.txt}.'
			],
			sources: ['002_11bd9eef223746f1.txt', 'wikipedia-belarus-2020-election', '003_eea78401d5d2a198.txt', '001_702f0e2e004c6f4a.txt'],
			camera: { bounds: [[26.9, 53.3], [38.3, 56.3]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['BLR'] },
				{ layer: 'crises', show: ['belarus'] },
				{ layer: 'places', labels: ['moscow'] }
			),
			alt: 'Belarus, tinted, between Poland and Russia. A marker on Minsk notes the mass protests that followed the disputed election of 9 August 2020, after campaign protests from May 2020. Moscow is labelled to the east.',
		},
		{
			id: 'karabakh-2020',
			when: { from: '2020-11-10' }, where: 'Nagorno-Karabakh',
			heading: 'Karabakh, 2020: Russian peacekeepers on Azerbaijani soil',
			body: [
				'In late 2020 what the New Statesman called a surprise Azerbaijani offensive reopened the war with Armenia over Nagorno-Karabakh{cite:001_702f0e2e004c6f4a.txt}. Azerbaijan took Shusha days before a ceasefire began on 10 November{cite:ap-2020-11-10-shusha#shusha-before-ceasefire}{cite:mfa-russia-2020-11-10-statement#ceasefire-10-november}. Russia sent 1,960 peacekeepers, 90 armoured personnel carriers and 380 vehicles to the line of contact and the Lachin corridor{cite:mfa-russia-2020-11-10-statement#peacekeepers-1960}, moving in through Goris in Armenia{cite:storyful-2020-11-goris#goris-14-november}, with their headquarters in Stepanakert, Armenia’s Defence Ministry said{cite:uawire-2020-11-stepanakert-hq#hq-stepanakert}, on land recognised as Azerbaijani{cite:001_702f0e2e004c6f4a.txt}.',
				'The New Statesman described them as “permanently stationed”{cite:001_702f0e2e004c6f4a.txt}; their mandate in fact ran for five years, renewable{cite:mfa-russia-2020-11-10-statement#five-years-renewable}. Later events: Azerbaijan retook the region in September 2023{cite:kyivindependent-2024-06-karabakh-withdrawal#azerbaijan-captured-september-2023}, and the peacekeepers had left by 12 June 2024{cite:kyivindependent-2024-06-karabakh-withdrawal#withdrawal-complete-12-june-2024}.'
			],
			sources: ['001_702f0e2e004c6f4a.txt', 'ap-2020-11-10-shusha', 'mfa-russia-2020-11-10-statement', 'storyful-2020-11-goris', 'uawire-2020-11-stepanakert-hq', 'kyivindependent-2024-06-karabakh-withdrawal'],
			figures: [
				{ label: 'Russian peacekeepers', value: '1,960 troops', date: '10 November 2020', sources: ['mfa-russia-2020-11-10-statement#peacekeepers-1960'] },
				{ label: 'Armoured personnel carriers', value: '90', date: '10 November 2020', sources: ['mfa-russia-2020-11-10-statement#peacekeepers-1960'] },
				{ label: 'Vehicles', value: '380', date: '10 November 2020', sources: ['mfa-russia-2020-11-10-statement#peacekeepers-1960'] },
				{ label: 'Mandate', value: 'five years, renewed automatically', date: '10 November 2020', sources: ['mfa-russia-2020-11-10-statement#five-years-renewable', 'kyivindependent-2024-06-karabakh-withdrawal#withdrawal-began-april-2024'], caveat: 'Later: the peacekeepers withdrew in April–June 2024' }
			],
			camera: { bounds: [[45.9, 39.35], [47.2, 40.05]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['ARM', 'AZE'] },
				{ layer: 'crises', show: ['karabakh'] },
			),
			alt: 'Armenia and Azerbaijan, tinted, with Nagorno-Karabakh inside Azerbaijan, near its border with Armenia. A line marks the Lachin corridor from Goris in Armenia through Lachin to Stepanakert, guarded by Russian peacekeepers from November 2020. Markers show Goris, where the peacekeepers entered; Stepanakert, their base area; Khojaly, their later main base; and Shusha, taken by Azerbaijan days before the 10 November 2020 ceasefire.',
		},
		{
			id: 'border-buildup',
			when: { from: '2021-10', to: '2022-01' }, where: 'Ukraine’s borders',
			heading: 'Troops mass around Ukraine',
			body: [
				'From the autumn of 2021 satellite images tracked Russian forces gathering. In early November tanks and artillery stood at Yelnya, near Belarus{cite:pravda-2021-11-02-maxar#yelnya-armour-1-november}{cite:militarytimes-2022-01-20-maxar#yelnya-41st-army-9-november}, and tank-division equipment moved towards Bryansk and Kursk{cite:pravda-2021-11-02-maxar#fourth-tank-division-bryansk-kursk}. The Soloti garrison near Valuyki grew sharply from September to December{cite:buzzfeed-2021-12-soloti#soloti-increase}; deployments were pictured in Crimea in October{cite:rferl-2021-12-07-maxar#novoozerne-18-october} and at Pogonovo, south of Voronezh, in November{cite:rferl-2021-12-07-maxar#pogonovo-26-november}.',
				'Units appeared at Klintsy, about 18 miles from the border, in December{cite:militarytimes-2022-01-20-maxar#klintsy-25-december} and at Klimovo, about 8 miles away, in January{cite:militarytimes-2022-01-20-maxar#klimovo-19-january}. US intelligence, RFE/RL reported, saw preparations for a possible new invasion{cite:004_1fdcc4a3134de60e.txt}.'
			],
			sources: ['pravda-2021-11-02-maxar', 'militarytimes-2022-01-20-maxar', 'buzzfeed-2021-12-soloti', 'rferl-2021-12-07-maxar', '004_1fdcc4a3134de60e.txt'],
			camera: { bounds: [[29.8, 43.5], [40.8, 55.5]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['UKR'] },
				{ layer: 'occupied', areas: ['crimea', 'donbas'] },
				{ layer: 'buildup', from: '2021-10-18', to: '2022-01-19', unconfirmed: false },
				{ layer: 'places', labels: ['kyiv'] }
			),
			alt: 'Ukraine and the Russian regions to its north and east. Build-up sites appear by date from 18 October 2021 to 19 January 2022: Soloti near Valuyki (from September), Novoozerne in Crimea (18 October), Yelnya, Bryansk and Kursk (1 November), Pogonovo (26 November), Klintsy (25 December) and Klimovo (19 January). Ukraine is tinted, and Crimea and the parts of the Donbas held by Russian-backed forces are hatched.',
		},
		{
			id: 'troop-numbers',
			when: { from: '2021-11', to: '2022-01' }, where: 'Estimates',
			heading: 'How many troops? It depends who was counting, and when',
			body: [
				'Ukraine’s Defence Ministry put Russian forces near its border at about 90,000 in November{cite:aljazeera-2021-11-03-kyiv-90000#ukraine-mod-90000}. On 3 December its minister, Oleksii Reznikov, told lawmakers that those near Ukraine and in Crimea numbered 94,300{cite:ap-2021-12-03-reznikov-94300#reznikov-94300}, while a US intelligence assessment reported by the Washington Post counted about 70,000{cite:washingtonpost-2021-12-03-us-intelligence#us-estimate-70000} and warned of plans for up to about 175,000 as soon as early 2022{cite:washingtonpost-2021-12-03-us-intelligence#plan-175000}: a projection, not troops in place.',
				'On 25 December Russia said more than 10,000 troops were returning to base after drills{cite:reuters-interfax-2021-12-25#troops-returning-10000}, held in regions near Ukraine including Crimea, Rostov and Kuban{cite:reuters-interfax-2021-12-25#drill-regions}; most troops and equipment stayed, the Conversation noted{cite:003_eea78401d5d2a198.txt}. Three days earlier Oleksiy Danilov, secretary of Ukraine’s National Security and Defence Council, had put Russian troops within 200 km of the border at nearly 122,000{cite:kyivindependent-2021-12-22-danilov#danilov-122000}; by the Geneva talks RFE/RL reported some 100,000{cite:004_1fdcc4a3134de60e.txt}.'
			],
			sources: ['aljazeera-2021-11-03-kyiv-90000', 'ap-2021-12-03-reznikov-94300', 'washingtonpost-2021-12-03-us-intelligence', 'kyivindependent-2021-12-22-danilov', 'reuters-interfax-2021-12-25', '003_eea78401d5d2a198.txt', '004_1fdcc4a3134de60e.txt'],
			chart: { kind: 'dated', title: 'Russian troops near Ukraine: the estimates by date' },
			figures: [
				{ label: 'Ukraine’s Defence Ministry', value: 'about 90,000', date: 'November 2021', sources: ['aljazeera-2021-11-03-kyiv-90000#ukraine-mod-90000'], n: 90000, qualifier: 'about', at: '2021-11-03', short: 'Ukraine (ministry)', role: 'russia' },
				{ label: 'Ukraine’s Defence Minister', value: '94,300', date: '3 December 2021', sources: ['ap-2021-12-03-reznikov-94300#reznikov-94300'], caveat: 'Near Ukraine and in Crimea', n: 94300, at: '2021-12-03', short: 'Ukraine (Reznikov)', role: 'russia' },
				{ label: 'US intelligence: near the border', value: 'about 70,000', date: '3 December 2021', sources: ['washingtonpost-2021-12-03-us-intelligence#us-estimate-70000'], n: 70000, qualifier: 'about', at: '2021-12-03', short: 'US intelligence', series: 'US intelligence', role: 'russia' },
				{ label: 'US intelligence: planned force', value: 'up to about 175,000', date: '3 December 2021', sources: ['washingtonpost-2021-12-03-us-intelligence#plan-175000'], caveat: 'A projection of a possible offensive, not troops in place', n: 175000, qualifier: 'up to about', at: '2021-12-03', short: 'US plan, a projection', series: 'US intelligence', projection: true, role: 'russia' },
				{ label: 'Ukraine’s Security Council secretary', value: 'nearly 122,000', date: '22 December 2021', sources: ['kyivindependent-2021-12-22-danilov#danilov-122000'], caveat: 'Within 200 km of the border; 143,500 within 400 km', n: 122000, qualifier: 'nearly', at: '2021-12-22', short: 'Ukraine (Danilov)', role: 'russia' },
				{ label: 'Returning to base after drills (Russia’s statement)', value: 'more than 10,000', date: '25 December 2021', sources: ['reuters-interfax-2021-12-25#troops-returning-10000', '003_eea78401d5d2a198.txt'], caveat: 'The drills were held in regions near Ukraine; most forces near the border stayed' },
				{ label: 'The Conversation', value: 'nearly 100,000', date: 'About 7–9 January 2022', sources: ['003_eea78401d5d2a198.txt'], n: 100000, qualifier: 'nearly', at: '2022-01-08', short: 'The Conversation', role: 'russia' },
				{ label: 'RFE/RL', value: 'some 100,000 combat-ready troops', date: 'About 10 January 2022', sources: ['004_1fdcc4a3134de60e.txt'], n: 100000, qualifier: 'some', at: '2022-01-10', short: 'RFE/RL', role: 'russia' }
			],
			camera: { bounds: [[29.9, 43.4], [40.6, 56.8]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['UKR'] },
				{ layer: 'occupied', areas: ['crimea', 'donbas'] },
				{ layer: 'buildup', from: '2022-01-19', to: '2022-01-19', unconfirmed: false },
				{ layer: 'places', labels: ['kyiv', 'moscow', 'rostov-on-don'] }
			),
			alt: 'The confirmed build-up sites around Ukraine as of 19 January 2022, with Kyiv, Moscow and Rostov-on-Don labelled. The figures table lists the estimates by date: about 90,000 (Ukraine’s Defence Ministry, November 2021); 94,300 near Ukraine and in Crimea (Ukraine’s Defence Minister, 3 December); about 70,000 in place and plans for up to about 175,000 (US intelligence, 3 December); nearly 122,000 within 200 km of the border (Ukraine’s Security Council secretary, 22 December); more than 10,000 returning to base (Russia, 25 December); about 100,000 (early January 2022).',
		},
		{
			id: 'diplomacy-week',
			when: { from: '2022-01-10', to: '2022-01-13' }, where: 'Geneva, Brussels, Vienna',
			heading: 'A week of talks with Russia, in three cities',
			body: [
				'With CSTO troops still in Kazakhstan, Russia met Western governments three times in four days. In Geneva on 10 January US Deputy Secretary of State Wendy Sherman faced Deputy Foreign Minister Sergei Ryabkov{cite:004_1fdcc4a3134de60e.txt}{cite:state-dept-2022-01-10-geneva#ssd-extraordinary-session}. The NATO–Russia Council met in Brussels on 12 January, its first session in about two and a half years{cite:faz-2022-01-12-nato-russia-council#first-in-two-and-a-half-years}; the Organization for Security and Co-operation in Europe followed in Vienna on 13 January{cite:sputnik-urdupoint-2021-12-30-zakharova#talks-schedule}{cite:004_1fdcc4a3134de60e.txt}.',
				'Moscow demanded guarantees that NATO would not expand further east, into countries such as Ukraine and Georgia{cite:004_1fdcc4a3134de60e.txt}.'
			],
			sources: ['004_1fdcc4a3134de60e.txt', 'state-dept-2022-01-10-geneva', 'faz-2022-01-12-nato-russia-council', 'sputnik-urdupoint-2021-12-30-zakharova'],
			camera: { bounds: [[1.9, 43.4], [42.5, 56.8]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'highlight', countries: ['UKR'] },
				{ layer: 'occupied', areas: ['crimea', 'donbas'] },
				{ layer: 'diplomacy' },
				{ layer: 'places', labels: ['moscow', 'kyiv'] }
			),
			alt: 'Europe from Geneva to Moscow. Three venues light up in turn: Geneva on 10 January 2022 (US–Russia Strategic Stability Dialogue), Brussels on 12 January (NATO–Russia Council) and Vienna on 13 January (OSCE Permanent Council). Ukraine is tinted, with Crimea and the parts of the Donbas held by Russian-backed forces hatched; Moscow and Kyiv are labelled.',
		},
		{
			id: 'what-followed',
			act: { title: 'Afterwards', dek: 'Later events, after the period this story covers.' },
			when: { from: '2022-02-24' }, where: 'Later, in Ukraine',
			heading: 'Six weeks later, the invasion of Ukraine',
			body: [
				'The last CSTO planes left Kazakhstan on 19 January{cite:mod-2022-01-19-withdrawal#last-four-planes}. On 21 February Putin recognised the Russian-backed “people’s republics” of Donetsk and Luhansk as independent{cite:reuters-2022-02-24-invasion#recognition-21-february}, and on the morning of 24 February Russia invaded Ukraine by land, sea and air, in what Reuters called “the largest military assault by one European state on another since World War Two”{cite:reuters-2022-02-24-invasion#invasion-began}.',
				'Whether Kazakhstan had been part of a pattern remained a matter of argument. In January analysts had been divided on what it meant for Ukraine, RFE/RL reported{cite:004_1fdcc4a3134de60e.txt}; writing after the invasion began, Tyler Murray argued for American University’s Transatlantic Policy Center that Russia was looking to “further its success in Belarus and Kazakhstan” in Ukraine{cite:000_b90b25bff127b246.txt}.'
			],
			sources: ['mod-2022-01-19-withdrawal', 'reuters-2022-02-24-invasion', '004_1fdcc4a3134de60e.txt', '000_b90b25bff127b246.txt'],
			camera: { bounds: [[24.1, 38.4], [80.4, 57.2]], bearing: 0, pitch: 0 },
			layers: L(
				{ layer: 'occupied', areas: ['crimea', 'donbas'] },
				{ layer: 'buildup', from: '2022-01-19', to: '2022-01-19', unconfirmed: false, labels: false },
				{ layer: 'pattern' },
				{ layer: 'places', labels: ['kyiv', 'moscow'], emphasis: ['kyiv'] }
			),
			alt: 'The opening view again, from Ukraine to Kazakhstan: the five crises ringed and labelled with the year each began (Crimea and the Donbas, 2014; Belarus and Nagorno-Karabakh, 2020; Kazakhstan, January 2022), the Russian build-up sites reported by January 2022 around Ukraine’s borders, and Crimea and the parts of the Donbas held by Russian-backed forces hatched as occupied. Kyiv is marked and Moscow labelled.',
		}
	]
} satisfies Story;

export default story;
