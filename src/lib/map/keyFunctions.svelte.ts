/**
 * The key's and the clock's functions, once the page has them: at once on the
 * server (and in development), and in a built page when the map's code loads
 * (the map's first start, or a page that starts it at once). Until then the
 * key waits with the map, and the clock shows the step's own date.
 */
import { keyAtStart, type KeyFunctions } from './keyStart';

let current = $state.raw<KeyFunctions | null>(keyAtStart);
let loading: Promise<void> | null = null;

export const keyFunctions = {
	get current(): KeyFunctions | null {
		return current;
	}
};

/** Loads the functions (and the layer modules) if the page does not have them yet. */
export function loadKeyFunctions(): Promise<void> {
	if (current) return Promise.resolve();
	loading ??= import('./legend').then((m) => {
		current = m;
	});
	return loading;
}
