/**
 * Loads a language's interface words, area by area, each a file of its own in
 * the build (see ./ui.ts): a page in Russian or Ukrainian awaits the areas it
 * shows before it renders, and no page carries another language's words.
 */
import { addWords, messages, AREAS, CORE_BUNDLED, type Area, type Lang, type Messages } from './ui';

/** Every area's file in every language, each loaded on demand. */
const FILES = import.meta.glob<Messages>('../../../data/i18n/ui*.json', { import: 'default' });
const fileOf = (area: Area, lang: Lang) => `../../../data/i18n/${area}.${lang}.json`;
const loaded = new Set<string>(CORE_BUNDLED ? ['ui.en'] : []);

/** Loads a language's words for the given areas (all by default), once each, and returns all its words known so far. */
export async function loadMessages(lang: Lang, areas: readonly Area[] = AREAS): Promise<Messages> {
	await Promise.all(
		areas
			.filter((a) => !loaded.has(`${a}.${lang}`))
			.map(async (a) => {
				const load = FILES[fileOf(a, lang)];
				if (!load) throw new Error(`ui: no file ${a}.${lang}.json`);
				addWords(lang, await load());
				loaded.add(`${a}.${lang}`);
			})
	);
	return messages(lang);
}
