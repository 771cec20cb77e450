/**
 * The map's records (data/geo/*.ts) with their words in a language: copies
 * with the names, labels and notes translated, everything else (ids, places,
 * dates, coordinates, sources) shared. In English they are the records
 * themselves. Keys are those of data/i18n/map.en.json (./wordsExtract.ts).
 */
import { airliftCounts, airliftRoutes } from '../../../data/geo/airlift';
import { buildupSites } from '../../../data/geo/buildup';
import { crisisFeatures } from '../../../data/geo/crises';
import { cstoStates } from '../../../data/geo/csto';
import { venues } from '../../../data/geo/diplomacy';
import { mapNames } from '../../../data/geo/names';
import { occupiedAreas } from '../../../data/geo/occupied';
import { patternRecords } from '../../../data/geo/pattern';
import { places } from '../../../data/geo/places';
import { securedSites, unrest } from '../../../data/geo/unrest';
import type { MapWords } from './words';

const RECORDS = { airliftCounts, airliftRoutes, buildupSites, crisisFeatures, cstoStates, venues, mapNames, occupiedAreas, patternRecords, places, securedSites, unrest };
export type MapRecords = typeof RECORDS;

/** Translated copies of every record, uncached (./wordsExtract.ts reads the keys through it). */
export function translateRecords(w: MapWords): MapRecords {
	const t = w.text;
	return {
		places: places.map((p) => ({ ...p, name: w.place(p) })),
		mapNames: mapNames.map((n) => ({ ...n, name: t(`name.${n.id}`, n.name) })),
		patternRecords: patternRecords.map((r) => ({ ...r, name: t(`pattern.${r.id}.name`, r.name), when: t(`pattern.${r.id}.when`, r.when) })),
		occupiedAreas: occupiedAreas.map((a) => ({
			...a,
			label: t(`occupied.${a.id}.label`, a.label),
			short: t(`occupied.${a.id}.short`, a.short),
			...(a.note !== undefined ? { note: t(`occupied.${a.id}.note`, a.note) } : {})
		})),
		crisisFeatures: crisisFeatures.map((f) => ({
			...f,
			label: t(`crises.${f.id}.label`, f.label),
			...(f.date !== undefined ? { date: t(`crises.${f.id}.date`, f.date) } : {})
		})),
		venues: venues.map((v) => ({ ...v, event: t(`diplomacy.${v.id}.event`, v.event) })),
		unrest: unrest.map((r) => ({ ...r, what: t(`unrest.${r.id}.what`, r.what) })),
		securedSites: securedSites.map((r) => ({ ...r, what: t(`secured.${r.id}.what`, r.what) })),
		airliftRoutes: airliftRoutes.map((r) => ({ ...r, label: t(`airlift.${r.id}.label`, r.label) })),
		airliftCounts: airliftCounts.map((c, i) => ({
			...c,
			label: t(`airlift.count.${i}.label`, c.label),
			value: t(`airlift.count.${i}.value`, c.value),
			...(c.date !== undefined ? { date: t(`airlift.count.${i}.date`, c.date) } : {}),
			...(c.caveat !== undefined ? { caveat: t(`airlift.count.${i}.caveat`, c.caveat) } : {})
		})),
		cstoStates: cstoStates.map((s) => {
			const k = `csto.${s.iso3}`;
			const c = s.contingent;
			return {
				...s,
				name: t(`${k}.name`, s.name),
				...(s.note !== undefined ? { note: t(`${k}.note`, s.note) } : {}),
				...(c
					? {
							contingent: {
								...c,
								label: t(`${k}.contingent.label`, c.label),
								value: t(`${k}.contingent.value`, c.value),
								...(c.date !== undefined ? { date: t(`${k}.contingent.date`, c.date) } : {}),
								...(c.caveat !== undefined ? { caveat: t(`${k}.contingent.caveat`, c.caveat) } : {})
							}
						}
					: {})
			};
		}),
		buildupSites: buildupSites.map((s) => ({ ...s, name: t(`buildup.${s.id}.name`, s.name) }))
	};
}

const cache = new WeakMap<MapWords, MapRecords>();

/** The records in these words (the originals in English). */
export function recordsIn(w: MapWords): MapRecords {
	if (w.lang === 'en') return RECORDS;
	let r = cache.get(w);
	if (!r) cache.set(w, (r = translateRecords(w)));
	return r;
}
