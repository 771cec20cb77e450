/**
 * Every source the story and the map records cite. The five seed articles come
 * first, under their file names; background sources follow, under short slugs.
 *
 * Each record names the original publication: its publisher, the headline as
 * published (with a translation where it is not English), the date and the
 * canonical public address. How a source was read, where that was not at the
 * original (a republishing site, a mirror), is kept apart in `readAt`. A source
 * without a findable public address says why in `noUrl`. A headline in square
 * brackets is a description: the published headline could not be found.
 * `supports` lists, by key, the claims the story may cite the source for.
 */
import type { Source } from '../src/lib/story/types';

export const sources: Source[] = [
	// ── The five seed articles ────────────────────────────────────────────
	{
		id: '000_b90b25bff127b246.txt',
		kind: 'seed',
		publisher: 'American University, School of International Service (Transatlantic Policy Center)',
		author: 'Tyler Murray',
		date: '2022-03-08',
		dateNote: 'Date taken from the page address; the page itself shows none. Written after Russia’s full-scale invasion of Ukraine began on 24 February 2022 (“With an invasion ongoing”).',
		headline: 'Kazakhstan and Ukraine: Democratic backsliding in the post-Soviet Russian sphere of influence',
		url: 'https://www.american.edu/sis/centers/transatlantic-policy/articles/20220308-kazakhstan-and-ukraine.cfm',
		note: "Analysis (opinion) by a master’s student at the University of Denver’s Josef Korbel School of International Studies, published by American University’s Transatlantic Policy Center. Almost no checkable figures."
	},
	{
		id: '001_702f0e2e004c6f4a.txt',
		kind: 'seed',
		publisher: 'New Statesman',
		author: 'Ido Vock',
		date: '2022-01-07',
		headline: 'Russia’s hold over its neighbours keeps deepening',
		url: 'https://www.newstatesman.com/world/2022/01/russias-hold-over-its-neighbours-keeps-deepening',
		note: 'Analysis. Strongest on Belarus and Nagorno-Karabakh. Its description of Russian troops as “permanently stationed” in Karabakh has been overtaken by events: they left in 2024.'
	},
	{
		id: '002_11bd9eef223746f1.txt',
		kind: 'seed',
		publisher: 'McGill Journal of Political Studies',
		author: null,
		date: '2022-01',
		dateNote: 'After 11 January (it says the protests had been crushed by then); the page shows no date.',
		headline: 'Unrest in the Steppes: Russia and a Near Color Revolution in Kazakhstan',
		url: 'https://mjps.ssmu.ca/unrest-in-the-steppes-russia-and-a-near-color-revolution-in-kazakhstan',
		note: 'Student opinion piece; author not named, edited by Theo Malhotra. The headline is taken from the page address: the text opens with the section heading “The Kazakh Protests”. Its force size and airlift wording differ from other sources, and it calls all 208 non-security dead “protesters”, which officials did not; see the force-size and death-toll steps.'
	},
	{
		id: '003_eea78401d5d2a198.txt',
		kind: 'seed',
		publisher: 'The Conversation',
		author: 'Lena Surzhko Harned',
		date: '2022-01',
		dateNote: 'Between 7 January 2022 (it quotes that day’s shoot-to-kill order) and the 10 January Geneva talks, which it calls upcoming; the date of the original was not found.',
		headline: 'In Kazakhstan, Russia follows a playbook it developed in Ukraine',
		noUrl: 'The Conversation’s own address for the article was not found in the stored copies searched; the text was read in a republication. CNA (Singapore) also republished it, with the year of the first protests corrected.',
		readAt: { label: 'rp777news (republication)', url: 'https://rp777news.com/In-Kazakhstan-Russia-follows-a-playbook-it-developed-in-Ukraine-1624673/' },
		note: "A scholar’s analysis. Contains date slips (it puts the start of the protests in 2021 and misdates Russia’s move into Crimea) and presents a US projection of 175,000 troops as a force already in place; the story uses the corrected dates and the dated troop estimates instead."
	},
	{
		id: '004_1fdcc4a3134de60e.txt',
		kind: 'seed',
		publisher: 'Radio Free Europe/Radio Liberty (RFE/RL)',
		author: 'Reid Standish',
		date: '2022-01',
		dateNote: 'About 10–11 January 2022: it reports the CSTO video summit of 10 January and the talks opening that week; the page date was not seen.',
		headline: "Will The Crisis In Kazakhstan Affect Putin's Plans For Ukraine?",
		url: 'https://www.rferl.org/a/russia-kazakhstan-ukraine-analysis-dig-in-pull-back/31647857.html',
		note: 'News analysis; the most precise seed on the diplomacy and the force size. Uses a different transliteration of Kassym-Jomart Tokayev’s name (Qasym-Zhomart Toqaev). Its death toll of “some 164” was an early figure that was later withdrawn and revised.'
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
		dateNote: 'Published at 00:30 Pakistan time on 5 January (19:30 GMT on 4 January), which was 01:30 on 5 January in Almaty, then on UTC+6',
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
		publisher: 'Public Radio of Armenia',
		author: null,
		date: '2022-01-07',
		note: 'Carries a TASS report.',
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
			'flights-110': 'Zas said at the ceremony ending the operation in Almaty on 13 January 2022 that Russian planes had made about 110 flights, carrying over 2,000 peacekeepers and about 250 vehicles',
			'totals-2000-and-250': 'Zas said on 13 January 2022 that Russian planes had carried “over 2,000 peacekeepers and about 250 vehicles” to Kazakhstan'
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
		publisher: 'Public Radio of Armenia',
		author: null,
		date: '2022-01-14',
		note: 'Carries a TASS report.',
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

	{
		id: 'newsaz-sputnik-2022-01-11',
		kind: 'background',
		publisher: 'News.az',
		author: null,
		date: '2022-01-11',
		headline: 'Kazakhstan says CSTO mission completed, withdrawal to start within 2 days',
		url: 'https://news.az/news/kazakhstan-says-csto-mission-completed-withdrawal-to-start-within-2-days',
		supports: {
			'no-more-than-ten-days': 'Tokayev said the withdrawal of the CSTO contingent would take no more than 10 days'
		},
		note: 'Carries a Sputnik report.'
	},

	// ── Background: Kazakhstan, 1–19 January 2022 ────────────────────────
	{
		id: 'jamestown-2022-01-lpg-prices',
		kind: 'background',
		publisher: 'Jamestown Foundation (Eurasia Daily Monitor)',
		author: 'Serik Rymbetov',
		date: '2022-01',
		dateNote: 'Early January 2022 (it cites reports of 2–4 January); the date of the original was not found.',
		headline: 'Social Unrest in Kazakhstan Turns Violent, Ends Nazarbayev Era',
		noUrl: 'The Jamestown Foundation’s own page was not found in the stored copies searched; the article was read in a full repost.',
		readAt: { label: 'The Global Eye (repost)', url: 'https://theglobaleye.it/social-unrest-in-kazakhstan-turns-violent-ends-nazarbayev-era-serik-rymbetov-the-jamestown-foundation' },
		supports: {
			'lpg-price-doubled': 'An overnight doubling of the price of liquefied petroleum gas (LPG), from 60 to 120 tenge a litre, when the government’s plan to fully liberalise the LPG market took effect on 1 January 2022',
			'lpg-western-market': 'Western Kazakhstan is a major market for LPG, widely used for heating and for private cars',
			'protests-began-zhanaozen': 'Peaceful protests broke out in Zhanaozen on 2 January 2022 and spread to other cities of western Kazakhstan'
		},
		note: 'Analysis by a US think tank’s daily bulletin, citing Kazakh and Russian media.'
	},
	{
		id: 'tass-2022-01-05',
		kind: 'background',
		publisher: 'TASS',
		author: null,
		date: '2022-01-05',
		headline: '[TASS report of 5 January 2022: protesters break into the Almaty city administration building and start a fire]',
		url: 'https://tass.com/world/1384061',
		supports: {
			'protests-began-2-january': 'On 2 January 2022 crowds took to the streets in Zhanaozen and Aktau, in the Mangistau region, protesting against high fuel prices',
			'spread-4-january': 'Two days later the protests engulfed Almaty, where police used flashbangs, and other cities, including Atyrau, Aktobe, Uralsk, Taraz, Shymkent, Kyzylorda, Karaganda and the capital, Nur-Sultan',
			'akimat-fire': 'On 5 January protesters broke into the Almaty city administration building and started a fire, the Zakon.kz news portal said'
		},
		note: 'Russian state news agency. Its text was re-read in a stored copy of the page, which does not show the headline; the headline given is a description.'
	},
	{
		id: 'interfax-ukraine-2022-01-05',
		kind: 'background',
		publisher: 'Interfax-Ukraine',
		author: null,
		date: '2022-01-05',
		dateNote: 'Published at 15:19 on 5 January 2022',
		headline: 'Protesters burst into Almaty administration HQ, gunfire can be heard',
		url: 'https://en.interfax.com.ua/news/general/789975.html',
		supports: {
			'clashes-almaty-4-january': 'Rallies that began in Zhanaozen on 2 January 2022 grew into mass protests across the country; protesters and police clashed in Almaty on 4 January',
			'government-resigned': 'The government resigned in the early hours of 5 January 2022',
			'state-of-emergency-to-19-january': 'Tokayev signed a decree early on 5 January introducing a state of emergency and a curfew in Almaty, the Almaty region and Mangistau until 19 January 2022',
			'akimat-stormed': 'On 5 January protesters burst into the Almaty city administration building; black smoke rose from its roof, an Interfax correspondent reported'
		},
		note: 'Ukrainian news agency, reporting its own correspondent. Published in the afternoon of 5 January, before the presidential residence burned and the airport was seized; for those, see Kursiv’s chronology of the day.'
	},
	{
		id: 'interfax-2022-01-06-state-of-emergency',
		kind: 'background',
		publisher: 'Interfax',
		author: null,
		date: '2022-01-06',
		dateNote: 'Published at 02:12 on 6 January 2022, reporting the announcement made late on 5 January',
		headline: 'State of emergency imposed across all of Kazakhstan over mass unrest',
		url: 'https://interfax.com/newsroom/top-stories/73523/',
		supports: {
			'nationwide-to-19-january': 'Kazakhstan imposed a two-week state of emergency nationwide, to remain in place until 19 January 2022, state television said on 5 January',
			'government-resigned': 'The government resigned in the early hours of 5 January',
			'almaty-clashes-0104': 'Hundreds of demonstrators marched through Almaty on 4 January to Republic Square, where protesters and police clashed; residents of several cities rallied in support of the protesters in the west'
		},
		note: 'Russian news agency’s English service.'
	},
	{
		id: 'kursiv-2022-01-11-january-5',
		kind: 'background',
		publisher: 'Kursiv',
		author: null,
		date: '2022-01-11',
		dateNote: 'A chronology, published on 11 January 2022, of the events of 5 January',
		headline: 'What Was Going on in Kazakhstan on January 5, 2022',
		url: 'https://kz.kursiv.media/en/2022-01-11/what-was-going-kazakhstan-january-5-2022/',
		supports: {
			'residence-burned': 'At 16:37 on 5 January protesters set President Tokayev’s Almaty residence ablaze',
			'airport-seized': 'At 22:52 on 5 January Interfax reported that Almaty international airport had been seized; protesters destroyed and looted its duty-free shops, and passengers and staff left the building safely',
			'security-council': 'In his address at 19:00 on 5 January Tokayev said he had become chairman of the Security Council'
		},
		note: 'Kazakh business newspaper’s English site, timing each event of the day.'
	},
	{
		id: 'sputnik-urdupoint-2022-01-06-csto-decision',
		kind: 'background',
		publisher: 'Sputnik',
		author: null,
		date: '2022-01-06',
		dateNote: 'Published at 02:50 Pakistan time on 6 January, the early hours of 6 January in Almaty',
		headline: 'CSTO Collective Security Council To Deploy Peacekeeping Forces To Kazakhstan - Chairman',
		noUrl: 'Sputnik’s own copy was not found in the stored copies searched; the agency text was read as carried by UrduPoint, under this headline.',
		readAt: { label: 'UrduPoint', url: 'https://www.urdupoint.com/en/world/csto-collective-security-council-to-deploy-pe-1442241.html' },
		supports: {
			'csto-decision-article-4': 'Armenia’s prime minister Nikol Pashinyan, as chairman of the CSTO Collective Security Council, said on Facebook that the council had decided, at Tokayev’s request and under Article 4 of the Collective Security Treaty, to deploy the CSTO Collective Peacekeeping Forces to Kazakhstan “for a limited period”'
		},
		note: 'Russian state agency quoting Pashinyan’s Facebook statement. Xinhua and Armenian public radio reported the same statement on 6 January.'
	},
	{
		id: 'tvr-2022-01-06',
		kind: 'background',
		publisher: 'Belteleradiocompany (Belarusian state television, tvr.by)',
		author: null,
		date: '2022-01-06',
		headline: 'CSTO peacekeepers start carrying out tasks in Kazakhstan',
		url: 'https://www.tvr.by/eng/news/v_mire/mirotvortsy_odkb_pristupili_k_vypolneniyu_postavlennykh_zadach_v_kazakhstane_/',
		supports: {
			'first-plane-almaty-6-january': 'The first plane of the CSTO contingent arrived in Almaty on 6 January 2022, “a few hours” before the report',
			'contingent-five-armies': 'The contingent included units of the armed forces of Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan'
		},
		note: 'State broadcaster of a contributing country. It gives no time of day for the first landing; Armenian public radio said the same day that Russian units were deployed “this morning”.'
	},
	{
		id: 'sputnik-2022-01-06-zas',
		kind: 'background',
		publisher: 'Sputnik',
		author: null,
		date: '2022-01-06',
		headline: 'CSTO to Dispatch 2,500 Peacekeepers to Kazakhstan, Number Can Be Increased, Secretary-General Says',
		url: 'https://sputniknews.com/20220106/csto-to-dispatch-2500-peacekeepers-to-kazakhstan-number-can-be-increased-secretary-general-says-1092073012.html',
		supports: {
			'force-size-2500': 'CSTO Secretary-General Stanislav Zas told Sputnik on 6 January 2022 that the force would number “about 2,500”, a size that “may differ” and could be increased'
		},
		note: 'Russian state outlet, quoting the alliance’s secretary-general.'
	},
	{
		id: 'm24-2022-01-07-almaty-airport',
		kind: 'background',
		publisher: 'Moskva 24 (m24.ru)',
		author: null,
		date: '2022-01-07',
		dateNote: 'Published at 11:06 (Moscow time) on 7 January 2022',
		headline: 'Миротворцы РФ с правоохранителями Казахстана взяли под контроль аэропорт Алма-Аты',
		headlineLang: 'ru',
		headlineEnglish: 'Russian peacekeepers and Kazakhstan’s law enforcement take control of Almaty airport',
		url: 'https://m24.ru/news/za-rubezhom/07012022/199345',
		supports: {
			'airport-full-control-7-january': 'The Russian Defence Ministry’s spokesman, Maj-Gen Igor Konashenkov, said on 7 January 2022 (as reported by RIA Novosti) that Almaty airport had been taken under full control together with Kazakhstan’s law-enforcement bodies'
		},
		note: 'Moscow city news site, relaying the Defence Ministry spokesman’s statement as carried by RIA Novosti: the official claim of a party to the operation.'
	},
	{
		id: 'euroradio-2022-01-russian-units',
		kind: 'background',
		publisher: 'Euroradio',
		author: null,
		date: '2022-01',
		dateNote: 'About 7 January 2022: it reports the airlift under way and the securing of Almaty airport; the page date was not seen.',
		headline: 'Russia deploys soldiers with combat experience to Kazakhstan',
		url: 'https://euroradio.fm/en/all-russian-servicemen-transferred-kazakhstan-have-combat-experience',
		supports: {
			'russian-units': 'Russia’s Defence Ministry said the servicemen sent to Kazakhstan were units of the 45th Special Forces Brigade of the Airborne Troops, the 98th Airborne Division and the 31st Separate Brigade of the Airborne Troops, all with “real combat experience”',
			'air-group-70-il76-5-an124': 'More than 70 Il-76 and five An-124 aircraft were carrying Russian troops and armour to Kazakhstan'
		},
		note: 'Belarusian independent broadcaster (based in Warsaw), reporting the Russian Defence Ministry’s statements.'
	},
	{
		id: 'gazeta-2022-01-07-twelve-aircraft',
		kind: 'background',
		publisher: 'Gazeta.ru',
		author: null,
		date: '2022-01-07',
		headline: 'Еще 12 самолетов Ил-76 и Ан-124 вылетели из России в Казахстан',
		headlineLang: 'ru',
		headlineEnglish: 'Another 12 Il-76 and An-124 aircraft took off from Russia for Kazakhstan',
		url: 'https://gazeta.ru/army/news/2022/01/07/17110273.shtml',
		supports: {
			'twelve-from-chkalovsky': 'Twelve Il-76 and An-124 military transport aircraft with CSTO peacekeepers and airborne equipment had taken off for Kazakhstan from the Chkalovsky airfield near Moscow, TASS reported on 7 January 2022, citing the Defence Ministry (a count reported that day, not a count of one day’s flights)',
			'almaty-and-zhetygen': 'The aircraft were to land at the Almaty and Zhetygen airfields; nine Il-76 with airborne troops and equipment had landed at Almaty earlier'
		},
		note: 'Russian news site relaying a TASS report of a Defence Ministry statement. TASS’s own English item (tass.com/defense/1384873, read in a stored copy that does not show its headline) says the same and gives the air group of more than 70 Il-76 and five An-124.'
	},
	{
		id: 'defence-blog-2022-01-07',
		kind: 'background',
		publisher: 'Defence Blog',
		author: null,
		date: '2022-01-07',
		headline: '[Report quoting the Russian Defence Ministry on airborne troops boarding for Kazakhstan]',
		noUrl: 'The address of the item was not recorded and was not found again in the stored copies searched.',
		supports: {
			'departure-airfields': 'The Defence Ministry said airborne troops were on alert to board at the Chkalovsky, Ivanovo-Severny and Ulyanovsk-Vostochny airfields'
		},
		note: 'Specialist defence website relaying an official statement. Neither the item’s address nor its headline was recorded, and neither was found again; the headline given is a description. No other public report found names all three departure airfields.'
	},
	{
		id: 'panorama-am-2022-01-07',
		kind: 'background',
		publisher: 'Panorama.am',
		author: null,
		date: '2022-01-07',
		headline: 'Armenia sends 100 peacekeepers to Kazakhstan',
		url: 'https://panorama.am/en/news/2022/01/07/Armenia-peacekeepers-Kazakhstan/2623551',
		supports: {
			'armenia-100-official': 'Armenia sent a peacekeeping unit of 100, its Defence Ministry said on 7 January 2022, to guard strategic facilities and infrastructure',
			'reported-contingents': 'Russia was “reportedly” sending 3,000 troops, Belarus 500, Tajikistan 200 and Kyrgyzstan 150'
		},
		note: 'Armenian news site. Of the figures, only Armenia’s is attributed to an official statement here; Kyrgyzstan’s 150 was also set by presidential decree and approved by parliament, which this item does not say. Together the reported figures exceed the announced total of about 2,500.'
	},
	{
		id: 'belsat-2022-01-10',
		kind: 'background',
		publisher: 'Belsat',
		author: null,
		date: '2022-01-10',
		headline: 'Unrest in Kazakhstan leaves 164 people dead and over 2K people injured, authorities say',
		url: 'https://belsat.eu/en/news/10-01-2022-unrest-in-kazakhstan-leaves-164-people-dead-and-over-2k-people-injured-authorities-say/',
		supports: {
			'toll-164-published': 'A toll of 164 dead, 103 of them in Almaty, published with the Health Ministry given as its source',
			'toll-164-refuted': 'Within an hour the figure was officially refuted: the Health Ministry said it had given no such figures, and the Information Ministry, responsible for the Telegram channel that published them, called their publication a technical error',
			'children-killed': 'Kazakhstan’s commissioner for children’s rights said three children had died in the riots, two of them in Almaty'
		},
		note: 'Polish-funded Belarusian broadcaster in exile.'
	},
	{
		id: 'inform-kz-2022-01-11',
		kind: 'background',
		publisher: 'Kazinform',
		author: 'Adlet Seilkhanov',
		date: '2022-01-11',
		headline: 'Gradual withdrawal of collective peacekeeping troops of CSTO to begin in next 2 days – Tokayev',
		url: 'https://www.inform.kz/en/gradual-withdrawal-of-collective-peacekeeping-troops-of-csto-to-begin-in-next-2-days-tokayev_a3883831',
		supports: {
			'mission-completed': 'Tokayev told the Mazhilis on 11 January 2022 that the main mission of the CSTO peacekeeping troops had been “completed successfully”',
			'withdrawal-in-two-days': 'A gradual withdrawal of the CSTO troops would begin in the next two days',
			'at-least-ten-days': 'Its English text says the withdrawal “will take at least 10 days”'
		},
		note: 'Kazakh state news agency. Its English text says the withdrawal “will take at least 10 days”, where RIA Novosti and Sputnik quoted Tokayev as saying “no more than 10 days”; it does not mention the confirmation of Alikhan Smailov as prime minister.'
	},
	{
		id: 'armradio-2022-01-13',
		kind: 'background',
		publisher: 'Public Radio of Armenia',
		author: null,
		date: '2022-01-13',
		headline: 'Withdrawal of CSTO peacekeepers from Kazakhstan to be completed by January 19',
		url: 'https://en.armradio.am/2022/01/13/withdrawal-of-csto-peacekeepers-from-kazakhstan-to-be-completed-on-january-19/',
		supports: {
			'withdrawal-complete-by-19-january': 'Russian Defence Minister Sergei Shoigu told Putin the CSTO forces would be withdrawn by 19 January 2022 inclusive',
			'fourteen-sites': 'Shoigu said the peacekeepers had taken 14 objects of strategic importance under protection',
			'allies-out-next-day': 'Shoigu said 14 Russian planes would fly out the Armenian, Tajik and Belarusian contingents the next day, and the Kyrgyz would leave on their own within five days'
		},
		note: 'Public broadcaster of a contributing country, reporting TASS. It does not itself say the withdrawal began on 13 January.'
	},
	{
		id: 'sputnik-kz-2022-01-14-belarusians-leave',
		kind: 'background',
		publisher: 'Sputnik Kazakhstan',
		author: null,
		date: '2022-01-14',
		headline: 'Десять самолетов с белорусскими миротворцами вылетели из Казахстана',
		headlineLang: 'ru',
		headlineEnglish: 'Ten planes with Belarusian peacekeepers took off from Kazakhstan',
		url: 'https://ru.sputnik.kz/20220114/Desyat-samoletov-s-belorusskimi-mirotvortsami-vyleteli-iz-Kazakhstana-19140725.html',
		supports: {
			'belarusians-ten-planes-zhetygen': 'The Russian Defence Ministry said, via RIA Novosti, that ten planes with Belarusian CSTO peacekeepers had finished loading and taken off from the Zhetygen airfield for the Minsk region on 14 January 2022, and that the Armenian and Tajik contingents would also be flown home by Russian military transport aircraft'
		},
		note: 'Russian state outlet’s Kazakh service, quoting the Russian Defence Ministry’s press service as carried by RIA Novosti.'
	},
	{
		id: 'profile-2022-01-15-return',
		kind: 'background',
		publisher: 'Profile',
		author: null,
		date: '2022-01-15',
		headline: 'Самолеты с российскими миротворцами вылетели из Казахстана',
		headlineLang: 'ru',
		headlineEnglish: 'Planes with Russian peacekeepers took off from Kazakhstan',
		url: 'https://profile.ru/news/abroad/samolety-s-rossijskimi-mirotvorcami-vyleteli-iz-kazahstana-998568/',
		supports: {
			'return-15-il76-3-an124': 'the Russian Defence Ministry said on 15 January 2022 that Russian peacekeepers had loaded their equipment into Il-76 and An-124 aircraft and flown out of Almaty; RIA Novosti put the planes at 3 An-124 and 15 Il-76'
		},
		note: 'The site of Профиль (Profile), a Russian news weekly, quoting the Defence Ministry and RIA Novosti. It does not name the destinations.'
	},
	{
		id: 'info24-2022-01-15-return',
		kind: 'background',
		publisher: 'Info24',
		author: null,
		date: '2022-01-15',
		headline: 'Из Казахстана вылетели 15 самолётов с российскими миротворцами',
		headlineLang: 'ru',
		headlineEnglish: '15 planes with Russian peacekeepers took off from Kazakhstan',
		url: 'https://info24.ru/news/iz-kazahstana-vyleteli-15-samolyotov-s-rossijskimi-mirotvorcami.html',
		supports: {
			'return-ivanovo-moscow': 'the Russian Defence Ministry said on 15 January 2022 that the planes with airborne troops and their equipment were landing at Ivanovo and Moscow, the first four at the airfield in the Ivanovo region'
		},
		note: 'Russian news site quoting the Defence Ministry. Its count (15 planes) was made that morning; the ministry’s figure reported by RIA Novosti was 15 Il-76 and 3 An-124.'
	},
	{
		id: 'ria-2022-01-16-chkalovsky',
		kind: 'background',
		publisher: 'RIA Novosti',
		author: null,
		date: '2022-01-16',
		headline: '[RIA Novosti report from Chkalovsky, 16 January 2022: the eleventh return flight from Kazakhstan lands]',
		url: 'https://ria.ru/20220116/samolet-1768060684.html',
		supports: {
			'chkalovsky-0116': 'the Russian Defence Ministry said on 16 January 2022 that 19 aircraft had left Almaty for the Chkalovsky airfield near Moscow, and that 15 Il-76 and 3 An-124 had brought troops back the day before'
		},
		note: 'Russian state news agency quoting the Defence Ministry. Its text was re-read in a stored copy of the page (ria.ru, AMP version), which does not show the headline.'
	},
	{
		id: 'reuters-2022-01-15-death-toll',
		kind: 'background',
		publisher: 'Reuters',
		author: 'Olzhas Auyezov',
		date: '2022-01-15',
		headline: 'Kazakhstan puts unrest death toll at 225',
		noUrl: 'Reuters’ own address for the story was not found in the stored copies searched; the wire copy was read as carried by Investing.com.',
		readAt: { label: 'Investing.com (Reuters wire copy)', url: 'https://m.investing.com/news/world-news/kazakhstan-puts-unrest-death-toll-at-225-2739850' },
		supports: {
			'toll-225': 'The Prosecutor-General’s office said on 15 January 2022 that the bodies of 225 people, 19 of them members of the security forces, had been delivered to morgues',
			'civilians-and-bandits': 'The figure included civilians and armed “bandits” killed by security forces; no exact breakdown was given'
		},
		note: 'International news agency, reporting a briefing by Serik Shalabayev of the Prosecutor-General’s office. It does not say that children were among the dead. AP reported the same figure.'
	},
	{
		id: 'mod-2022-01-19-withdrawal',
		kind: 'background',
		publisher: 'Russian Defence Ministry',
		author: null,
		date: '2022-01-19',
		headline: 'Четыре самолета ВТА России с миротворцами на борту вылетели из аэропортов Нур-Султана и Алма-Аты Республики Казахстан',
		headlineLang: 'ru',
		headlineEnglish: 'Four Russian military transport aircraft with peacekeepers on board took off from the airports of Nur-Sultan and Almaty, Republic of Kazakhstan',
		noUrl: 'The ministry’s own release was not found in the stored copies searched; its text and headline were read as republished in full by nashaoborona.ru. TASS’s report of it was carried by Lenta.ru (https://lenta.ru/news/2022/01/19/samolett/).',
		readAt: { label: 'nashaoborona.ru (republication of the ministry’s release)', url: 'https://nashaoborona.ru/2022/01/%d1%87%d0%b5%d1%82%d1%8b%d1%80%d0%b5-%d1%81%d0%b0%d0%bc%d0%be%d0%bb%d0%b5%d1%82%d0%b0-%d0%b2%d1%82%d0%b0-%d1%80%d0%be%d1%81%d1%81%d0%b8%d0%b8-%d1%81-%d0%bc%d0%b8%d1%80%d0%be%d1%82%d0%b2%d0%be%d1%80/' },
		supports: {
			'last-four-planes': 'Four military transport aircraft left the airports of Nur-Sultan and Almaty on 19 January 2022 with the last Russian peacekeepers and the contingent’s command, led by Col-Gen Andrei Serdyukov',
			'return-destinations': 'More than 100 return flights went to Chkalovsky, Ivanovo, Ulyanovsk, Yerevan, Dushanbe and Minsk'
		},
		note: 'Official claims of a party to the operation.'
	},
	{
		id: 'rferl-2022-03-14-death-tolls',
		kind: 'background',
		publisher: 'Radio Free Europe/Radio Liberty (RFE/RL)',
		author: null,
		date: '2022-03-14',
		headline: 'Kazakh Officials Give Contradicting Death Tolls From January Unrest',
		url: 'https://www.rferl.org/a/kazakhstan-contradictory-death-tolls-unrest/31752499.html',
		supports: {
			'earlier-227': 'Kazakh officials had earlier said 227 people died in the violence',
			'asylov-230': 'Prosecutor-General Berik Asylov said on 14 March 2022 that 230 people died, including 19 police officers, 139 of them in Almaty',
			'azimova-238': 'Ombudswoman Elvira Azimova gave 238, a figure that she said included people who died in police custody',
			'rights-groups-higher': 'Human rights groups say the number killed was much higher than any official figure'
		},
		note: 'US-funded broadcaster. It does not say that children were among the dead. From autumn 2022 RFE/RL wrote “at least 238”.'
	},

	// ── Background: the CSTO ─────────────────────────────────────────────
	{
		id: 'csto-treaty-history-2006',
		kind: 'background',
		publisher: 'Wikipedia',
		author: null,
		date: '2006',
		dateNote: 'A 2006 revision of the article, read in a mirror; the revision’s number and the mirror’s address were not recorded.',
		headline: 'Collective Security Treaty Organization',
		url: 'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization',
		supports: {
			'treaty-signed-tashkent-1992': 'The Collective Security Treaty was signed in Tashkent on 15 May 1992 by Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan',
			'signed-1993': 'Belarus, Azerbaijan and Georgia signed in 1993',
			'in-force-1994': 'The treaty came into force on 20 April 1994',
			'not-renewed-1999': 'Azerbaijan, Georgia and Uzbekistan did not sign the renewal protocol in 1999',
			'charter-2002': 'The CSTO charter was signed on 7 October 2002'
		},
		note: 'An encyclopedia, read in an old revision: used for dates only. The link is to the current article, which differs from the revision read.'
	},
	{
		id: 'moscowtimes-2012-06-28',
		kind: 'background',
		publisher: 'The Moscow Times',
		author: null,
		date: '2012-06-28',
		headline: 'Uzbekistan Exits Collective Security Treaty Organization',
		url: 'https://www.themoscowtimes.com/2012/06/28/uzbekistan-exits-collective-security-treaty-organization-a15862',
		supports: {
			'uzbekistan-left-2012': 'The Uzbek Foreign Ministry said Uzbekistan had decided to leave the CSTO, in a note sent to the organisation’s secretariat on 20 June 2012',
			'uzbekistan-rejoined-2006': 'Uzbekistan had left the organisation once before, in 1999, and re-entered in 2006'
		},
		note: 'Independent English-language newspaper then based in Moscow. AP reported the same day that Uzbekistan had suspended its participation (“Uzbekistan quits Russia-dominated security pact”).'
	},
	{
		id: 'france24-2024-02-armenia-csto',
		kind: 'background',
		publisher: 'Asbarez',
		author: null,
		date: '2024-02-23',
		headline: 'Armenia Has Frozen Participation in CSTO, Angering Moscow',
		url: 'https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/',
		supports: {
			'armenia-froze-participation': 'Prime Minister Nikol Pashinyan told France 24 that Armenia had “basically frozen” its participation in the CSTO',
			'no-official-action': 'Kremlin spokesman Dmitry Peskov said “the Armenian side has not taken any official action” (citing Reuters)'
		},
		note: 'Armenian-American newspaper reporting Pashinyan’s interview with France 24, broadcast on 22 February 2024. A later event: two years after the events in this story. The headline is taken from the page address.'
	},

	{
		id: 'reuters-2022-02-24-invasion',
		kind: 'background',
		publisher: 'Reuters Graphics',
		author: null,
		date: '2022-02-24',
		headline: '[Reuters Graphics maps of the first day of Russia’s invasion of Ukraine, 24 February 2022]',
		url: 'https://graphics.reuters.com/UKRAINE-CRISIS/zdpxokdxzvx/',
		supports: {
			'invasion-began': 'Russia’s invasion of Ukraine began on Thursday morning (24 February 2022) with attacks by land, sea and air, “the largest military assault by one European state on another since World War Two”',
			'recognition-21-february': 'On Monday 21 February Putin signed a decree recognising the self-proclaimed Donetsk and Luhansk “people’s republics” as independent'
		},
		note: 'A later event: six weeks after the talks that close the January 2022 story. The stored copy of the page does not carry its title, so the headline is a description in brackets.'
	},

	// ── Background: Ukraine, 2014–2022 ───────────────────────────────────
	{
		id: 'wikipedia-crimea-annexation-timeline',
		kind: 'background',
		publisher: 'Wikipedia',
		author: null,
		date: '2014',
		dateNote: 'An encyclopedia article written from 2014 and revised since; the revision read was not recorded.',
		headline: 'Timeline of the annexation of Crimea by the Russian Federation',
		url: 'https://en.wikipedia.org/wiki/Timeline_of_the_annexation_of_Crimea_by_the_Russian_Federation',
		supports: {
			'parliament-seized-27-february': 'Russian forces seized the Crimean parliament and government buildings in Simferopol on 27 February 2014',
			'referendum-16-march': 'The so-called referendum was held on 16 March 2014',
			'treaty-18-march': 'The annexation treaty was signed in the Kremlin on 18 March 2014'
		},
		note: 'An encyclopedia: used for dates only (also reported at the time by DW, The Daily Beast and the Crimean news agency QHA).'
	},
	{
		id: 'ohchr-via-euromaidanpress-2021-07-19',
		kind: 'background',
		publisher: 'Euromaidan Press',
		author: null,
		date: '2021-07-19',
		headline: 'UN releases data on Donbas war victims starting from 2014',
		url: 'https://euromaidanpress.com/2021/07/19/un-releases-data-on-donbas-war-victims-starting-from-2014/',
		supports: {
			'donbas-toll-to-june-2021': 'The UN human rights office (OHCHR) counted 13,200–13,400 people killed in the Donbas conflict between 14 April 2014 and 30 June 2021',
			'civilians-3390': 'At least 3,390 of the dead were civilians'
		},
		note: 'Ukrainian English-language news site, reporting OHCHR’s reply to a request from RFE/RL.'
	},
	{
		id: 'pravda-2021-11-02-maxar',
		kind: 'background',
		publisher: 'Ukrainska Pravda',
		author: null,
		date: '2021-11-02',
		headline: 'Politico обнародовало снимки, подтверждающие наращивание войск РФ на границе Украины',
		headlineLang: 'ru',
		headlineEnglish: 'Politico publishes images confirming the Russian troop build-up on Ukraine’s border',
		url: 'https://www.pravda.com.ua/rus/news/2021/11/2/7312463/',
		supports: {
			'yelnya-armour-1-november': 'Maxar images taken on 1 November 2021 showed armoured units, tanks and self-propelled artillery near Yelnya, including elements of the 1st Guards Tank Army (Politico)',
			'fourth-tank-division-bryansk-kursk': 'Equipment of the 4th Tank Division had moved to areas around Bryansk and Kursk (Jane’s)'
		},
		note: 'Ukrainian news site reporting Politico (which published the Maxar images) and Jane’s.'
	},
	{
		id: 'militarytimes-2022-01-20-maxar',
		kind: 'background',
		publisher: 'Military Times',
		author: null,
		date: '2022-01-20',
		headline: 'Satellite images show more Russian troops, equipment near Ukraine',
		url: 'https://www.militarytimes.com/flashpoints/2022/01/20/satellite-images-show-more-russian-troops-equipment-near-ukraine/',
		supports: {
			'yelnya-41st-army-9-november': 'Elements of the 41st Combined Arms Army, including hundreds of tanks, at a training area near Yelnya on 9 November 2021',
			'klintsy-25-december': 'A deployment at a facility in Klintsy, Bryansk region, about 18 miles from the border, on 25 December 2021',
			'klimovo-19-january': 'Equipment and troops at Klimovo, about 8 miles from the border, on 19 January 2022',
			'yelnya-19-january': 'Yelnya imaged again on 19 January 2022, with additional tanks and artillery; the Pogonovo training area also shown'
		},
		note: 'US defence newspaper, publishing Maxar’s images and captions. The headline is taken from the page address.'
	},
	{
		id: 'rferl-2021-12-07-maxar',
		kind: 'background',
		publisher: 'Radio Free Europe/Radio Liberty (RFE/RL)',
		author: null,
		date: '2021-12-07',
		headline: 'Boots On The Ground: Satellite Images Reveal Russian Troop Buildup Near Ukrainian Border And In Crimea',
		url: 'https://www.rferl.org/a/russia-ukraine-troop-buildup-satellite-imagery/31598141.html',
		supports: {
			'novoozerne-18-october': 'Maxar images of Russian deployments at Novoozerne, Crimea, on 18 October 2021',
			'pogonovo-26-november': 'A battle-group training area at Pogonovo on 26 November 2021',
			'ukraine-90000': 'Ukrainian officials said more than 90,000 Russian troops were deployed along the border, including in Crimea'
		},
		note: 'US-funded broadcaster; a gallery of Maxar images published on the day of the Biden–Putin video call.'
	},
	{
		id: 'buzzfeed-2021-12-soloti',
		kind: 'background',
		publisher: 'BuzzFeed News',
		author: 'Christopher Miller',
		date: '2021-12',
		dateNote: 'Published between the Biden–Putin video call of 7 December 2021 and 13 December, when it was reposted.',
		headline: 'Satellite Images Show Russian Military Forces Keep Massing Near Ukraine’s Border',
		url: 'https://www.buzzfeednews.com/article/christopherm51/russia-troops-ukraine-border-satellite-photos',
		supports: {
			'soloti-increase': 'Maxar images of the Soloti garrison near the Ukrainian border on 7 September and 5 December 2021 show a large increase in forces',
			'donbas-more-than-14000': 'The war in eastern Ukraine had “already killed more than 14,000 people”',
			'third-motor-rifle-division': 'The analyst Konrad Muzyka attributed much of the increase to a new regiment of the 3rd Motor Rifle Division'
		},
		note: 'US news site (closed in 2023); the images were analysed for it by Konrad Muzyka.'
	},
	{
		id: 'aljazeera-2021-11-03-kyiv-90000',
		kind: 'background',
		publisher: 'Al Jazeera',
		author: null,
		date: '2021-11-03',
		headline: 'Russia has 90,000 troops near Ukraine border, Kyiv says',
		url: 'https://www.aljazeera.com/news/2021/11/3/russia-has-90000-troops-near-ukraine-border-kyiv-says',
		readAt: { label: 'a mirror of Al Jazeera’s page', url: 'https://1-e8259.azureedge.net/news/2021/11/3/russia-has-90000-troops-near-ukraine-border-kyiv-says' },
		supports: {
			'ukraine-mod-90000': 'Ukraine’s Defence Ministry said late on 2 November 2021 that Russia had left military units near the border after exercises and that Russian troops in the area now totalled 90,000'
		},
		note: 'Qatari-funded international broadcaster, reporting a party’s own estimate (Reuters reported the same statement).'
	},
	{
		id: 'washingtonpost-2021-12-03-us-intelligence',
		kind: 'background',
		publisher: 'The Washington Post',
		author: null,
		date: '2021-12-03',
		headline: 'Russia planning massive military offensive against Ukraine involving 175,000 troops, U.S. intelligence warns',
		noUrl: 'The Post’s own address was not found in the stored copies searched; the report was read as summarised by The Hill.',
		readAt: { label: 'The Hill, via Yahoo News', url: 'https://news.yahoo.com/us-intelligence-says-russia-planning-140425744.html' },
		supports: {
			'us-estimate-70000': 'A US intelligence document put Russian troops near the border at about 70,000, in 50 battalion tactical groups, massing in four locations',
			'plan-175000': 'An official said the plans involved 100 battalion tactical groups with an estimated 175,000 personnel, for an offensive “as soon as early 2022”'
		},
		note: 'US newspaper. The 175,000 is a projection of a planned force, not a count of troops in place.'
	},
	{
		id: 'reuters-interfax-2021-12-25',
		kind: 'background',
		publisher: 'Reuters',
		author: null,
		date: '2021-12-25',
		headline: 'More than 10,000 Russian troops returning to bases after drills near Ukraine - Interfax',
		noUrl: 'Reuters’ own address was not found in the stored copies searched; the wire copy was read as carried by Raw Story.',
		readAt: { label: 'Raw Story (Reuters wire copy)', url: 'https://www.rawstory.com/more-than-10000-russian-troops-returning-to-bases-after-drills-near-ukraine-interfax/' },
		supports: {
			'troops-returning-10000': 'More than 10,000 Russian troops were returning to their permanent bases after month-long drills, Interfax reported on 25 December 2021, citing the military',
			'drill-regions': 'The drills were held in several regions near Ukraine, including Crimea, Rostov and Kuban'
		},
		note: 'International news agency citing Interfax. It does not say that some drills were held far from Ukraine; that detail (Stavropol, Astrakhan, the North Caucasus and Armenia) is in AFP’s report of the Defence Ministry statement, carried by TRT World.'
	},
	{
		id: 'ap-2021-12-03-reznikov-94300',
		kind: 'background',
		publisher: 'Associated Press',
		author: 'Yuras Karmanau',
		date: '2021-12-03',
		headline: 'Ukraine says Russia amassed over 94,000 troops at border',
		noUrl: 'AP’s own page for the story was not found in the stored copies searched; the wire copy was read as carried by KTVZ, an AP member station.',
		readAt: { label: 'KTVZ (AP wire copy)', url: 'https://ktvz.com/news/ap-national-news/2021/12/03/ukraine-says-russia-amassed-over-94000-troops-at-border/' },
		supports: {
			'reznikov-94300': 'Ukraine’s Defence Minister Oleksii Reznikov told lawmakers on 3 December 2021 that Russian troops near Ukraine and in Crimea were estimated at 94,300'
		},
		note: 'International news agency reporting a party’s own estimate.'
	},
	{
		id: 'kyivindependent-2021-12-22-danilov',
		kind: 'background',
		publisher: 'The Kyiv Independent',
		author: 'Illia Ponomarenko',
		date: '2021-12-22',
		headline: "Russia has 122,000 troops close to Ukraine's border",
		url: 'https://kyivindependent.com/russia-has-122000-troops-close-to-ukraines-border',
		supports: {
			'danilov-122000': 'Oleksiy Danilov, secretary of Ukraine’s National Security and Defence Council, said on 22 December 2021 that nearly 122,000 Russian troops were within 200 km of the border, and 143,500 within 400 km'
		},
		note: 'Ukrainian English-language news site reporting a Ukrainian official’s estimate.'
	},

	// ── Background: the 2020 crises ──────────────────────────────────────
	{
		id: 'mfa-russia-2020-11-10-statement',
		kind: 'background',
		publisher: 'Office of the Prime Minister of Armenia',
		author: null,
		date: '2020-11-10',
		headline: 'Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of Azerbaijan and the President of the Russian Federation',
		url: 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement',
		supports: {
			'ceasefire-10-november': 'A complete ceasefire from 00:00 Moscow time on 10 November 2020',
			'peacekeepers-1960': 'A Russian peacekeeping contingent of 1,960 servicemen with firearms, 90 armoured carriers and 380 vehicles and units of special equipment, along the line of contact and the Lachin corridor',
			'five-years-renewable': 'The contingent to stay for five years, extended automatically for further five-year periods unless a party objects six months before expiry',
			'lachin-5km': 'The Lachin corridor to be 5 km wide'
		},
		note: 'The text of the joint statement of the leaders of Armenia, Azerbaijan and Russia, as published by the Armenian government; the Kremlin and the Russian Foreign Ministry published the same text.'
	},
	{
		id: 'ap-2020-11-10-shusha',
		kind: 'background',
		publisher: 'Associated Press (AP)',
		author: null,
		date: '2020-11-10',
		headline: 'Russian peacekeepers deploy to secure Nagorno-Karabakh truce',
		noUrl: 'AP’s own address was not found in the stored copies searched; the story was read as carried by The Atlanta Journal-Constitution.',
		readAt: { label: 'The Atlanta Journal-Constitution', url: 'https://www.ajc.com/news/nation-world/russian-peacekeepers-deploy-to-secure-nagorno-karabakh-truce/VFTP3NWU7VEK7P7DYOCKWX3IRM/' },
		supports: {
			'shusha-before-ceasefire': 'Azerbaijan took control of the city of Shusha (Shushi) days before the agreement'
		},
		note: 'International news agency.'
	},
	{
		id: 'storyful-2020-11-goris',
		kind: 'background',
		publisher: 'Storyful (footage released by the Russian Defence Ministry)',
		author: null,
		date: '2020-11',
		dateNote: 'The footage is of 14 November 2020; the clip’s own publication date was not seen.',
		headline: 'Russian Forces Deployed to Goris City in Armenia',
		noUrl: 'Storyful’s own page for the clip was not found in the stored copies searched; it was read as published on Yahoo News UK.',
		readAt: { label: 'Yahoo News UK', url: 'https://uk.news.yahoo.com/russian-forces-deployed-goris-city-100929089.html' },
		supports: {
			'goris-14-november': 'Russian Defence Ministry footage showed peacekeepers deployed to Armenia heading towards Goris on 14 November 2020, on their way to Nagorno-Karabakh; the first had arrived in Yerevan earlier that week'
		},
		note: 'A video agency distributing a party’s own footage.'
	},
	{
		id: 'uawire-2020-11-stepanakert-hq',
		kind: 'background',
		publisher: 'UAWire',
		author: null,
		date: '2020-11',
		dateNote: 'In the first days of the deployment (it gives the airlift’s total “since November 10”); the page date was not seen.',
		headline: 'Russia begins deploying peacekeepers to Nagorno-Karabakh',
		url: 'https://www.uawire.org/russia-begins-deploying-peacekeepers-to-nagorno-karabakh',
		supports: {
			'hq-stepanakert': 'Armenia’s Defence Ministry said the Russian peacekeepers would be commanded by Lt-Gen Rustam Muradov and have their headquarters in Stepanakert'
		},
		note: 'Ukrainian English-language news site reporting Interfax, the Russian Defence Ministry and Armenia’s Defence Ministry.'
	},
	{
		id: 'reuters-2024-05-15-khojaly-base',
		kind: 'background',
		publisher: 'Reuters',
		author: 'Nailia Bagirova',
		date: '2024-05-15',
		headline: "Russian troops leave Karabakh, now back under Azerbaijan's control",
		noUrl: 'Reuters’ own address for the story was not found in the stored copies searched; the wire copy (headline, byline and text) was read in a full repost.',
		readAt: { label: 'OAF Nation (repost of the Reuters copy)', url: 'https://oafnation.com/blogs/news/russian-troops-leave-karabakh-now-back-under-azerbaijans-control' },
		supports: {
			'khojaly-base': 'Russia shut down its base at Khojaly, in the Karabakh region, on 15 May 2024; all 1,960 Russian peacekeepers had been housed in 10 barracks there'
		},
		note: 'International news agency, reporting from Khojaly. A later event: after those told here.'
	},
	{
		id: 'kyivindependent-2024-06-karabakh-withdrawal',
		kind: 'background',
		publisher: 'The Kyiv Independent',
		author: 'Kateryna Denisova',
		date: '2024-06-12',
		headline: "Russian 'peacekeepers' complete withdrawal from Nagorno-Karabakh, Azerbaijan says",
		url: 'https://kyivindependent.com/russian-peacekeepers-leave-karabakh/',
		supports: {
			'withdrawal-complete-12-june-2024': 'Azerbaijan’s Defence Ministry said the withdrawal of the Russian peacekeeping contingent was completed on 12 June 2024',
			'withdrawal-began-april-2024': 'The withdrawal began in April 2024',
			'azerbaijan-captured-september-2023': 'Azerbaijan captured the region in a military offensive in September 2023'
		},
		note: 'Ukrainian English-language news site, citing Azerbaijan’s Defence Ministry. Later events: after those told here.'
	},
	{
		id: 'wikipedia-belarus-2020-election',
		kind: 'background',
		publisher: 'Wikipedia',
		author: null,
		date: '2020',
		dateNote: 'An encyclopedia article written from 2020 and revised since; read in a mirror, revision not recorded.',
		headline: '2020 Belarusian presidential election',
		url: 'https://en.wikipedia.org/wiki/2020_Belarusian_presidential_election',
		supports: {
			'election-9-august': 'The election was held on 9 August 2020',
			'official-result-80': 'The electoral commission credited Alexander Lukashenko with just over 80%',
			'tsikhanouskaya-60': 'The opposition candidate Sviatlana Tsikhanouskaya claimed at least 60%',
			'mass-protests': 'Mass protests followed'
		},
		note: 'An encyclopedia: used for dates and the official result only.'
	},

	// ── Background: the diplomacy week ───────────────────────────────────
	{
		id: 'sputnik-urdupoint-2021-12-30-zakharova',
		kind: 'background',
		publisher: 'Sputnik',
		author: null,
		date: '2021-12-30',
		headline: 'Moscow Confirms Russia-NATO Council Meeting To Take Place On January 12',
		noUrl: 'Sputnik’s own copy was not found in the stored copies searched; the agency text was read as carried by UrduPoint, whose headline is given.',
		readAt: { label: 'UrduPoint', url: 'https://www.urdupoint.com/en/world/moscow-confirms-russia-nato-council-meeting-t-1438542.html' },
		supports: {
			'talks-schedule': 'Foreign Ministry spokeswoman Maria Zakharova said on 30 December 2021 that the talks would be held in Geneva on 10 January, at the NATO–Russia Council in Brussels on 12 January and at the OSCE Permanent Council in Vienna on 13 January 2022'
		},
		note: 'Russian state agency quoting the Foreign Ministry’s weekly briefing, whose transcript the ministry publishes (mid.ru).'
	},
	{
		id: 'state-dept-2022-01-10-geneva',
		kind: 'background',
		publisher: 'US Department of State',
		author: null,
		date: '2022-01-10',
		headline: 'Deputy Secretary Sherman’s Participation in an Extraordinary Session of the Strategic Stability Dialogue with Russian Deputy Foreign Minister Sergey Ryabkov',
		noUrl: 'The statement’s address on state.gov was not found in the stored copies searched; it was read as reposted by STL.News. The department’s page on the Deputy Secretary’s trip of 8–13 January 2022 (state.gov) confirms the Geneva session and the Brussels meetings.',
		readAt: { label: 'STL.News (repost)', url: 'https://www.stl.news/us-russia-strategic-stability-dialogue/488485/' },
		supports: {
			'ssd-extraordinary-session': 'Deputy Secretary of State Wendy Sherman led the US delegation to an extraordinary session of the US–Russia Strategic Stability Dialogue in Geneva on 10 January 2022; Deputy Foreign Minister Sergey Ryabkov led Russia’s',
			'sherman-brussels-11-january': 'Sherman would brief the North Atlantic Council and meet the EU Political and Security Committee in Brussels on 11 January'
		},
		note: 'Official statement of a party to the talks.'
	},
	{
		id: 'faz-2022-01-12-nato-russia-council',
		kind: 'background',
		publisher: 'Frankfurter Allgemeine Zeitung',
		author: null,
		date: '2022-01-12',
		headline: '[German headline not found; an English translation was published as “NATO-Russia Council: Is Moscow only pretending to negotiate?”]',
		noUrl: 'The newspaper’s own address was not found in the stored copies searched; the report was read in an English translation.',
		readAt: { label: 'Pledge Times (English translation)', url: 'https://pledgetimes.com/nato-russia-council-is-moscow-only-pretending-to-negotiate/' },
		supports: {
			'first-in-two-and-a-half-years': 'The NATO–Russia Council met on 12 January 2022 for the first time in two and a half years',
			'four-hours': 'The meeting lasted four hours',
			'grushko-led': 'Deputy Foreign Minister Alexander Grushko headed the Russian delegation',
			'not-an-easy-discussion': 'NATO Secretary-General Jens Stoltenberg: “It was not an easy discussion”'
		},
		note: 'German newspaper. Süddeutsche Zeitung reported the same (a meeting of almost four hours, “keine einfache Diskussion”).'
	},

	// ── Russian-language reports of quotes the Russian and Ukrainian texts give in the original ──
	{
		id: 'kloop-2022-01-06-tokayev-csto-appeal',
		kind: 'background',
		publisher: 'Kloop',
		author: null,
		date: '2022-01-06',
		headline: 'Токаев запросил помощь у государств ОДКБ для преодоления террористической угрозы',
		headlineLang: 'ru',
		headlineEnglish: 'Tokayev asked the CSTO states for help in overcoming a terrorist threat',
		url: 'https://kloop.kg/blog/2022/01/06/tokaev-zaprosil-pomoshh-u-gosudarstv-odkb-dlya-preodoleniya-terroristicheskoj-ugrozy/',
		supports: {
			'terrorist-bands-trained-abroad':
				'Tokayev, at the Security Council meeting shown on Khabar 24 on 5 January 2022, in Russian: «данные террористические банды являются, по сути дела, международными, они прошли серьезную подготовку за рубежом» (these terrorist bands are in effect international; they have been seriously trained abroad), and he had asked the CSTO heads of state for help'
		},
		note: 'Kyrgyz news site, quoting Tokayev’s words at length. The headline is taken from the page address.'
	},
	{
		id: 'baigenews-2022-01-06-pashinyan-csto-decision',
		kind: 'background',
		publisher: 'BaigeNews.kz',
		author: null,
		date: '2022-01-06',
		headline: 'ОДКБ направит миротворческие силы в Казахстан',
		headlineLang: 'ru',
		headlineEnglish: 'The CSTO will send peacekeeping forces to Kazakhstan',
		url: 'https://baigenews.kz/amp/news/odkb_napravit_mirotvorcheskie_sily_v_kazakhstan_124429',
		supports: {
			'limited-period':
				'Nikol Pashinyan, chairing the CSTO Collective Security Council, on Facebook: the council decided to send the CSTO Collective Peacekeeping Forces to Kazakhstan «на ограниченный по времени период с целью стабилизации и нормализации обстановки в этой стране» (for a limited period of time, to stabilise and normalise the situation in the country)'
		},
		note: 'Kazakh news site, 03:40 on 6 January 2022, quoting Pashinyan’s Facebook post in full.'
	},
	{
		id: 'kloop-2022-01-07-tokayev-shoot-to-kill',
		kind: 'background',
		publisher: 'Kloop',
		author: null,
		date: '2022-01-07',
		headline: 'Токаев: «Мною дан приказ силовикам открывать огонь без предупреждения. Кто не сдастся — будет уничтожен»',
		headlineLang: 'ru',
		headlineEnglish: 'Tokayev: “I have ordered the security forces to open fire without warning. Whoever does not surrender will be destroyed”',
		url: 'https://kloop.kg/blog/2022/01/07/tokaev-mnoyu-dan-prikaz-silovikam-otkryvat-ogon-bez-preduprezhdeniya-kto-ne-sdastsya-budet-unichtozhen/',
		supports: {
			'shoot-to-kill-order':
				'Tokayev, address to the nation of 7 January 2022, in Russian: «Правоохранительным органам и армии мною дан приказ открывать огонь на поражение без предупреждения» (I have given law enforcement and the army the order to open fire to kill without warning)'
		},
		note: 'Kyrgyz news site, quoting the address. The headline is taken from the page address.'
	},
	{
		id: 'osn-2022-01-10-putin-colour-revolutions',
		kind: 'background',
		publisher: 'Obshchestvennaya Sluzhba Novostey (osnmedia.ru)',
		author: null,
		date: '2022-01-10',
		headline: 'Путин призвал не допустить реализацию сценария цветных революций',
		headlineLang: 'ru',
		headlineEnglish: 'Putin called for the colour-revolution scenario not to be allowed',
		url: 'https://osnmedia.ru/politika/putin-prizval-ne-dopustit-realizatsiyu-stsenariya-tsvetnyh-revolyutsij',
		supports: {
			'colour-revolution-scenarios':
				'Putin at the CSTO session of 10 January 2022, as quoted by RIA Novosti, in Russian: «Принятые по линии ОДКБ меры ясно показали, что мы не позволим раскачивать ситуацию у себя дома и не дадим реализовать сценарий так называемых цветных революций» (the CSTO’s measures showed that we will not let the situation at home be rocked and will not let the scenario of so-called colour revolutions be carried out)'
		},
		note: 'Russian news site quoting RIA Novosti. Regnum quoted the same sentence, with «цветных» in quotation marks.'
	},
	{
		id: 'regnum-2022-01-11-tokayev-mission-completed',
		kind: 'background',
		publisher: 'Regnum',
		author: null,
		date: '2022-01-11',
		headline: 'Токаев заявил о завершении основной миротворческой миссии в Казахстане',
		headlineLang: 'ru',
		headlineEnglish: 'Tokayev announced the end of the main peacekeeping mission in Kazakhstan',
		url: 'https://regnum.ru/amp/3472675',
		supports: {
			'mission-successfully-completed':
				'Tokayev to the Mazhilis on 11 January 2022, in Russian: «заявляю, что основная миссия миротворческих сил ОДКБ успешно завершена» (I declare that the main mission of the CSTO peacekeeping forces has been successfully completed); the contingent would start leaving in two days, the withdrawal taking no more than ten days'
		},
		note: 'Russian news agency. It gives the length of the withdrawal in its own words («не больше десяти дней»); Interfax’s report of the same day, read as carried by 1lurer.am, quotes it.'
	},
	{
		id: 'interfax-1lurer-2022-01-11-withdrawal-10-days',
		kind: 'background',
		publisher: 'Interfax',
		author: null,
		date: '2022-01-11',
		headline: '[Interfax report of 11 January 2022: Tokayev tells the Mazhilis that the CSTO mission is completed and that its withdrawal will take no more than 10 days]',
		noUrl: 'Interfax’s own address for the report was not found in the stored copies searched; it was read as carried, in Russian, by 1lurer.am, whose headline is in Armenian.',
		readAt: {
			label: '1lurer.am',
			url: 'https://1lurer.am/ru/2022/01/11/ՀԱՊԿ-ի-հիմնական-առաքելությունն-ավարտված-է-խաղաղապահները-շուտով-դուրս-կբերվեն-Ղազախստանից-Տոկաև/640314'
		},
		supports: {
			'no-more-than-10-days':
				'Tokayev to the Mazhilis on 11 January 2022, in Russian: «Процесс вывода контингента ОДКБ займет не более 10 дней» (the withdrawal of the CSTO contingent will take no more than 10 days), after «основная миссия миротворческих сил ОДКБ успешно завершена»'
		},
		note: 'Russian news agency. Kazinform’s English text of the same speech has “at least 10 days”; the Russian words are “no more than”.'
	}
];
