/**
 * The page's language from its address: `/ru/…` and `/uk/…` (the optional
 * `[[lang=lang]]` segment, src/params/lang.ts), English without one. Links
 * within the site keep the language: `pathIn(lang, '/about')`.
 */
import { base } from '$app/paths';
import { isLang, LANGS, type Lang } from './ui';
import { esc } from '$lib/story/escape';

/** The language an address's `lang` parameter names; English when it names none (or one we do not have). */
export const langOf = (param: string | undefined): Lang => (isLang(param) ? param : 'en');

/**
 * The language of an address no page answers (`/ru/no-such-page`), from its
 * first segment after the site's base, so the not-found page speaks it too.
 */
export function langOfPath(pathname: string): Lang {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return langOf(/^\/([a-z]{2})(?:\/|$)/.exec(rest)?.[1]);
}

/** The site's root for a language: `${base}` for English, `${base}/ru` for Russian. */
export const rootIn = (lang: Lang): string => (lang === 'en' ? base : `${base}/${lang}`);

/** A site path ('/', '/about', '/step/x', '/#id') in a language. */
export function pathIn(lang: Lang, path: string): string {
	const root = rootIn(lang);
	// Pages have no trailing slash (`/ru`), except the site's root (`/`).
	if (path === '/' || path === '') return lang === 'en' ? `${root}/` : root;
	return `${root}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The same page in another language, from the page's route and parameters
 * (`/[[lang=lang]]/step/[id]` with `{ id: 'x' }` → `/step/x`), as a link
 * relative to the site like every other (`pathIn`).
 */
export function switchPath(routeId: string | null, params: Record<string, string | undefined>, to: Lang): string {
	const rest = (routeId ?? '/')
		.replace(/\[\[?(\w+)(?:=\w+)?\]\]?/g, (_, name: string) => (name === 'lang' ? '' : (params[name] ?? '')))
		.replace(/\/{2,}/g, '/');
	return pathIn(to, rest || '/');
}

/** Each language's own name, as its readers write it, for the switcher. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский', uk: 'Українська' };

/** BCP 47 tags for `<html lang>` and link previews' locale. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { en: 'en-GB', ru: 'ru', uk: 'uk' };

/**
 * `<link rel="alternate" hreflang>` for the same page in every language, and
 * English as the default, as one escaped HTML string for the page's head.
 */
export function alternatesHtml(routeId: string | null, params: Record<string, string | undefined>, url: URL): string {
	const link = (hreflang: string, l: Lang) => `<link rel="alternate" hreflang="${hreflang}" href="${esc(new URL(switchPath(routeId, params, l), url).href)}">`;
	return [...LANGS.map((l) => link(HTML_LANG[l], l)), link('x-default', 'en')].join('');
}
