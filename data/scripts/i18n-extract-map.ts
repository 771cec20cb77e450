/**
 * Writes data/i18n/map.en.json: every English word the map draws or its key
 * shows, keyed (src/lib/map/wordsExtract.ts says which), from data/geo/*.ts,
 * the arcs' labels in data/story.ts and the layers' phrases
 * (src/lib/map/words.ts). Translators copy new keys into map.ru.json and
 * map.uk.json.
 *
 * Run with `npm run i18n:extract-map` (Vite loads this TypeScript file).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { story } from '../story.ts';
import { extractMapWords } from '../../src/lib/map/wordsExtract.ts';

const out = fileURLToPath(new URL('../i18n/map.en.json', import.meta.url));
const words = extractMapWords(story);
writeFileSync(out, JSON.stringify(words, null, '\t') + '\n');
console.log(`data/i18n/map.en.json: ${Object.keys(words).length} strings`);
