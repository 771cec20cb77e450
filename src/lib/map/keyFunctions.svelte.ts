/**
 * The key's and the clock's functions, once the page has them: at once on the
 * server (and in development), and in a built page when the map's code loads
 * (the map's first start, or a page that starts it at once). Until then the
 * key waits with the map, and the clock shows the step's own date.
 */
import { keyAtStart, type KeyFunctions } from './keyStart';
import type { MapLang, MapWords } from './words';

let current = $state.raw<KeyFunctions | null>(keyAtStart);
let loading: Promise<void> | null = null;

export const keyFunctions = {
	get current(): KeyFunctions | null {
		return current;
	}
};

/**
 * Loads the functions (and the layer modules) if the page does not have them
 * yet, with the map's words in the page's language (./words.ts): the key
 * shows once both are in.
 */
export function loadKeyFunctions(lang: MapLang = 'en'): Promise<void> {
	loading ??= (current ? Promise.resolve(current) : import('./legend')).then(async (m) => {
		if (lang !== 'en') await m.loadMapWords(lang);
		current = m;
	});
	return loading;
}

/** The map's words in a language once the key's functions are in; undefined means English (or not yet). */
export function keyWords(lang: MapLang): MapWords | undefined {
	return current && lang !== 'en' ? current.mapWords(lang) : undefined;
}
