/**
 * A snapshot's key: a hash of everything that decides what a step's map looks
 * like — its camera and layers, the records the layers draw, and the geodata.
 * The snapshot manifest stores the key each picture was made from, so a test
 * can tell when a picture is out of date.
 */
import { airliftCounts, airliftRoutes } from '../../../data/geo/airlift';
import { buildupSites } from '../../../data/geo/buildup';
import { crisisFeatures } from '../../../data/geo/crises';
import { cstoStates } from '../../../data/geo/csto';
import { venues } from '../../../data/geo/diplomacy';
import { occupiedAreas } from '../../../data/geo/occupied';
import { places } from '../../../data/geo/places';
import { unrest } from '../../../data/geo/unrest';
import geoManifest from '../../../static/geo/manifest.json';
import mapRu from '../../../data/i18n/map.ru.json';
import mapUk from '../../../data/i18n/map.uk.json';
import type { Step } from '../story/types';

/** Bump when the way snapshots are drawn changes (sizes, style), to invalidate every picture. */
export const SNAPSHOT_RENDERER = 1;

/** FNV-1a, 64-bit, as hex: small, synchronous, the same in Node and the browser. */
export function fnv1a64(text: string): string {
	let h = 0xcbf29ce484222325n;
	const prime = 0x100000001b3n;
	const bytes = new TextEncoder().encode(text);
	for (const b of bytes) {
		h ^= BigInt(b);
		h = (h * prime) & 0xffffffffffffffffn;
	}
	return h.toString(16).padStart(16, '0');
}

/** JSON with sorted keys, so the same state always hashes the same. */
function stable(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
	if (v && typeof v === 'object')
		return `{${Object.keys(v as object)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(v) ?? 'null';
}

const worldDigest = fnv1a64(
	stable({
		renderer: SNAPSHOT_RENDERER,
		geo: geoManifest.files,
		records: { airliftCounts, airliftRoutes, buildupSites, crisisFeatures, cstoStates, venues, occupiedAreas, places, unrest }
	})
);

/** The map's words in each language other than English: a picture in that language changes with them. */
const WORDS: Record<string, unknown> = { ru: mapRu, uk: mapUk };
const wordsDigest: Record<string, string> = Object.fromEntries(Object.entries(WORDS).map(([l, w]) => [l, fnv1a64(stable(w))]));

/** The key of a step's picture (in a language other than English, its map's words count too). */
export function snapshotKey(step: Pick<Step, 'camera' | 'layers'>, lang = 'en'): string {
	const view = stable({ camera: step.camera, layers: step.layers });
	if (lang === 'en') return fnv1a64(`${worldDigest}:${view}`);
	const words = wordsDigest[lang];
	if (!words) throw new Error(`snapshots: no map words for "${lang}"`);
	return fnv1a64(`${worldDigest}:${words}:${view}`);
}

