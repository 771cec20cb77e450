/**
 * Names for orientation (data/geo/names.ts): countries in letter-spaced
 * capitals, seas in blue-grey, regions smaller. Shown on every step without the
 * story listing them, each name between its zoom levels. They sit under every
 * other label of the map: MapLibre places the labels of higher layers first,
 * so a story label always wins a collision, and a name that would cover one is
 * left out. A name the step's own layers already show (a CSTO member's name)
 * is left out too.
 */
import { mapNames, type MapName } from '../../../../data/geo/names';
import { checkIdList, checkKnownKeys, type Problem } from '../../story/checks';
import type { Step } from '../../story/types';
import { placeById } from '../places';
import { themes } from '../palette';
import type { NamesUse } from './settings';
import type { LayerModule, MaplibreMap } from './types';
import { collection, ensureSource, FONT_REGULAR, setData, setFilter, setVisible, wordsOr } from './util';
import { recordsIn } from '../recordsIn';
import type { MapWords } from '../words';
import { layerModule } from './registry';
import { stepMarkers } from '../extent';

const SOURCE = 'names';
const LABEL = 'names-label';
/** Invisible squares over every point the step draws, placed before the names so no name covers one. */
const KEEP = 'names-keepout';
const KEEP_SOURCE = 'names-keepout';
const KEEP_IMAGE = 'names-keepout';
const KEEP_PX = 14;
export const nameIds: ReadonlySet<string> = new Set(mapNames.map((n) => n.id));

