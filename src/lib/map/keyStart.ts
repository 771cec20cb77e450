/**
 * The key's and the clock's functions (./legend.ts) where a page has them from
 * the start. The server has them, so every prerendered page carries its clock;
 * in the browser's bundle the build replaces this module with `null`
 * (data/scripts/client-data.ts), so the layer modules those functions read come
 * with the map's code instead of with the first screen (see ./keyFunctions.svelte.ts).
 */
import * as legend from './legend';

export type KeyFunctions = Pick<typeof legend, 'legendFor' | 'readoutFor' | 'screenKey' | 'mapWords' | 'loadMapWords'>;

export const keyAtStart: KeyFunctions | null = legend;
