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
import { notText, numbersOf } from '../story/translate';
import { arcKey, englishWords, PHRASES, PLURAL_SUFFIXES, placeholdersOf, type MapWords, type MapWordsFile } from './words';

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

const PLURAL = new RegExp(`\\.(${PLURAL_SUFFIXES.join('|')})$`);
/** A key without its plural suffix: `layer.x.one` → `layer.x`. */
const stem = (key: string): string => key.replace(PLURAL, '');

/**
 * What is wrong with a map words file, one line per problem naming the
 * language and the key ("ru: layer.arc.km: placeholders {km} → {n}"): a key
 * English lacks or one it has missing, an empty text, placeholders that differ,
 * a number of the English text missing. A counted phrase (keys ending
 * `.one`, `.few`, `.many`, `.other`) is compared by its stem: each language
 * has the forms its plural rules need, and always `.other`.
 */
export function checkMapTranslation(en: MapWordsFile, file: Record<string, unknown>, lang: string): string[] {
	const problems: string[] = [];
	const at = (key: string, what: string) => problems.push(`${lang}: ${key}: ${what}`);
	const enStems = new Map<string, string>();
	for (const [k, v] of Object.entries(en)) if (!enStems.has(stem(k)) || k.endsWith('.other')) enStems.set(stem(k), v);
	const stems = new Set(Object.keys(file).map(stem));
	for (const key of Object.keys(en)) {
		const plural = stem(key) !== key;
		if (plural) {
			if (!stems.has(stem(key))) at(key, 'missing');
			else if (key.endsWith('.other') && !Object.hasOwn(file, key)) at(key, 'missing (every counted phrase needs .other)');
			continue;
		}
		if (!Object.hasOwn(file, key)) at(key, 'missing');
	}
	for (const [key, text] of Object.entries(file)) {
		const english = Object.hasOwn(en, key) ? en[key] : stem(key) !== key ? enStems.get(stem(key)) : undefined;
		if (english === undefined) {
			at(key, 'extra: no such key in English');
			continue;
		}
		const unusable = notText(text);
		if (unusable || typeof text !== 'string') {
			at(key, unusable ?? 'not a string');
			continue;
		}
		const a = placeholdersOf(english).join(' ');
		const b = placeholdersOf(text).join(' ');
		if (a !== b) at(key, `placeholders ${a || 'none'} → ${b || 'none'}`);
		const have = new Set(numbersOf(text));
		const lost = [...new Set(numbersOf(english))].filter((n) => !have.has(n));
		if (lost.length) at(key, `number${lost.length > 1 ? 's' : ''} ${lost.join(', ')} of the English text missing`);
	}
	return problems;
}
