/**
 * The interface's words for components, through Svelte's context: the root
 * layout calls `setUi(lang)` once per page, and a component reads `ui().t`.
 * A component drawn outside a layout (in a unit test) gets English.
 */
import { getContext, setContext } from 'svelte';
import { tEn, translator, type Lang, type Messages, type T } from './ui';

export interface Ui {
	lang: Lang;
	t: T;
}

const KEY = Symbol('ui');
const EN: Ui = { lang: 'en', t: tEn };

/** Sets the page's language for every component below; `words` for a language other than English (see loadMessages). */
export function setUi(lang: Lang, words?: Messages): Ui {
	const value: Ui = lang === 'en' && !words ? EN : { lang, t: translator(lang, words) };
	setContext(KEY, value);
	return value;
}

/** The page's language and lookup. */
export function ui(): Ui {
	return getContext<Ui | undefined>(KEY) ?? EN;
}
