/**
 * What an embed shows, read from its URL. Newsrooms paste these URLs into
 * CMSs that mangle, repeat and truncate parameters, so anything that is not
 * exactly right shows the whole story rather than an error, and nothing read
 * here ever reaches the page as markup.
 */
import { SLUG } from '$lib/story/checks';

export type EmbedMode = 'full' | 'range' | 'single';
export type EmbedTheme = 'light' | 'dark';
/** The page behind the embed: white or dark to match a host page of that colour, or transparent to take the host's own. */
export type EmbedBg = 'white' | 'dark' | 'transparent';

export interface EmbedParams {
	mode: EmbedMode;
	/** Index in the story of the first step shown. */
	from: number;
	/** Index in the story of the last step shown (inclusive). */
	to: number;
	theme: EmbedTheme;
	/** The background, always one the theme's text can be read on. */
	bg: EmbedBg;
	/** The id pym.js's Parent gave this iframe (`childId`), when it is one pym could have made. */
	childId: string | null;
	/** Origin of the host page, from pym's `parentUrl`, when it is an http(s) URL. */
	parentOrigin: string | null;
	/** The host container's width when the iframe was made (`initialWidth`), in CSS pixels. */
	initialWidth: number | null;
}

/** pym.Parent uses its container element's id as the child id and puts it in the URL unescaped. */
const CHILD_ID = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}$/;
const WIDTH = /^[0-9]{1,5}$/;
const MAX_ID = 80;

/** The parameter's value when it is given exactly once, else null. */
function single(q: URLSearchParams, name: string): string | null {
	const all = q.getAll(name);
	return all.length === 1 ? (all[0] as string) : null;
}

function stepIndex(value: string | null, stepIds: readonly string[]): number {
	// Step ids are slugs, as the story's validator requires: anything else cannot name a step.
	if (value === null || value.length > MAX_ID || !SLUG.test(value)) return -1;
	return stepIds.indexOf(value);
}

function originOf(value: string | null): string | null {
	if (value === null || value.length > 2048) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
	} catch {
		return null;
	}
}

/** Which steps to show: one step, a range, or (for anything doubtful) the whole story. */
function selection(q: URLSearchParams, stepIds: readonly string[]): Pick<EmbedParams, 'mode' | 'from' | 'to'> {
	const last = stepIds.length - 1;
	const whole = { mode: 'full' as const, from: 0, to: last };
	const hasStep = q.has('step');
	const hasRange = q.has('from') || q.has('to');
	if (hasStep && hasRange) return whole;
	if (hasStep) {
		const i = stepIndex(single(q, 'step'), stepIds);
		return i < 0 ? whole : { mode: 'single', from: i, to: i };
	}
	if (!hasRange) return whole;
	const from = q.has('from') ? stepIndex(single(q, 'from'), stepIds) : 0;
	const to = q.has('to') ? stepIndex(single(q, 'to'), stepIds) : last;
	if (from < 0 || to < 0 || from > to) return whole;
	if (from === 0 && to === last) return whole;
	return { mode: 'range', from, to };
}

/** The solid background that goes with a theme: what an embed without a `bg` shows. */
export function defaultBg(theme: EmbedTheme): EmbedBg {
	return theme === 'dark' ? 'dark' : 'white';
}

/**
 * The theme and background. `bg=dark` alone asks for the dark theme too; a
 * solid background the theme's text cannot be read on (white behind the dark
 * theme, dark behind the light one), or any other value, gives the theme's own.
 */
function look(q: URLSearchParams): Pick<EmbedParams, 'theme' | 'bg'> {
	const t = single(q, 'theme');
	const b = single(q, 'bg');
	const bg: EmbedBg | null = b === 'white' || b === 'dark' || b === 'transparent' ? b : null;
	const theme: EmbedTheme = t === 'dark' || t === 'light' ? t : bg === 'dark' ? 'dark' : 'light';
	return { theme, bg: bg === 'transparent' || bg === defaultBg(theme) ? (bg as EmbedBg) : defaultBg(theme) };
}

export function parseEmbedParams(search: string | URLSearchParams, stepIds: readonly string[]): EmbedParams {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	const childId = single(q, 'childId');
	const width = single(q, 'initialWidth');
	const w = width !== null && WIDTH.test(width) ? Number(width) : 0;
	return {
		...selection(q, stepIds),
		...look(q),
		childId: childId !== null && CHILD_ID.test(childId) ? childId : null,
		parentOrigin: originOf(single(q, 'parentUrl')),
		initialWidth: w >= 1 && w <= 10000 ? w : null
	};
}
