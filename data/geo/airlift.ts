/**
 * The CSTO airlift into Kazakhstan (6–7 January 2022) and the return
 * (13–19 January). Only airfields a source names are drawn. Orenburg and Pskov
 * are left out: no reliable source links them to this airlift.
 *
 * The sources name three Russian departure airfields (Chkalovsky,
 * Ivanovo-Severny, Ulyanovsk-Vostochny) and two arrival airfields (Almaty
 * airport and the Zhetygen military airfield) but do not say which base flew
 * to which airfield, so each base is drawn to both.
 *
 * Lines are great circles between the named places, not flight tracks. A leg
 * whose ends no source names is marked `schematic` and drawn dashed.
 */
import type { AirliftRoute, SourcedCount } from '../../src/lib/map/records';

const RU_OUT = ['defence-blog-2022-01-07', 'gazeta-2022-01-07-twelve-aircraft', 'euroradio-2022-01-russian-units'];

export const airliftRoutes: AirliftRoute[] = [
	// ── Inbound: Russia, 6–7 January ─────────────────────────────────────
	// First units landed in Almaty on 6 January (tvr.by). An Il-76 was filmed
	// leaving Chkalovsky on 6 January (Defence Ministry handout); by 7 January
	// the ministry counted 12 aircraft out of Chkalovsky (a running count, not
	// one day's flights). Flights went on after 7 January; they are not dated
	// leg by leg, so the legs are dated 6–7 January.
	{ id: 'chkalovsky-almaty', from: 'chkalovsky', to: 'almaty-airport', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Russian airborne troops', sources: [...RU_OUT, 'sputnik-mediabank-2022-01-06-chkalovsky'] },
	{ id: 'chkalovsky-zhetygen', from: 'chkalovsky', to: 'zhetygen', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Russian airborne troops', sources: [...RU_OUT, 'sputnik-mediabank-2022-01-06-chkalovsky'] },
	{ id: 'ivanovo-almaty', from: 'ivanovo-severny', to: 'almaty-airport', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: '98th Guards Airborne Division', sources: [...RU_OUT, 'tvr-2022-01-06'] },
	{ id: 'ivanovo-zhetygen', from: 'ivanovo-severny', to: 'zhetygen', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: '98th Guards Airborne Division', sources: [...RU_OUT, 'tvr-2022-01-06'] },
	{ id: 'ulyanovsk-almaty', from: 'ulyanovsk-vostochny', to: 'almaty-airport', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: '31st Air Assault Brigade', sources: [...RU_OUT, 'tvr-2022-01-06'] },
	{ id: 'ulyanovsk-zhetygen', from: 'ulyanovsk-vostochny', to: 'zhetygen', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: '31st Air Assault Brigade', sources: [...RU_OUT, 'tvr-2022-01-06'] },

	// ── Inbound: the allies ──────────────────────────────────────────────
	// Kyrgyzstan: the unit was flown from the Kant airbase to the Almaty
	// airfield on 7 January in Russian Il-76s (Russian Defence Ministry via
	// RIA and today.kg; AKIpress: two aircraft). Both ends are sourced.
	{ id: 'kant-almaty', from: 'kant', to: 'almaty-airport', force: 'kyrgyzstan', mode: 'air', phase: 'inbound', dates: ['2022-01-07', '2022-01-07'], label: 'Kyrgyz contingent (Russian Il-76s)', sources: ['todaykg-2022-01-kyrgyz-kant', 'akipress-2022-01-13-kyrgyz-return'] },
	// Belarus, Armenia, Tajikistan: reported on 6–7 January, flown on Russian
	// aircraft, but no source gives both the departure and the arrival
	// airfield (Belsat names Machulishchy near Minsk for the Belarusians). The
	// legs are drawn from the capitals to Almaty airport, the main landing
	// airfield, and marked schematic.
	{ id: 'minsk-almaty', from: 'minsk', to: 'almaty-airport', force: 'belarus', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Belarusian contingent', schematic: true, sources: ['belsat-2022-01-06-belarus-company', 'panorama-am-2022-01-07', '003_eea78401d5d2a198.txt'] },
	{ id: 'yerevan-almaty', from: 'yerevan', to: 'almaty-airport', force: 'armenia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Armenian contingent', schematic: true, sources: ['panorama-am-2022-01-07', '003_eea78401d5d2a198.txt'] },
	{ id: 'dushanbe-almaty', from: 'dushanbe', to: 'almaty-airport', force: 'tajikistan', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Tajik contingent', schematic: true, sources: ['panorama-am-2022-01-07', 'tvr-2022-01-06'] },

	// ── Return: the allies, 14 January ───────────────────────────────────
	// Flown home on Russian Il-76s (TASS): the Belarusians in 10 planes from
	// Zhetygen to the Minsk region, the Armenians in three from the Almaty
	// airfield, the Tajiks in one leaving Almaty.
	{ id: 'zhetygen-minsk', from: 'zhetygen', to: 'minsk', force: 'belarus', mode: 'air', phase: 'return', dates: ['2022-01-14', '2022-01-14'], label: 'Belarusian contingent (10 planes)', sources: ['sputnik-kz-2022-01-14-belarusians-leave', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-yerevan', from: 'almaty-airport', to: 'yerevan', force: 'armenia', mode: 'air', phase: 'return', dates: ['2022-01-14', '2022-01-14'], label: 'Armenian contingent (3 planes)', sources: ['armradio-tass-2022-01-14-allies-leave', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-dushanbe', from: 'almaty-airport', to: 'dushanbe', force: 'tajikistan', mode: 'air', phase: 'return', dates: ['2022-01-14', '2022-01-14'], label: 'Tajik contingent (1 plane)', sources: ['armradio-tass-2022-01-14-allies-leave', 'mod-2022-01-19-withdrawal'] },
	// Kyrgyzstan: a road convoy from the Almaty power plant the unit guarded
	// (TASS) to its base at Tokmok (AKIpress). Drawn as a straight line, not
	// the road taken.
	{ id: 'almaty-tokmok', from: 'almaty', to: 'tokmok', force: 'kyrgyzstan', mode: 'road', phase: 'return', dates: ['2022-01-14', '2022-01-14'], label: 'Kyrgyz contingent (by road to Tokmok)', sources: ['armradio-tass-2022-01-14-allies-leave', 'akipress-2022-01-13-kyrgyz-return'] },

	// ── Return: Russia, 13–19 January ────────────────────────────────────
	// 13 January: the first paratroopers flown back to Ivanovo-Severny
	// (Interfax; four Il-76MD, TASS). 15 January: 15 Il-76 and 3 An-124 to
	// Ivanovo and Moscow-region airfields. 17–18 January: flights to the Moscow
	// and Ulyanovsk regions. 19 January: the last four planes left Nur-Sultan
	// and Almaty. Which flight went where is not stated beyond that, so the
	// Nur-Sultan leg is drawn to Chkalovsky, one of the named return airfields.
	{ id: 'almaty-ivanovo', from: 'almaty-airport', to: 'ivanovo-severny', force: 'russia', mode: 'air', phase: 'return', dates: ['2022-01-13', '2022-01-15'], label: 'Russian troops home', sources: ['interfax-2022-01-13-first-return', 'profile-2022-01-15-return', 'info24-2022-01-15-return', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-chkalovsky', from: 'almaty-airport', to: 'chkalovsky', force: 'russia', mode: 'air', phase: 'return', dates: ['2022-01-15', '2022-01-19'], label: 'Russian troops home', sources: ['info24-2022-01-15-return', 'ria-2022-01-16-chkalovsky', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-ulyanovsk', from: 'almaty-airport', to: 'ulyanovsk-vostochny', force: 'russia', mode: 'air', phase: 'return', dates: ['2022-01-17', '2022-01-18'], label: 'Russian troops home', sources: ['interfax-2022-01-18-ulyanovsk', 'mod-2022-01-19-withdrawal'] },
	{ id: 'nur-sultan-chkalovsky', from: 'nur-sultan', to: 'chkalovsky', force: 'russia', mode: 'air', phase: 'return', dates: ['2022-01-19', '2022-01-19'], label: 'Last flights out (19 Jan)', schematic: true, sources: ['mod-2022-01-19-withdrawal'] }
];

/** The airlift's sourced totals. Never merged into one number. */
export const airliftCounts: SourcedCount[] = [
	{
		label: 'Air group',
		value: 'more than 70 Il-76 and 5 An-124',
		date: 'About 7 January 2022',
		sources: ['euroradio-2022-01-russian-units'],
		caveat: 'The size of the fleet, not a number of flights per day'
	},
	{
		label: 'Flights in four days',
		value: 'more than 108',
		date: '10 January 2022',
		sources: ['interfax-2022-01-10-zas-flights', 'tass-2022-01-13-zas-110-flights'],
		caveat: 'CSTO Secretary-General Zas; about 110 by 13 January (TASS)'
	},
	{
		label: 'Force announced',
		value: 'about 2,500',
		date: '6 January 2022',
		sources: ['sputnik-2022-01-06-zas', '004_1fdcc4a3134de60e.txt'],
		caveat: "CSTO figure for the whole force; early reports put Russia's share alone at about 3,000"
	},
	{
		label: 'Force counted afterwards',
		value: 'more than 2,000 peacekeepers and about 250 vehicles (Zas)',
		date: '13 January 2022',
		sources: ['tass-2022-01-13-zas-110-flights']
	}
];
