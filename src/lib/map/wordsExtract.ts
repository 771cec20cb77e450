/**
 * Every English word the map can draw or its key can show, keyed: what
 * data/i18n/map.en.json holds (data/scripts/i18n-extract-map.ts writes it).
 * Record words are read through the same function that translates them
 * (./recordsIn.ts), so a new field there is a new key here.
 *
 * Keys: `place.<id>` (data/geo/places.ts), `name.<id>` (names.ts),
 * `<dataset>.<recordId>.<field>` (the other data/geo files; airlift counts by
 * their position), `arc.<from>.<to>.label` (an arc's label in data/story.ts),
 * `layer.<layer>.<what>` (phrases the layers build, ./words.ts).
 */
import type { Story } from '../story/types';
import type { AnyLayerUse } from './layers/settings';
import { translateRecords } from './recordsIn';
import { arcKey, englishWords, PHRASES, type MapWords, type MapWordsFile } from './words';

export function extractMapWords(story: Pick<Story, 'steps'>): MapWordsFile {
	const out: MapWordsFile = {};
	const put = (key: string, english: string): string => {
		if (Object.hasOwn(out, key) && out[key] !== english) throw new Error(`${key}: two English texts ("${out[key]}", "${english}")`);
		out[key] = english;
		return english;
	};
	const recorder: MapWords = { ...englishWords, text: put, place: (p) => put(`place.${p.id}`, p.name) };
	translateRecords(recorder);
	for (const step of story.steps)
		for (const use of step.layers as readonly AnyLayerUse[]) if (use.layer === 'arc' && use.label) put(arcKey(use), use.label);
	for (const [key, english] of Object.entries(PHRASES)) put(key, english);
	return out;
}
