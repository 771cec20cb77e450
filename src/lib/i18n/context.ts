/**
 * The interface's words for components, through Svelte's context: the root
 * layout calls `setUi(lang)` once per page, and a component reads `ui().t`.
 * A component drawn outside a layout (in a unit test) gets English.
 */
import { getContext, setContext } from 'svelte';
import { tEn, translator, type Lang, type Messages, type T } from './ui';
import { pathIn } from './lang';

export interface Ui {
	lang: Lang;
	t: T;
	/** A site path ('/', '/about', '/#id') in the page's language: `/ru/about` on a Russian page. */
	href: (path: string) => string;
}

const KEY = Symbol('ui');
const EN: Ui = { lang: 'en', t: tEn, href: (path) => pathIn('en', path) };

/** Sets the page's language for every component below; a language other than English needs its words loaded first (loadMessages), or given as `words`. */
export function setUi(lang: Lang, words?: Messages): Ui {
	const value: Ui = lang === 'en' && !words ? EN : { lang, t: translator(lang, words), href: (path) => pathIn(lang, path) };
	setContext(KEY, value);
	return value;
}

/** The page's language and lookup. */
export function ui(): Ui {
	return getContext<Ui | undefined>(KEY) ?? EN;
}