/** A label's text as the duplicate check reads it: its first line, before any note. */
export const labelKey = (text: string): string => text.split(/\n| · | \(/)[0]!.trim().toLowerCase();

/** The texts the step's other layers label the map with. */
function stepLabels(step: Step, w: MapWords): Set<string> {
	const out = new Set<string>();
	for (const use of step.layers) {
		if (use.layer === 'names') continue;
		if (use.layer === 'places') {
			for (const id of (use.labels as string[] | undefined) ?? []) {
				const p = placeById.get(id);
				if (p) out.add(labelKey(w.place(p)));
			}
			continue;
		}
		const features = layerModule(use.layer)?.features?.(use as never, 1, w).features ?? [];
		for (const f of features) for (const k of ['label', 'text', 'name']) if (f.properties?.[k]) out.add(labelKey(String(f.properties[k])));
	}
	return out;
}

/** Which names show at this zoom, less the hidden ones. */
function shownAt(zoom: number, hidden: ReadonlySet<string>): string[] {
	return mapNames.filter((n) => zoom >= n.minZoom && zoom < n.maxZoom && !hidden.has(n.id)).map((n) => n.id);
}

/**
 * Names whose words would run off the map's edge or under something lying
 * over it (the key, the locator, the scale bar: `data-map-overlay`), from
 * the name's length and the live map: a name cut in half reads as another word.
 */
function covered(map: MaplibreMap, names: readonly MapName[]): Set<string> {
	const out = new Set<string>();
	if (typeof document === 'undefined') return out;
	const el = map.getContainer();
	const box = el.getBoundingClientRect();
	const overlays = [...document.querySelectorAll<HTMLElement>('[data-map-overlay]')]
		.map((o) => o.getBoundingClientRect())
		.filter((r) => r.width > 0 && r.height > 0);
	const zoom = map.getZoom();
	for (const n of names) {
		const size = n.kind === 'country' ? (zoom < 6 ? 9.5 + (zoom - 2) * 0.625 : 12) : 12;
		const spacing = n.kind === 'country' ? 0.16 : 0.1;
		const w = n.name.length * size * (0.62 + spacing) + 6;
		const h = size * 1.4;
		const p = map.project(n.lngLat);
		const l = box.left + p.x - w / 2, r = box.left + p.x + w / 2, t = box.top + p.y - h / 2, b = box.top + p.y + h / 2;
		if (l < box.left || r > box.right || t < box.top || b > box.bottom || overlays.some((o) => l < o.right && o.left < r && t < o.bottom && o.top < b)) out.add(n.id);
	}
	return out;
}

const state = new WeakMap<MaplibreMap, { hidden: Set<string>; shown: string; covered: Set<string>; names: readonly MapName[] }>();

function refilter(map: MaplibreMap, recheck = false): void {
	const s = state.get(map);
	if (!s || !map.getLayer(LABEL)) return;
	// Where words fit is measured once the camera rests, not in every frame of a flight.
	if (recheck) s.covered = map.isMoving() ? new Set() : covered(map, s.names);
	const ids = shownAt(map.getZoom(), s.hidden).filter((id) => !s.covered.has(id));
	const key = ids.join(',');
	if (key === s.shown) return;
	s.shown = key;
	setFilter(map, LABEL, ['in', ['get', 'id'], ['literal', ids]]);
}

export const namesLayer: LayerModule<NamesUse> = {
	name: 'names',
	styleLayers: [LABEL, KEEP],
	check(use) {
		const problems: Problem[] = [...checkKnownKeys(use, '', ['layer', 'hide']), ...checkIdList(use.hide, 'hide', nameIds, 'map name', { optional: true, allowEmpty: true })];
		return problems;
	},
	legend() {
		return [];
	},
	defaultUse(step, words) {
		const w = wordsOr(words);
		const labelled = stepLabels(step, w);
		const listed = step.layers.find((u) => u.layer === 'names') as NamesUse | undefined;
		const hide = [...(listed?.hide ?? []), ...recordsIn(w).mapNames.filter((n) => labelled.has(labelKey(n.name))).map((n) => n.id)];
		return { layer: 'names', hide: [...new Set(hide)], keepClear: stepMarkers(step, 1).map((p) => p.lngLat) };
	},
	mount(map, env) {
		const t = themes[env.theme];
		const names = recordsIn(wordsOr(env.words)).mapNames;
		ensureSource(
			map,
			SOURCE,
			collection(names.map((n) => ({ geometry: { type: 'Point', coordinates: n.lngLat }, properties: { id: n.id, name: n.name, kind: n.kind } })))
		);
		// Under every other label (MapLibre places the labels of higher layers first), and above the
		// fills, hatching and lines drawn before the first of them. The membership layer's labels,
		// lower still, are lifted to sit just above the names, so they keep winning.
		const MEMBERSHIP = 'membership-label';
		const firstSymbol = map.getStyle().layers.find((l) => l.type === 'symbol' && l.id !== MEMBERSHIP)?.id;
		if (firstSymbol && map.getLayer(MEMBERSHIP)) map.moveLayer(MEMBERSHIP, firstSymbol);
		const below = map.getLayer(MEMBERSHIP) ? MEMBERSHIP : firstSymbol;
		map.addLayer(
			{
				id: LABEL,
				type: 'symbol',
				source: SOURCE,
				filter: ['in', ['get', 'id'], ['literal', []]],
				layout: {
					visibility: 'none',
					'text-field': ['get', 'name'],
					'text-font': FONT_REGULAR,
					'text-transform': ['match', ['get', 'kind'], 'country', 'uppercase', 'none'] as never,
					'text-letter-spacing': ['match', ['get', 'kind'], 'country', 0.16, 'sea', 0.1, 0.06] as never,
					'text-size': [
						'interpolate',
						['linear'],
						['zoom'],
						2,
						['match', ['get', 'kind'], 'country', 9.5, 'sea', 10, 9.5],
						6,
						['match', ['get', 'kind'], 'country', 12, 'sea', 12.5, 12]
					] as never,
					'text-max-width': 7,
					'text-padding': 3,
					// A country's name may move a line up or down off its spot when a route or a marker
					// holds it (Kazakhstan under the airlift's arrows); seas and regions stay put.
					'text-variable-anchor-offset': [
						'match',
						['get', 'kind'],
						'country',
						['literal', ['center', [0, 0], 'bottom', [0, -0.7], 'top', [0, 0.7]]],
						['literal', ['center', [0, 0]]]
					] as never,
					'symbol-sort-key': ['match', ['get', 'kind'], 'country', 1, 'sea', 2, 3] as never
				},
				paint: {
					'text-color': ['match', ['get', 'kind'], 'country', t.countryName, 'sea', t.seaName, t.regionName] as never,
					'text-halo-color': ['match', ['get', 'kind'], 'sea', 'rgba(0,0,0,0)', t.halo] as never,
					'text-halo-width': 1.2
				}
			},
			below
		);
		ensureSource(map, KEEP_SOURCE);
		if (!map.hasImage(KEEP_IMAGE)) map.addImage(KEEP_IMAGE, { width: KEEP_PX, height: KEEP_PX, data: new Uint8Array(KEEP_PX * KEEP_PX * 4) });
		map.addLayer(
			{
				id: KEEP,
				type: 'symbol',
				source: KEEP_SOURCE,
				layout: { visibility: 'none', 'icon-image': KEEP_IMAGE, 'icon-allow-overlap': true, 'icon-padding': 0 },
				paint: { 'icon-opacity': 0 }
			},
			below
		);
		state.set(map, { hidden: new Set(), shown: '', covered: new Set(), names });
		map.on('zoom', () => refilter(map));
		map.on('moveend', () => refilter(map, true));
		map.on('resize', () => refilter(map, true));
	},
	show(map, use) {
		const s = state.get(map);
		if (s) {
			s.hidden = new Set(use.hide ?? []);
			s.shown = '';
		}
		refilter(map, true);
		setData(map, KEEP_SOURCE, collection((use.keepClear ?? []).map((p) => ({ geometry: { type: 'Point', coordinates: p }, properties: {} }))));
		setVisible(map, [LABEL, KEEP], true);
	},
	hide(map) {
		setVisible(map, [LABEL, KEEP], false);
	}
};
