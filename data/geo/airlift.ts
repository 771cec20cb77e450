/**
 * The CSTO airlift into Kazakhstan (6–7 January 2022) and the return
 * (13–19 January). Only airfields a source names are drawn. Orenburg and Pskov
 * are left out: no reliable source links them to this airlift.
 *
 * The sources name three departure airfields (Chkalovsky, Ivanovo-Severny,
 * Ulyanovsk-Vostochny) and two arrival airfields (Almaty airport and the
 * Zhetygen military airfield) but do not say which base flew to which
 * airfield, so each base is drawn to both.
 */
import type { AirliftRoute, SourcedCount } from '../../src/lib/map/records';

const RU_OUT = ['defence-blog-2022-01-07', 'tass-2022-01-07', 'mod-konashenkov-2022-01-07'];

export const airliftRoutes: AirliftRoute[] = [
	// ── Inbound: Russia ──────────────────────────────────────────────────
	// First units landed in Almaty on the morning of 6 January (tvr.by); the
	// ministry's statements of 7 January describe flights around the clock, 12
	// of them from Chkalovsky that day. Later inbound flights are not dated.
	{ id: 'chkalovsky-almaty', from: 'chkalovsky', to: 'almaty-airport', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-07', '2022-01-07'], label: 'Russian airborne troops', sources: RU_OUT },
	{ id: 'chkalovsky-zhetygen', from: 'chkalovsky', to: 'zhetygen', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-07', '2022-01-07'], label: 'Russian airborne troops', sources: RU_OUT },
	{ id: 'ivanovo-almaty', from: 'ivanovo-severny', to: 'almaty-airport', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: '98th Guards Airborne Division', sources: [...RU_OUT, 'tvr-2022-01-06'] },
	{ id: 'ivanovo-zhetygen', from: 'ivanovo-severny', to: 'zhetygen', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: '98th Guards Airborne Division', sources: [...RU_OUT, 'tvr-2022-01-06'] },
	{ id: 'ulyanovsk-almaty', from: 'ulyanovsk-vostochny', to: 'almaty-airport', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: '31st Air Assault Brigade', sources: [...RU_OUT, 'tvr-2022-01-06'] },
	{ id: 'ulyanovsk-zhetygen', from: 'ulyanovsk-vostochny', to: 'zhetygen', force: 'russia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: '31st Air Assault Brigade', sources: [...RU_OUT, 'tvr-2022-01-06'] },

	// ── Inbound: the allies ──────────────────────────────────────────────
	// The sources report these contingents on 6–7 January but give neither
	// flight dates nor arrival airfields. They are drawn to Almaty airport, the
	// main landing airfield; the Belarusians are only known to have LEFT from
	// Zhetygen (14 January), so their arrival is not moved there.
	{ id: 'minsk-almaty', from: 'minsk', to: 'almaty-airport', force: 'belarus', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Belarusian contingent', sources: ['panorama-am-2022-01-07', '003_eea78401d5d2a198.txt'] },
	{ id: 'yerevan-almaty', from: 'yerevan', to: 'almaty-airport', force: 'armenia', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Armenian contingent', sources: ['panorama-am-2022-01-07', '003_eea78401d5d2a198.txt'] },
	{ id: 'dushanbe-almaty', from: 'dushanbe', to: 'almaty-airport', force: 'tajikistan', mode: 'air', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Tajik contingent', sources: ['panorama-am-2022-01-07', 'azerbaycan24-tass-2022-01-14'] },
	// Kyrgyz troops travelled by road (they drove home the same way).
	{ id: 'bishkek-almaty', from: 'bishkek', to: 'almaty', force: 'kyrgyzstan', mode: 'road', phase: 'inbound', dates: ['2022-01-06', '2022-01-07'], label: 'Kyrgyz contingent', sources: ['panorama-am-2022-01-07', 'azerbaycan24-tass-2022-01-14'] },

	// ── Return: the allies, 14 January ───────────────────────────────────
	// Flown home on Russian Il-76s; the Belarusians in 10 planes from Zhetygen.
	// The Armenians' and Tajiks' departure airfield is not stated.
	{ id: 'zhetygen-minsk', from: 'zhetygen', to: 'minsk', force: 'belarus', mode: 'air', phase: 'return', dates: ['2022-01-14', '2022-01-14'], label: 'Belarusian contingent (10 planes)', sources: ['azerbaycan24-tass-2022-01-14', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-yerevan', from: 'almaty-airport', to: 'yerevan', force: 'armenia', mode: 'air', phase: 'return', dates: ['2022-01-14', '2022-01-14'], label: 'Armenian contingent', sources: ['azerbaycan24-tass-2022-01-14', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-dushanbe', from: 'almaty-airport', to: 'dushanbe', force: 'tajikistan', mode: 'air', phase: 'return', dates: ['2022-01-14', '2022-01-14'], label: 'Tajik contingent', sources: ['azerbaycan24-tass-2022-01-14', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-bishkek', from: 'almaty', to: 'bishkek', force: 'kyrgyzstan', mode: 'road', phase: 'return', dates: ['2022-01-14', '2022-01-14'], label: 'Kyrgyz contingent (by road)', sources: ['azerbaycan24-tass-2022-01-14'] },

	// ── Return: Russia, 13–19 January ────────────────────────────────────
	// 15 January: 15 Il-76 and 3 An-124 to Ivanovo and Moscow-region airfields.
	// 19 January: the last four planes left Nur-Sultan and Almaty. Return
	// flights went to Chkalovsky, Ivanovo and Ulyanovsk; which flight went where
	// is not stated, so the Nur-Sultan leg is drawn to Chkalovsky, one of the
	// three named return airfields.
	{ id: 'almaty-ivanovo', from: 'almaty-airport', to: 'ivanovo-severny', force: 'russia', mode: 'air', phase: 'return', dates: ['2022-01-15', '2022-01-19'], label: 'Russian troops home', sources: ['interfax-2022-01-15-return', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-chkalovsky', from: 'almaty-airport', to: 'chkalovsky', force: 'russia', mode: 'air', phase: 'return', dates: ['2022-01-15', '2022-01-19'], label: 'Russian troops home', sources: ['interfax-2022-01-15-return', 'mod-2022-01-19-withdrawal'] },
	{ id: 'almaty-ulyanovsk', from: 'almaty-airport', to: 'ulyanovsk-vostochny', force: 'russia', mode: 'air', phase: 'return', dates: ['2022-01-15', '2022-01-19'], label: 'Russian troops home', sources: ['mod-2022-01-19-withdrawal'] },
	{ id: 'nur-sultan-chkalovsky', from: 'nur-sultan', to: 'chkalovsky', force: 'russia', mode: 'air', phase: 'return', dates: ['2022-01-19', '2022-01-19'], label: 'Last flights out (19 Jan)', sources: ['mod-2022-01-19-withdrawal'] }
];

/** The airlift's sourced totals. Never merged into one number. */
export const airliftCounts: SourcedCount[] = [
	{
		label: 'Air group',
		value: 'more than 70 Il-76 and 5 An-124',
		date: '7 January 2022',
		sources: ['tass-2022-01-07'],
		caveat: 'The size of the fleet, not a number of flights per day'
	},
	{
		label: 'Flights in all',
		value: 'more than 108',
		date: '13 January 2022',
		sources: ['sputnik-urdupoint-2022-01-13-zas']
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
		value: 'more than 2,000 troops and about 250 units of equipment',
		date: '13 January 2022',
		sources: ['sputnik-urdupoint-2022-01-13-zas']
	}
];
