import type { ParamMatcher } from '@sveltejs/kit';

/** The languages a page's address may name (`/ru/…`, `/uk/…`); English has no segment. */
export const match = ((param: string): param is 'ru' | 'uk' => param === 'ru' || param === 'uk') satisfies ParamMatcher;
