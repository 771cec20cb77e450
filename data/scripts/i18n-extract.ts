/**
 * Writes data/i18n/en.json: every string of the story a reader sees or hears,
 * keyed (src/lib/story/translate.ts says which), from the English data in
 * data/story.ts, data/notes.ts, data/about.ts and data/corrections.ts.
 * Translators copy new keys into data/i18n/ru.json and uk.json.
 *
 * Run with `npm run i18n:extract` (Vite loads this TypeScript file).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { story } from '../story.ts';
import { speakerNotes } from '../notes.ts';
import { about } from '../about.ts';
import { corrections } from '../corrections.ts';
import { extractWords } from '../../src/lib/story/translate.ts';

const englishWords = () => extractWords({ story, notes: speakerNotes, about, corrections });

const out = fileURLToPath(new URL('../i18n/en.json', import.meta.url));
const words = englishWords();
writeFileSync(out, JSON.stringify(words, null, '\t') + '\n');
console.log(`data/i18n/en.json: ${Object.keys(words).length} strings`);
