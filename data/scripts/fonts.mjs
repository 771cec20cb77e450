/// <reference path="./subset-font.d.ts" />
// Writes the Noto Sans woff2 files under static/fonts from @fontsource/noto-sans:
// each subset of src/lib/map/font-subsets.json in each weight. A subset with
// `from` is cut out of that Fontsource file to its own ranges (the 'core' face:
// the characters of English text, about 9 KB a weight against 13 KB); the others
// are Fontsource's files as they are. Run with `npm run fonts`; build-geo.mjs
// runs it too.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const SUBSETS_FILE = fileURLToPath(new URL('../../src/lib/map/font-subsets.json', import.meta.url));

/** @returns {{ weights: number[], subsets: Record<string, { from?: string, ranges: string[] }> }} */
export function fontSubsets() {
	return JSON.parse(readFileSync(SUBSETS_FILE, 'utf8'));
}

/** Every character a list of unicode-range entries ("U+0020-007E", "U+2212") names. @param {string[]} ranges */
export function rangeChars(ranges) {
	let out = '';
	for (const r of ranges) {
		const [a, b] = r.replace(/^U\+/, '').split('-').map((h) => parseInt(h, 16));
		const from = /** @type {number} */ (a);
		for (let c = from; c <= (b ?? from); c++) out += String.fromCodePoint(c);
	}
	return out;
}

/** The file a subset and weight are served from. @param {string} subset @param {number} weight */
export const fontFile = (subset, weight) => `noto-sans-${subset}-${weight}-normal.woff2`;

/** @param {string} staticDir */
export async function writeFonts(staticDir) {
	const { weights, subsets } = fontSubsets();
	const fontDir = dirname(require.resolve(`@fontsource/noto-sans/files/${fontFile('latin', 400)}`));
	const out = join(staticDir, 'fonts');
	mkdirSync(out, { recursive: true });
	for (const [name, s] of Object.entries(subsets))
		for (const w of weights) {
			const target = join(out, fontFile(name, w));
			if (!s.from) copyFileSync(join(fontDir, fontFile(name, w)), target);
			else {
				const cut = await subsetFont(readFileSync(join(fontDir, fontFile(s.from, w))), rangeChars(s.ranges), {
					targetFormat: 'woff2',
					// Only the glyphs the characters map to: Latin text needs no substitutions beyond them.
					noLayoutClosure: true
				});
				writeFileSync(target, cut);
			}
			console.log(`static/fonts/${fontFile(name, w)}`);
		}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await writeFonts(fileURLToPath(new URL('../../static/', import.meta.url)));
