/**
 * The map mounts the first step's layer modules before the others, and a later
 * step's at once when the reader gets there before the idle mounting does
 * (src/lib/map/controller.ts). Whatever the order, the style's stack must end
 * up as mounting every module in the registry's order leaves it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { story } from '../../data/story';
import { layerModule, layerOrder } from '../../src/lib/map/layers/registry';
import { restack, stackOrder } from '../../src/lib/map/layers/stack';
import type { LayerEnv, LayerModule } from '../../src/lib/map/layers/types';
import { buildStyle } from '../../src/lib/map/style';
import type { Step } from '../../src/lib/story/types';

const env: LayerEnv = { assets: '', reducedMotion: false, theme: 'light', scale: 1, strong: false };
const base = buildStyle({ countries: { type: 'FeatureCollection', features: [] }, theme: 'light' }).layers;

/** A stand-in for MapLibre's style order, written apart from the one in stack.ts: addLayer(layer, before), moveLayer(id, before). */
function styleMap() {
	const layers: Array<{ id: string; type: string }> = base.map((l) => ({ id: l.id, type: l.type }));
	const index = (id?: string) => (id ? layers.findIndex((l) => l.id === id) : -1);
	const target = {
		addLayer(layer: { id: string; type: string }, before?: string) {
			if (index(layer.id) >= 0) throw new Error(`layer ${layer.id} added twice`);
			const i = index(before);
			layers.splice(i < 0 ? layers.length : i, 0, { id: layer.id, type: layer.type });
		},
		moveLayer(id: string, before?: string) {
			const [l] = layers.splice(index(id), 1);
			const i = index(before);
			layers.splice(i < 0 ? layers.length : i, 0, l!);
		},
		getLayer: (id: string) => layers.find((l) => l.id === id),
		getLayersOrder: () => layers.map((l) => l.id),
		getStyle: () => ({ layers: layers.map((l) => ({ ...l })) }),
		getSource: () => undefined,
		hasImage: () => false
	};
	const map = new Proxy(target, { get: (t, k) => (k in t ? t[k as keyof typeof t] : () => undefined) });
	return { map: map as never, order: () => layers.map((l) => l.id) };
}

const mod = (name: string) => layerModule(name) as LayerModule;

/** Mounts modules in this order, as the map does: each one, then the stack put right. */
async function mountInOrder(names: readonly string[], stack: readonly string[]) {
	const m = styleMap();
	const seen: string[][] = [];
	for (const name of names) {
		await mod(name).mount(m.map, env);
		restack(m.map, stack);
		seen.push(m.order());
	}
	return { order: m.order(), seen };
}

/** What the first step shows: the modules it lists and those every step shows (the names). */
const firstModules = (step: Step) => layerOrder.filter((n) => step.layers.some((u) => u.layer === n) || !!mod(n).defaultUse?.(step));

beforeAll(() => {
	vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => ({ type: 'FeatureCollection', features: [] }) }));
});
afterAll(() => {
	vi.unstubAllGlobals();
});

describe('the style layers stack the same whatever order the modules mount in', () => {
	it('stackOrder is the stack mounting every module in the registry order gives', async () => {
		const stack = stackOrder(base, layerOrder.map(mod), env);
		const m = styleMap();
		for (const name of layerOrder) await mod(name).mount(m.map, env);
		expect(stack).toEqual(m.order());
		// Every module's layers are in it, once.
		for (const name of layerOrder) for (const id of mod(name).styleLayers) expect(stack.filter((x) => x === id), id).toHaveLength(1);
	});

	it.each(story.steps.map((s) => [s.id, s] as const))('first step %s, then the rest: the same stack, and in order at every point', async (_id, step) => {
		const stack = stackOrder(base, layerOrder.map(mod), env);
		const first = firstModules(step);
		const rest = layerOrder.filter((n) => !first.includes(n));
		const { order, seen } = await mountInOrder([...first, ...rest], stack);
		expect(order).toEqual(stack);
		// While only some modules are in, their layers already sit as they will in the full stack.
		for (const s of seen) expect(s).toEqual(stack.filter((id) => s.includes(id)));
	});

	it('any order at all, last module first', async () => {
		const stack = stackOrder(base, layerOrder.map(mod), env);
		expect((await mountInOrder([...layerOrder].reverse(), stack)).order).toEqual(stack);
		const shuffled = [...layerOrder].sort((a, b) => (a.length * 7 + a.charCodeAt(1)) % 5 - (b.length * 7 + b.charCodeAt(1)) % 5);
		expect((await mountInOrder(shuffled, stack)).order).toEqual(stack);
	});
});

describe('restack', () => {
	const fake = (ids: string[]) => ({
		ids,
		getLayersOrder: () => [...ids],
		moveLayer(id: string, before?: string) {
			ids.splice(ids.indexOf(id), 1);
			ids.splice(before ? ids.indexOf(before) : ids.length, 0, id);
		}
	});
	it('moves only what is out of place', () => {
		const m = fake(['a', 'b', 'c', 'd']);
		expect(restack(m, ['a', 'b', 'c', 'd'])).toBe(0);
		const n = fake(['a', 'c', 'd', 'b']);
		expect(restack(n, ['a', 'b', 'c', 'd'])).toBeGreaterThan(0);
		expect(n.ids).toEqual(['a', 'b', 'c', 'd']);
	});
	it('orders the layers it knows, whichever of them are there', () => {
		const m = fake(['d', 'a']);
		restack(m, ['a', 'b', 'c', 'd']);
		expect(m.ids).toEqual(['a', 'd']);
	});
});
