/**
 * Every source the story and the map records cite. The five seed articles come
 * first, under their file names; background sources follow, under short slugs.
 * A background source's note says what it supports and how far to trust it.
 */
import type { Source } from '../src/lib/story/types';

export const sources: Source[] = [
	// ── The five seed articles ────────────────────────────────────────────
	{
		id: '000_b90b25bff127b246.txt',
		kind: 'seed',
		publisher: 'University of Denver, Josef Korbel School of International Studies',
		author: 'Tyler Murray',
		date: '2022, after 24 February',
		headline: 'Kazakhstan and Ukraine: Democratic backsliding in the post-Soviet Russian sphere of influence',
		note: "A master's student's analysis (opinion), written after Russia's full-scale invasion of Ukraine began on 24 February 2022 (\"With an invasion ongoing\"). Publication date not stated. Almost no checkable figures."
	},
	{
		id: '001_702f0e2e004c6f4a.txt',
		kind: 'seed',
		publisher: 'New Statesman',
		author: 'Ido Vock',
		date: '7 January 2022',
		headline: "Russia's hold over its neighbours keeps deepening",
		note: 'Analysis. Strongest on Belarus and Nagorno-Karabakh. Its description of Russian troops as "permanently stationed" in Karabakh has been overtaken by events: they left in 2024.'
	},
	{
		id: '002_11bd9eef223746f1.txt',
		kind: 'seed',
		publisher: 'McGill Journal of Political Studies',
		author: null,
		date: 'January 2022, after 11 January',
		headline: 'The Kazakh Protests',
		note: 'Author not named; edited by Theo Malhotra. Student opinion piece. Its force size and airlift wording differ from other sources, and it calls all 208 non-security dead "protesters", which officials did not; see the force-size and death-toll steps.'
	},
	{
		id: '003_eea78401d5d2a198.txt',
		kind: 'seed',
		publisher: 'The Conversation (republished)',
		author: 'Lena Surzhko Harned',
		date: 'January 2022 (about 7–9 January; before the 10 January Geneva talks)',
		headline: 'In Kazakhstan, Russia follows a playbook it developed in Ukraine',
		note: "A scholar's analysis. Contains date slips (it puts the start of the protests in 2021 and misdates Russia's move into Crimea) and presents a US projection of 175,000 troops as a force already in place; the story uses the corrected dates and the dated troop estimates instead."
	},
	{
		id: '004_1fdcc4a3134de60e.txt',
		kind: 'seed',
		publisher: 'RFE/RL (Radio Free Europe/Radio Liberty)',
		author: 'Reid Standish',
		date: 'About 10–11 January 2022',
		headline: "Will The Crisis In Kazakhstan Affect Putin's Plans For Ukraine?",
		note: 'News analysis; the most precise seed on the diplomacy and the force size. Uses a different transliteration of Kassym-Jomart Tokayev’s name. Its death toll of "some 164" was an early figure that was later retracted and revised.'
	},

	// ── Added with the corrections of January 2022 facts ─────────────────
	{
		id: 'tass-2022-01-05-security-council',
		kind: 'background',
		publisher: 'TASS',
		author: null,
		date: '2022-01-05',
		headline: 'Kazakhstan President becomes Security Council Chairman amid riots, promises tough response',
		url: 'https://tass.com/world/1384183',
		supports: {
			'tokayev-security-council': 'Tokayev announced on 5 January 2022, in his second televised address, that he had replaced Nazarbayev as chairman of the Security Council'
		},
		note: 'Russian state news agency.'
	},
	{
		id: 'sputnik-urdupoint-2022-01-05-aktau-almaty',
		kind: 'background',
		publisher: 'UrduPoint (carrying Sputnik)',
		author: null,
		date: '2022-01-05',
		dateNote: 'Published at 00:30 Pakistan time on 5 January, the evening of 4 January in Almaty',
		headline: 'Protesters Clash With Police In Downtown Almaty',
		url: 'https://www.urdupoint.com/en/business/protesters-clash-with-police-in-downtown-alma-1441438.html',
		supports: {
			'aktau-promise': 'on 4 January the government commission promised protesters a lower gas price and no prosecution for taking part in the rallies',
			'almaty-clashes-0104': 'protesters clashing with police on the central square of Almaty on 4 January'
		},
		note: 'Russian state agency copy via an aggregator. Kazakhstan’s government said the same day that the price in Mangystau would be set at 50 tenge a litre.'
	},
	{
		id: 'belsat-2022-01-06-belarus-company',
		kind: 'background',
		publisher: 'Belsat',
		author: null,
		date: '2022-01-06',
		headline: 'Belarus Defense Ministry reports about military personnel sent to Kazakhstan',
		url: 'https://belsat.eu/en/news/06-01-2022-belarus-defense-ministry-reports-about-military-personnel-sent-to-kazakhstan/',
		supports: {
			'belarus-company': 'Belarus’s Defence Minister Viktar Khrenin said a peacekeeping company of the 103rd Airborne Brigade of Special Operations Forces from Vitsebsk was being sent, flown on Russian aircraft from the Machulishchy airfield'
		},
		note: 'Independent broadcaster in exile; it quotes the ministry’s own statement and video. The ministry gave no head count.'
	},
	{
		id: 'sputnik-mediabank-2022-01-06-chkalovsky',
		kind: 'background',
		publisher: 'Sputnik (handout from the Russian Defence Ministry)',
		author: null,
		date: '2022-01-06',
		headline: 'Russian Ilyushin Il-76 military transport aircraft carrying peacekeepers prepares to take off at Chkalovsky airfield',
		url: 'https://sputnikmediabank.com/images/item/6736805',
		supports: {
			'chkalovsky-0106': 'a Russian Defence Ministry video grab, dated 6 January 2022, of an Il-76 carrying peacekeepers about to take off from Chkalovsky airfield outside Moscow'
		},
		note: 'A picture-agency item: its caption stands in for a headline. A party’s own footage.'
	},
	{
		id: 'todaykg-2022-01-kyrgyz-kant',
		kind: 'background',
		publisher: 'Today.kg',
		author: null,
		date: '2022-01',
		dateNote: 'Published the morning after the Kyrgyz unit arrived (“вчера вечером”, last night); the arrival was on 7 January 2022',
		headline: 'Миротворцы из Кыргызстана прибыли в Казахстан вчера вечером',
		headlineLang: 'ru',
		headlineEnglish: 'Peacekeepers from Kyrgyzstan arrived in Kazakhstan last night',
		url: 'https://today.kg/news/582752/',
		supports: {
			'kyrgyz-kant-flight': 'the Russian Defence Ministry, via RIA Novosti: the Kyrgyz unit and its equipment were flown from the Kant airfield to the Almaty airfield in Russian Il-76 transport aircraft',
			'kyrgyz-equipment': 'Kyrgyzstan’s Defence Ministry: 150 personnel flew out, with 8 armoured and 11 other vehicles'
		},
		note: 'A Kyrgyz news site relaying the Russian Defence Ministry’s statement as carried by RIA Novosti.'
	},
	{
		id: 'sputnik-urdupoint-2022-01-07-japarov-decree',
		kind: 'background',
		publisher: 'UrduPoint (carrying Sputnik)',
		author: null,
		date: '2022-01-07',
		headline: 'Kyrgyz President Signs Decree On Sending Peacekeepers To Kazakhstan - Office',
		url: 'https://www.urdupoint.com/en/world/kyrgyz-president-signs-decree-on-sending-peac-1443243.html',
		supports: {
			'kyrgyz-decree': 'President Sadyr Japarov signed a decree on sending a Kyrgyz military contingent to Kazakhstan; his office said 150 servicemen and 19 units of equipment would go, after parliament’s approval earlier that day'
		},
		note: 'Russian state agency copy via an aggregator, quoting the Kyrgyz presidential office.'
	},
	{
		id: 'armradio-2022-01-07-kyrgyz-150',
		kind: 'background',
		publisher: 'Public Radio of Armenia (citing TASS)',
		author: null,
		date: '2022-01-07',
		headline: 'Kyrgyzstan to send 150 peacekeepers to Kazakhstan as part of CSTO mission',
		url: 'https://en.armradio.am/2022/01/07/kyrgyzstan-to-send-150-peacekeepers-to-kazakhstan-as-part-of-csto-mission/',
		supports: {
			'kyrgyz-parliament-150': 'Kyrgyzstan’s parliament approved on 7 January sending 150 military personnel and 19 units of vehicles and armour, to guard government facilities rather than disperse rallies'
		}
	},
	{
		id: 'efe-2022-01-07-shoot-to-kill',
		kind: 'background',
		publisher: 'EFE',
		author: null,
		date: '2022-01-07',
		headline: 'Kazakh president gives ‘shoot to kill’ order against protesters',
		url: 'https://www.efe.com/efe/english/portada/kazakh-president-gives-shoot-to-kill-order-against-protesters/50000260-4712692',
		supports: {
			'shoot-to-kill-0107': 'Tokayev said in an address to the nation on Friday 7 January 2022 that he had ordered security forces to shoot to kill without warning, and rejected talks with those he called bandits'
		},
		note: 'Spanish news agency.'
	},
	{
		id: 'hurriyet-afp-2022-01-07-blinken',
		kind: 'background',
		publisher: 'Hürriyet Daily News (AFP)',
		author: null,
		date: '2022-01-07',
		headline: 'Blinken warns Kazakhstan that Russians may stay',
		url: 'https://www.hurriyetdailynews.com/blinken-warns-kazakhstan-that-russians-may-stay-170640',
		supports: {
			'blinken-0107': 'Antony Blinken told reporters on 7 January 2022: “once Russians are in your house, it’s sometimes very difficult to get them to leave”'
		},
		note: 'AFP copy. The remark came at the Secretary of State’s press availability in Washington on 7 January, before the CSTO summit of 10 January.'
	},
	{
		id: 'interfax-2022-01-10-zas-flights',
		kind: 'background',
		publisher: 'Interfax',
		author: null,
		date: '2022-01-10',
		headline: 'CSTO peacekeepers were transferred to Kazakhstan by more than 100 flights - Secretary General',
		noUrl: 'Interfax’s own address for this item was not found; read at a republication',
		readAt: { label: 'VPK.name', url: 'https://vpk.name/en/570850_csto-peacekeepers-were-transferred-to-kazakhstan-by-more-than-100-flights-secretary-general.html' },
		supports: {
			'flights-108': 'CSTO Secretary-General Stanislav Zas told the CSTO’s extraordinary session on 10 January 2022 that Russian aircraft had made more than 108 flights “within four days”',
			'belarus-company': 'Belarus’s Defence Ministry said it had sent a peacekeeping company of the 103rd Airborne Brigade'
		}
	},
	{
		id: 'tass-2022-01-13-zas-110-flights',
		kind: 'background',
		publisher: 'TASS',
		author: null,
		date: '2022-01-13',
		headline: 'CSTO chief says over 2,000 peacekeepers were deployed for Kazakhstan mission',
		url: 'https://tass.com/world/1387507',
		supports: {
			'flights-110': 'Zas said at the ceremony ending the operation in Almaty on 13 January 2022 that Russian planes had made about 110 flights, carrying over 2,000 peacekeepers and about 250 vehicles'
		},
		note: 'Russian state news agency, quoting the CSTO Secretariat.'
	},
	{
		id: 'interfax-2022-01-13-first-return',
		kind: 'background',
		publisher: 'Interfax',
		author: null,
		date: '2022-01-13',
		headline: 'Четыре военных самолета с десантниками прибыли из Казахстана в Россию',
		headlineLang: 'ru',
		headlineEnglish: 'Four military aircraft with paratroopers arrived in Russia from Kazakhstan',
		url: 'https://www.interfax.ru/amp/815305',
		supports: {
			'first-return-0113': 'the Russian Defence Ministry said on 13 January 2022 that the first Russian airborne units had been flown back from Kazakhstan to the Ivanovo-Severny airfield'
		},
		note: 'Russian news agency quoting the Defence Ministry. TASS reported the same day that they came in four Il-76MD aircraft.'
	},
	{
		id: 'armradio-tass-2022-01-14-allies-leave',
		kind: 'background',
		publisher: 'Public Radio of Armenia (citing TASS)',
		author: null,
		date: '2022-01-14',
		headline: 'Peacekeepers from Armenia, Kyrgyzstan and Tajikistan leave Kazakhstan',
		url: 'https://en.armradio.am/2022/01/14/peacekeepers-from-armenia-kyrgyzstan-and-tajikistan-leave-kazakhstan/',
		supports: {
			'allies-leave-0114': 'the Armenian unit left from the Almaty airport in three Russian transport aircraft; the Tajiks on one Russian Il-76; the Kyrgyz left the Almaty CHPP-2 power plant they had guarded in a road convoy, about 250 km to Kyrgyzstan’s border'
		}
	},
	{
		id: 'akipress-2022-01-13-kyrgyz-return',
		kind: 'background',
		publisher: 'AKIpress',
		author: null,
		date: '2022-01-13',
		headline: 'Кыргызские военнослужащие покинут Казахстан 14 января',
		headlineLang: 'ru',
		headlineEnglish: 'Kyrgyz servicemen will leave Kazakhstan on 14 January',
		url: 'https://kg.akipress.org/news:1756316',
		readAt: { label: 'ISAP', url: 'https://isap.center/post/5474' },
		supports: {
			'kyrgyz-kant-flight': 'the 150 Kyrgyz servicemen were moved from Kyrgyzstan to Almaty on 7 January in two Russian military transport aircraft via the Kant airbase',
			'kyrgyz-return-tokmok': 'the contingent would leave on 14 January, going home by its own means to its base in Tokmok'
		},
		note: 'Kyrgyz news agency. The headline is the story’s first sentence as republished; AKIpress’s own page was not seen.'
	},
	{
		id: 'ifpnews-2022-01-15-prosecutor-briefing',
		kind: 'background',
		publisher: 'IFP News',
		author: null,
		date: '2022-01-15',
		dateNote: 'Reports the Prosecutor-General’s office briefing of 15 January 2022',
		headline: 'Kazakhstan: 225 killed, thousands injured during unrest',
		url: 'https://ifpnews.com/kazakhstan-225-killed-thousands-injured-during-unrest',
		supports: {
			'bandits-and-civilians': 'Serik Shalabayev of the Prosecutor-General’s office said some of the 225 dead were “armed bandits who took part in the terrorist acts” and that civilians had also become victims'
		},
		note: 'An Iranian news site; the briefing was also reported by AFP and TASS.'
	},
	{
		id: 'independent-2022-01-10-children',
		kind: 'background',
		publisher: 'The Independent',
		author: 'Eleanor Sly',
		date: '2022-01-10',
		headline: 'Kazakhstan protests: 164 people killed in unrest, health ministry says',
		url: 'https://www.independent.co.uk/asia/central-asia/kazakhstan-protests-deaths-injuries-statistics-b1989653.html',
		supports: {
			'children-killed': 'Kazakhstan’s ombudswoman for children’s rights said three of those killed were minors, among them a four-year-old girl'
		}
	},
	{
		id: 'interfax-2022-01-18-ulyanovsk',
		kind: 'background',
		publisher: 'Interfax',
		author: null,
		date: '2022-01-18',
		headline: 'Из Казахстана в РФ за прошедшие сутки вернулись 40 самолетов с российскими миротворцами',
		headlineLang: 'ru',
		headlineEnglish: '40 aircraft with Russian peacekeepers returned from Kazakhstan to Russia in the past day',
		url: 'https://www.interfax.ru/amp/815980',
		supports: {
			'return-ulyanovsk': 'the Russian Defence Ministry said on 18 January 2022 that 40 transport aircraft had brought peacekeepers home in the past day to military airfields in the Moscow and Ulyanovsk regions'
		}
	},
	{
		id: 'apostrophe-2022-01-06-csto',
		kind: 'background',
		publisher: 'Apostrophe',
		author: null,
		date: '2022-01-06',
		headline: 'What is the CSTO and how many troops will be deployed in Kazakhstan',
		url: 'https://apostrophe.ua/en/news/world/ex-ussr/2022-01-06/chto-takoe-odkb-i-skolko-voysk-otpravyat-v--kazahstan/255131',
		supports: {
			'treaty-dates': 'the treaty signed in Tashkent on 15 May 1992 by six states; Azerbaijan, Georgia and Belarus signing in 1993; the treaty in force from 20 April 1994; the six remaining states creating the CSTO in 2002'
		},
		note: 'Ukrainian news site. Its early contingent estimates (Kyrgyzstan 200, Armenia 70) differ from the official figures and are not used.'
	},

	// ── Background: Kazakhstan, 1–19 January 2022 ────────────────────────
	{
		id: 'jamestown-2022-01-lpg-prices',
		kind: 'background',
		publisher: 'Jamestown Foundation (read via a repost by The Global Eye)',
		author: null,
		date: 'January 2022',
		headline: 'Social Unrest in Kazakhstan Turns Violent, Ends Nazarbayev Era',
		note: 'Supports: the lifting of the price cap on liquefied petroleum gas (LPG) on 1 January 2022, which roughly doubled the price from 60 to 120 tenge a litre, and its wide use as car fuel in western Kazakhstan. Read via a repost.'
	},
	{
		id: 'tass-2022-01-05',
		kind: 'background',
		publisher: 'TASS',
		author: null,
		date: '5 January 2022',
		headline: 'TASS report on the start of the protests in Mangystau region',
		note: 'Supports: protests began on 2 January 2022 in Zhanaozen and Aktau. Russian state news agency.',
		url: 'https://tass.com/world/1384061'
	},
	{
		id: 'interfax-ukraine-2022-01-05',
		kind: 'background',
		publisher: 'Interfax-Ukraine',
		author: null,
		date: '5 January 2022',
		headline: 'Interfax-Ukraine report on the spread of the protests and the state of emergency',
		note: 'Supports: clashes in Almaty and rallies in other cities on 4 January; the government\'s resignation and a state of emergency (to 19 January) on 5 January; the Almaty city hall (akimat) and presidential residence set on fire and the airport seized on 5 January.',
		url: 'https://en.interfax.com.ua/news/general/789975.html'
	},
	{
		id: 'centralasia-news-2022-01-csto-request',
		kind: 'background',
		publisher: 'Centralasia.news (citing Khabar 24 and Vlast)',
		author: null,
		date: 'January 2022',
		headline: "Report on Tokayev's appeal to the CSTO and the alliance's decision",
		note: "Supports: Tokayev's appeal to CSTO leaders on 5 January 2022 and the decision that night by the CSTO's Collective Security Council, chaired by Armenia's prime minister Nikol Pashinyan, to send collective peacekeeping forces for a limited period under Article 4 of the treaty. A regional aggregator citing Kazakh media."
	},
	{
		id: 'tvr-2022-01-06',
		kind: 'background',
		publisher: 'Belarus state television (tvr.by)',
		author: null,
		date: '6 January 2022',
		headline: 'Belarusian state TV report on the first CSTO landings',
		note: 'Supports: the first Russian units landed in Almaty on the morning of 6 January 2022. State broadcaster of a contributing country; Armenian public radio reported the same that day.'
	},
	{
		id: 'sputnik-2022-01-06-zas',
		kind: 'background',
		publisher: 'Sputnik',
		author: null,
		date: '6 January 2022',
		headline: 'CSTO Secretary-General Zas on the size of the peacekeeping force, as reported by Sputnik',
		note: 'Supports: the announced size of the CSTO force, "about 2,500", a number Zas said could change. Russian state outlet.'
	},
	{
		id: 'mod-konashenkov-2022-01-07',
		kind: 'background',
		publisher: 'Russian Defence Ministry (briefings by spokesman Konashenkov, read via reposts incl. Sputnik Serbia)',
		author: null,
		date: '6–7 January 2022',
		headline: 'Russian Defence Ministry briefings on the units sent to Kazakhstan and on Almaty airport',
		note: 'Supports: the units flown in (45th separate Spetsnaz brigade of the airborne forces, 98th Guards Airborne Division from Ivanovo, 31st separate air-assault brigade from Ulyanovsk) and Russian peacekeepers and Kazakh police taking full control of Almaty airport on 7 January. Official claims of a party to the operation, read via reposts (one a blog).'
	},
	{
		id: 'tass-2022-01-07',
		kind: 'background',
		publisher: 'TASS',
		author: null,
		date: '7 January 2022',
		headline: 'Russian Defence Ministry statement on the airlift, as reported by TASS',
		note: 'Supports: an air group of more than 70 Il-76 and five An-124 transport aircraft flying troops around the clock; 12 aircraft leaving Chkalovsky on 7 January; landings at Almaty and at the Zhetygen military airfield. A fleet size, not a count of flights per day.',
		url: 'https://tass.com/defense/1384873'
	},
	{
		id: 'defence-blog-2022-01-07',
		kind: 'background',
		publisher: 'Defence Blog (quoting the Russian Defence Ministry)',
		author: null,
		date: '7 January 2022',
		headline: 'Report quoting the Russian Defence Ministry on the airborne troops boarding for Kazakhstan',
		note: 'Supports: the three departure airfields, Chkalovsky, Ivanovo-Severny and Ulyanovsk-Vostochny. Specialist website relaying an official statement.'
	},
	{
		id: 'panorama-am-2022-01-07',
		kind: 'background',
		publisher: 'Panorama.am',
		author: null,
		date: '7 January 2022',
		headline: 'Report on the national contingents of the CSTO force',
		note: "Supports: Armenia's contingent of 100, confirmed by Armenia's Defence Ministry; and the reported contingents of Russia (about 3,000), Belarus (about 500), Tajikistan (about 200) and Kyrgyzstan (about 150). Only Armenia's figure is official; together the reported figures exceed the announced total of about 2,500."
	},
	{
		id: 'belsat-2022-01-10',
		kind: 'background',
		publisher: 'Belsat',
		author: null,
		date: '10 January 2022',
		headline: 'Report on the retracted death toll of 164',
		note: "Supports: the figure of 164 dead (103 in Almaty) posted on the government's official Telegram channel on 9 January 2022, attributed to the Health Ministry, which denied supplying it; the post was withdrawn as a \"technical error\". UrduPoint reported the same."
	},
	{
		id: 'inform-kz-2022-01-11',
		kind: 'background',
		publisher: 'Kazinform (inform.kz)',
		author: null,
		date: '11 January 2022',
		headline: "Tokayev's address to the Mazhilis on the CSTO mission",
		note: 'Supports: Tokayev telling parliament on 11 January 2022 that the mission was "successfully completed" and that the withdrawal would start in two days and take no more than ten; Alikhan Smailov confirmed as prime minister. Kazakh state news agency; DW reported the same.'
	},
	{
		id: 'armradio-2022-01-13',
		kind: 'background',
		publisher: 'Public Radio of Armenia (armradio.am)',
		author: null,
		date: '13 January 2022',
		headline: 'Report on the start of the CSTO withdrawal',
		note: 'Supports: the withdrawal began on 13 January 2022; Russian Defence Minister Shoigu said it would be complete by 19 January and that the peacekeepers had guarded 14 strategic sites. Public broadcaster of a contributing country.'
	},
	{
		id: 'sputnik-urdupoint-2022-01-13-zas',
		kind: 'background',
		publisher: 'UrduPoint (carrying Sputnik)',
		author: null,
		date: '13 January 2022',
		headline: 'CSTO Secretary-General Zas on the totals of the operation, as carried by UrduPoint from Sputnik',
		note: 'Supports: "more than 2,000 peacekeepers and about 250 units of equipment" and "more than 108 aircraft flights" for the whole deployment. Russian state agency copy via an aggregator.'
	},
	{
		id: 'azerbaycan24-tass-2022-01-14',
		kind: 'background',
		publisher: 'Azerbaycan24 (citing TASS)',
		author: null,
		date: '14 January 2022',
		headline: 'Report on the allied contingents leaving Kazakhstan',
		note: 'Supports: the five contributing states (Russia, Belarus, Armenia, Tajikistan, Kyrgyzstan); Armenian, Belarusian and Tajik troops flown home on Russian Il-76s on 14 January 2022, the Belarusians in 10 planes from Zhetygen to Minsk; Kyrgyz troops driving home. Aggregator relaying TASS; a lower-reliability outlet reported the same details.'
	},
	{
		id: 'interfax-2022-01-15-return',
		kind: 'background',
		publisher: 'Interfax (via a news reposting site)',
		author: null,
		date: '15 January 2022',
		headline: 'Interfax report on Russian troops flying home from Almaty',
		note: 'Supports: 15 Il-76 and 3 An-124 aircraft carrying Russian troops from Almaty to Ivanovo and airfields in the Moscow region on 15 January 2022. Read via a repost.'
	},
	{
		id: 'reuters-2022-01-15-death-toll',
		kind: 'background',
		publisher: 'Reuters',
		author: null,
		date: '15 January 2022',
		headline: "Kazakh Prosecutor-General's office on the death toll, as reported by Reuters",
		note: 'Supports: 225 bodies delivered to morgues, 19 of them security personnel (15 January 2022). AP reported the same.'
	},
	{
		id: 'mod-2022-01-19-withdrawal',
		kind: 'background',
		publisher: 'Russian Defence Ministry (statement reposted by nashaoborona.ru; also reported by TASS)',
		author: null,
		date: '19 January 2022',
		headline: 'Russian Defence Ministry statement on the completed withdrawal from Kazakhstan',
		note: 'Supports: the last four Russian aircraft leaving Nur-Sultan and Almaty on 19 January 2022 with the force commander, Col-Gen Andrei Serdyukov; more than 100 return flights to Chkalovsky, Ivanovo, Ulyanovsk, Yerevan, Dushanbe and Minsk. Official claims, read via a repost.'
	},
	{
		id: 'rferl-2022-03-14-death-tolls',
		kind: 'background',
		publisher: 'RFE/RL',
		author: null,
		date: '14 March 2022',
		headline: 'Report on the contradictory official death tolls of the January unrest',
		note: 'Supports: the earlier official total of 227; on 14 March 2022 Prosecutor-General Asylov gave 230, including 19 police officers (139 in Almaty), while Ombudswoman Azimova gave 238, including deaths in custody. Later RFE/RL reports say "at least 238"; rights groups say the true toll is higher.',
		url: 'https://staging.rferl.org/a/kazakhstan-contradictory-death-tolls-unrest/31752499.html'
	},

	// ── Background: the CSTO ─────────────────────────────────────────────
	{
		id: 'csto-treaty-history-2006',
		kind: 'background',
		publisher: 'Wikipedia, "Collective Security Treaty Organization" (2006 revision, read via a mirror)',
		author: null,
		date: '2006 revision',
		headline: 'Encyclopedia article on the Collective Security Treaty and its members',
		note: 'Supports: the treaty signed in Tashkent on 15 May 1992 by Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan; Belarus, Azerbaijan and Georgia signing in 1993; Azerbaijan, Georgia and Uzbekistan not renewing in 1999; the CSTO charter of 7 October 2002. An old encyclopedia revision read via a mirror: use for dates only.'
	},
	{
		id: 'moscowtimes-2012-06-28',
		kind: 'background',
		publisher: 'The Moscow Times',
		author: null,
		date: '28 June 2012',
		headline: "Report on Uzbekistan suspending its CSTO membership",
		note: 'Supports: Uzbekistan leaving the CSTO in June 2012, after rejoining in 2006 (Asia-Plus reported the 2006 return).'
	},
	{
		id: 'france24-2024-02-armenia-csto',
		kind: 'background',
		publisher: 'France 24 (as reported by Asbarez)',
		author: null,
		date: '22–23 February 2024',
		headline: "Interview in which Nikol Pashinyan says Armenia has frozen its CSTO participation",
		note: 'Supports a later event: Armenia "froze" its participation in the CSTO in February 2024, two years after the events in this story; the Kremlin said at the time there had been no formal exit.'
	},

	// ── Background: Ukraine, 2014–2022 ───────────────────────────────────
	{
		id: 'wikipedia-crimea-annexation-timeline',
		kind: 'background',
		publisher: 'Wikipedia',
		author: null,
		date: 'Undated',
		headline: 'Timeline of the Russian annexation of Crimea',
		note: 'Supports: Russian forces seizing the Crimean parliament and government buildings in Simferopol on 27 February 2014; the so-called referendum on 16 March; the annexation treaty signed in the Kremlin on 18 March 2014 (dates also reported by DW, The Daily Beast and the Crimean news agency QHA). An encyclopedia: used for dates only.'
	},
	{
		id: 'ohchr-via-euromaidanpress-2021-07-19',
		kind: 'background',
		publisher: 'Euromaidan Press (citing the UN human rights office, OHCHR)',
		author: null,
		date: '19 July 2021',
		headline: 'OHCHR figures on the conflict-related death toll in eastern Ukraine',
		note: "Supports: 13,200–13,400 people killed in the Donbas war between 14 April 2014 and 30 June 2021, at least 3,390 of them civilians, from an OHCHR reply to RFE/RL."
	},
	{
		id: 'buzzfeed-derived-2021-12-donbas-toll',
		kind: 'background',
		publisher: 'Report derived from BuzzFeed News',
		author: null,
		date: 'December 2021',
		headline: 'Report on the Russian build-up citing a Donbas death toll of more than 14,000',
		note: 'Supports: the higher estimate of "more than 14,000" killed in the Donbas. Secondary, derived report; lower reliability than the UN count.'
	},
	{
		id: 'pravda-2021-11-02-maxar',
		kind: 'background',
		publisher: 'Ukrainska Pravda (citing Politico, Maxar and Jane\'s)',
		author: null,
		date: '2 November 2021',
		headline: 'Report on Maxar satellite images of Russian forces near Yelnya',
		note: "Supports: armour, tanks and self-propelled artillery, including 1st Guards Tank Army elements, imaged at Yelnya on 1 November 2021; 4th Tank Division equipment moved to areas around Bryansk and Kursk (Jane's)."
	},
	{
		id: 'militarytimes-2022-01-20-maxar',
		kind: 'background',
		publisher: 'Military Times (Maxar image captions)',
		author: null,
		date: '20 January 2022',
		headline: 'Maxar satellite images of Russian deployments near Ukraine',
		note: 'Supports: elements of the 41st Combined Arms Army, including hundreds of tanks, at Yelnya on 9 November 2021; a deployment at Klintsy (Bryansk region, about 18 miles from the border) on 25 December 2021; at Klimovo (about 8 miles from the border) on 19 January 2022; Yelnya and Pogonovo imaged again on 19 January.'
	},
	{
		id: 'rferl-2021-12-07-maxar',
		kind: 'background',
		publisher: 'RFE/RL',
		author: null,
		date: '7 December 2021',
		headline: 'Satellite images of the Russian troop build-up near Ukraine',
		note: 'Supports: Maxar images of deployments at Novoozerne in Crimea (18 October 2021) and a battle-group training area at Pogonovo, Voronezh region (26 November 2021); Ukraine putting Russian forces at more than 90,000, including in Crimea, on the day of the Biden–Putin video call.',
		url: 'https://rferl.org/a/russia-ukraine-troop-buildup-satellite-imagery/31598141.html'
	},
	{
		id: 'buzzfeed-2021-12-soloti',
		kind: 'background',
		publisher: 'BuzzFeed News (read via reposts)',
		author: null,
		date: 'December 2021',
		headline: 'Satellite images of the Soloti garrison near Valuyki',
		note: 'Supports: a large increase in forces at the Soloti garrison near Valuyki, Belgorod region, between 7 September and 5 December 2021 (3rd Motor Rifle Division). Read via reposts: lower reliability.'
	},
	{
		id: 'mahanology-2021-11-13',
		kind: 'background',
		publisher: 'Mahanology (news brief)',
		author: null,
		date: '13 November 2021',
		headline: "Brief on Ukraine's Defence Ministry estimate of Russian troops near its border",
		note: "Supports: Ukraine's Defence Ministry estimate of about 90,000 Russian troops near its border in November 2021. A short secondary brief."
	},
	{
		id: 'washingtonpost-2021-12-03-us-intelligence',
		kind: 'background',
		publisher: 'The Washington Post (as reported by The Hill)',
		author: null,
		date: '3 December 2021',
		headline: 'US intelligence document on Russian plans for a possible offensive against Ukraine',
		note: 'Supports: about 70,000 troops (about 50 battalion tactical groups) near the border at the time, and plans for about 100 battalion tactical groups and an estimated 175,000 personnel "as soon as early 2022". The 175,000 is a projection of a planned force, not a count of troops in place.'
	},
	{
		id: 'reuters-interfax-2021-12-25',
		kind: 'background',
		publisher: 'Reuters (citing Interfax)',
		author: null,
		date: '25 December 2021',
		headline: 'Russia says more than 10,000 troops are returning to base after drills',
		note: "Supports: Russia's statement that more than 10,000 Southern Military District troops were returning to base after month-long drills in the Rostov and Krasnodar regions and Crimea, but also in Stavropol, Astrakhan, the North Caucasus and Armenia, so not all had been near Ukraine. TRT World (AFP) reported the same."
	},
	{
		id: 'afp-2021-12-kyiv-estimates',
		kind: 'background',
		publisher: 'AFP (via a republishing site)',
		author: null,
		date: 'Late December 2021',
		headline: "AFP report on Kyiv's estimates of Russian troops near Ukraine",
		note: "Supports: Kyiv's estimate rising from about 93,000 in October 2021 to about 104,000 in late December. Read via a republishing site."
	},
	{
		id: 'persianovsky-location',
		kind: 'background',
		publisher: 'Encyclopedia entry (Italian-language mirror)',
		author: null,
		date: 'Undated',
		headline: 'Encyclopedia entry on the village of Persianovsky, Rostov region',
		note: 'Supports only the location of the village. Persianovsky is often named as a concentration area in the winter 2021–22 build-up, but no source found confirms that role: the map shows it as unconfirmed.'
	},

	// ── Background: the 2020 crises ──────────────────────────────────────
	{
		id: 'mfa-russia-2020-11-10-statement',
		kind: 'background',
		publisher: 'Russian Foreign Ministry (text of the trilateral statement; also reported by TASS)',
		author: null,
		date: '10 November 2020',
		headline: 'Statement by the leaders of Azerbaijan, Armenia and Russia on Nagorno-Karabakh',
		note: 'Supports: the statement signed on 9 November 2020; a complete ceasefire from midnight Moscow time on 10 November; a Russian peacekeeping force of 1,960 troops, 90 armoured personnel carriers and 380 vehicles along the line of contact and the 5 km-wide Lachin corridor, for five years, renewed automatically for further five-year periods. Read via a repost of the official text.'
	},
	{
		id: 'ap-2020-11-10-shusha',
		kind: 'background',
		publisher: 'AP (via The Atlanta Journal-Constitution)',
		author: null,
		date: '10 November 2020',
		headline: 'AP report on the Nagorno-Karabakh ceasefire',
		note: 'Supports: Azerbaijan taking the town of Shusha days before the ceasefire.'
	},
	{
		id: 'usc-armenian-studies-peacekeepers',
		kind: 'background',
		publisher: 'USC Institute of Armenian Studies',
		author: null,
		date: 'Undated',
		headline: 'Article on the deployment of Russian peacekeepers in Nagorno-Karabakh',
		note: 'Supports: the peacekeepers moving in via Goris in Armenia and basing themselves in the Stepanakert area in November 2020.'
	},
	{
		id: 'reuters-karabakh-khojaly-base',
		kind: 'background',
		publisher: 'Reuters (via Yahoo News)',
		author: null,
		date: 'Undated',
		headline: "Reuters report on the Russian peacekeepers' base in Nagorno-Karabakh",
		note: "Supports: the peacekeepers' main base near Khojaly."
	},
	{
		id: 'kyivindependent-2024-06-karabakh-withdrawal',
		kind: 'background',
		publisher: 'The Kyiv Independent (citing Azerbaijan\'s Defence Ministry)',
		author: null,
		date: 'June 2024',
		headline: 'Report on the completed withdrawal of Russian peacekeepers from Karabakh',
		note: 'Supports later events: Azerbaijan retook Nagorno-Karabakh on 19–20 September 2023; Russian peacekeepers began withdrawing in April 2024 and had completed the withdrawal by 12 June 2024.'
	},
	{
		id: 'wikipedia-belarus-2020-election',
		kind: 'background',
		publisher: 'Wikipedia (read via a mirror)',
		author: null,
		date: 'Undated',
		headline: '2020 Belarusian presidential election',
		note: "Supports: the election held on 9 August 2020; the electoral commission crediting Alexander Lukashenko with just over 80%; the opposition candidate Tsikhanouskaya claiming at least 60%; mass protests afterwards. An encyclopedia: used for dates and the official result only."
	},

	// ── Background: the diplomacy week ───────────────────────────────────
	{
		id: 'sputnik-urdupoint-2021-12-30-zakharova',
		kind: 'background',
		publisher: 'UrduPoint (carrying Sputnik)',
		author: null,
		date: '30 December 2021',
		headline: 'Russian Foreign Ministry spokeswoman Maria Zakharova on the schedule of the January talks',
		note: 'Supports: the schedule of talks: Geneva on 10 January, the NATO–Russia Council in Brussels on 12 January and the OSCE Permanent Council in Vienna on 13 January 2022. Russian state agency copy via an aggregator.'
	},
	{
		id: 'state-dept-2022-01-10-geneva',
		kind: 'background',
		publisher: 'US State Department (statement, as reposted)',
		author: null,
		date: '10 January 2022',
		headline: "Statement on Deputy Secretary Sherman's meeting with Russian Deputy Foreign Minister Ryabkov",
		note: 'Supports: the Geneva meeting was an extraordinary session of the US–Russia Strategic Stability Dialogue, between Deputy Secretary of State Wendy Sherman and Deputy Foreign Minister Sergei Ryabkov; Sherman briefed NATO allies and the EU in Brussels on 11 January. Official statement read via a repost.'
	},
	{
		id: 'faz-2022-01-12-nato-russia-council',
		kind: 'background',
		publisher: 'Frankfurter Allgemeine Zeitung (read via a repost)',
		author: null,
		date: '12 January 2022',
		headline: 'Report on the NATO–Russia Council meeting in Brussels',
		note: 'Supports: the first NATO–Russia Council meeting in about two and a half years, lasting about four hours at NATO headquarters; the Russian delegation led by Deputy Foreign Minister Alexander Grushko; NATO Secretary-General Stoltenberg calling it "not an easy discussion". Read via a repost.'
	}
];
