import type { ParamMatcher } from '@sveltejs/kit';

/**
 * The languages a page's address may name (`/ru/…`, `/uk/…`); English has no
 * segment. The same list as LANGS in $lib/i18n/ui.ts, written out here: the
 * matcher loads with every page's entry script, which should not carry the
 * interface's words that module brings (tests/unit/ui-i18n.test.ts keeps them equal).
 */
export const match = ((param: string): param is 'ru' | 'uk' => param === 'ru' || param === 'uk') satisfies ParamMatcher;
