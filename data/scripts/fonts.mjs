/// <reference path="./subset-font.d.ts" />
// Writes the Noto Sans woff2 files under static/fonts from @fontsource-variable/noto-sans:
// each subset of src/lib/map/font-subsets.json is cut out of the Fontsource
// file it names (`from`) to its own ranges and to the weight range the page
// uses, so one variable file per subset draws both the regular and the bold
// text (the 'core' face: 11.6 KB where two static weights took 13.6 KB). Run
// with `npm run fonts`; build-geo.mjs runs it too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const SUBSETS_FILE = fileURLToPath(new URL('../../src/lib/map/font-subsets.json', import.meta.url));

/** @returns {{ weights: [number, number], subsets: Record<string, { from: string, ranges: string[] }> }} */
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

/** The file a subset is served from. @param {string} subset */
export const fontFile = (subset) => `noto-sans-${subset}-wght.woff2`;

/** Fontsource's variable file for a script (every weight from 100 to 900). @param {string} from */
export const sourceFile = (from) => require.resolve(`@fontsource-variable/noto-sans/files/noto-sans-${from}-wght-normal.woff2`);

/** @param {string} staticDir */
export async function writeFonts(staticDir) {
	const { weights, subsets } = fontSubsets();
	const out = join(staticDir, 'fonts');
	mkdirSync(out, { recursive: true });
	for (const [name, s] of Object.entries(subsets)) {
		const cut = await subsetFont(readFileSync(sourceFile(s.from)), rangeChars(s.ranges), {
			targetFormat: 'woff2',
			// Only the glyphs the characters map to: the text needs no substitutions beyond them.
			noLayoutClosure: true,
			// The weight axis narrowed to what the page draws with: a third less than 100 to 900.
			variationAxes: { wght: { min: weights[0], max: weights[1] } }
		});
		writeFileSync(join(out, fontFile(name)), cut);
		console.log(`static/fonts/${fontFile(name)}`);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await writeFonts(fileURLToPath(new URL('../../static/', import.meta.url)));
