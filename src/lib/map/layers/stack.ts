/**
 * The order the map's style layers stack in, whichever order the layer
 * modules are mounted in.
 *
 * Modules place their layers relative to each other: fills go under the
 * basemap's borders, the places layer lifts the protest markers over its
 * dots, the names slide under every other label (see each module's mount).
 * The order that comes out of mounting every module in the registry's order
 * is the map's true stack. The map mounts only the first step's modules
 * before it goes live, and each other module when a step first shows it, so
 * after each mount it moves the layers back into that order (`restack`).
 *
 * `stackOrder` finds the true stack without a map: it mounts every module
 * into a stand-in that keeps only the order of layers (no sources, images or
 * data), so modules must add and move their layers before their first `await`.
 */
import type { LayerEnv, LayerModule, MaplibreMap } from './types';

interface Entry {
	id: string;
	type: string;
}

/** A stand-in map that keeps the order of style layers and nothing else. */
function orderOnly(base: readonly Entry[]): { map: MaplibreMap; layers: Entry[] } {
	const layers = [...base];
	const at = (id?: string) => (id === undefined ? -1 : layers.findIndex((l) => l.id === id));
	const insert = (entry: Entry, before?: string) => {
		const i = at(before);
		if (i < 0) layers.push(entry);
		else layers.splice(i, 0, entry);
	};
	const target = {
		addLayer(layer: Entry, before?: string) {
			insert({ id: layer.id, type: layer.type }, before);
		},
		moveLayer(id: string, before?: string) {
			const i = at(id);
			if (i < 0 || id === before) return;
			const [entry] = layers.splice(i, 1);
			insert(entry!, before);
		},
		getLayer: (id: string) => layers.find((l) => l.id === id),
		getLayersOrder: () => layers.map((l) => l.id),
		getStyle: () => ({ layers: layers.map((l) => ({ ...l })) }),
		// Images count as there already, so no module draws its icons for nothing.
		hasImage: () => true
	};
	const map = new Proxy(target, { get: (t, k) => (k in t ? t[k as keyof typeof t] : () => undefined) });
	return { map: map as unknown as MaplibreMap, layers };
}

/**
 * The style layers' ids, bottom first, once every module in `modules` has been
 * mounted in that order over the basemap's layers `base`.
 */
export function stackOrder(base: readonly Entry[], modules: readonly LayerModule[], env: LayerEnv): string[] {
	const { map, layers } = orderOnly(base);
	for (const mod of modules) {
		try {
			// What a module does after its first await (setting its data) does not move layers.
			const done = mod.mount(map, env);
			if (done) done.catch(() => {});
		} catch {
			// A module that cannot mount here will fail on the map too, and is left out of it.
		}
	}
	return layers.map((l) => l.id);
}

/**
 * Moves the map's layers into `order` (bottom first): each layer the order
 * names is put directly under the next one the map has (the topmost, at the
 * top). Returns how many layers moved.
 */
export function restack(map: { getLayersOrder(): string[]; moveLayer(id: string, before?: string): unknown }, order: readonly string[]): number {
	const rank = new Map(order.map((id, i) => [id, i]));
	const ids = map.getLayersOrder().filter((id) => rank.has(id));
	const want = [...ids].sort((a, b) => rank.get(a)! - rank.get(b)!);
	let moves = 0;
	const move = (id: string, before?: string) => {
		map.moveLayer(id, before);
		ids.splice(ids.indexOf(id), 1);
		ids.splice(before === undefined ? ids.length : ids.indexOf(before), 0, id);
		moves++;
	};
	// From the top down, so everything above the layer in hand is already in order.
	const top = want[want.length - 1];
	if (top !== undefined && ids[ids.length - 1] !== top) move(top);
	for (let i = want.length - 2; i >= 0; i--) {
		const id = want[i]!;
		const above = want[i + 1]!;
		if (ids.indexOf(id) !== ids.indexOf(above) - 1) move(id, above);
	}
	return moves;
}
