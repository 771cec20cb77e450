/**
 * The projector style (presentation mode): a map read from the back of a hall
 * on a 1280×720 projector. Every style layer's text and lines are drawn larger
 * by one scale factor, and the fills and lines of what a step draws are made
 * stronger (more opaque, more saturated) so they survive a washed-out picture.
 *
 * Applied to the map's style layers after the layers have added them, so every
 * layer (and any added later) gets the same treatment without each carrying
 * its own projector sizes. The value rewriting is pure, and unit-tested.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** How much larger text and lines are drawn on a projector. */
export const PROJECTOR_SCALE = 1.4;

/** Layout and paint properties that are sizes in pixels, scaled on a projector. */
export const SIZE_PROPS: Record<'layout' | 'paint', readonly string[]> = {
	layout: ['text-size', 'icon-size'],
	paint: ['line-width', 'circle-radius', 'circle-stroke-width', 'text-halo-width', 'fill-outline-width']
};

/** Colour properties made stronger on a projector (a step's marks, not the basemap or text). */
export const COLOUR_PROPS = ['fill-color', 'line-color', 'circle-color', 'circle-stroke-color'] as const;
/** Opacity properties raised on a projector. */
export const OPACITY_PROPS = ['fill-opacity', 'line-opacity', 'circle-opacity'] as const;

type Value = unknown;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A size value times k: a number, or the outputs of a zoom `interpolate` or
 * `step` (MapLibre allows zoom only at the top of an expression, so the
 * outputs are scaled, not the whole), the outputs of a `match` or `case`, or
 * any other expression wrapped in `['*', …, k]`.
 */
export function scaleValue(v: Value, k: number): Value {
	if (k === 1) return v;
	if (typeof v === 'number') return round(v * k);
	if (!Array.isArray(v) || typeof v[0] !== 'string') return v;
	const [op, ...args] = v as [string, ...Value[]];
	switch (op) {
		case 'interpolate':
		case 'interpolate-hcl':
		case 'interpolate-lab':
			// [op, type, input, stop, out, stop, out, …]
			return [op, args[0], args[1], ...args.slice(2).map((a, i) => (i % 2 === 1 ? scaleValue(a, k) : a))];
		case 'step':
			// [step, input, out0, stop, out, …]
			return [op, args[0], scaleValue(args[1], k), ...args.slice(2).map((a, i) => (i % 2 === 1 ? scaleValue(a, k) : a))];
		case 'match':
			// [match, input, label, out, label, out, …, fallback]
			return [op, args[0], ...args.slice(1).map((a, i, rest) => (i % 2 === 1 || i === rest.length - 1 ? scaleValue(a, k) : a))];
		case 'case':
			// [case, cond, out, cond, out, …, fallback]
			return [op, ...args.map((a, i) => (i % 2 === 1 || i === args.length - 1 ? scaleValue(a, k) : a))];
		case 'literal':
			return v;
		default:
			return ['*', v, k];
	}
}

function parseColour(text: string): [number, number, number, number] | null {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
	if (hex) {
		const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
		return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), 1];
	}
	const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(text.trim());
	if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
	return null;
}

function rgbToHsl(r: number, g: number, b: number): [number, number, number] {
	r /= 255;
	g /= 255;
	b /= 255;
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	const l = (max + min) / 2;
	if (max === min) return [0, 0, l];
	const d = max - min;
	const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
	const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return [h * 60, s, l];
}

function hslToHex(h: number, s: number, l: number): string {
	const f = (n: number) => {
		const k = (n + h / 30) % 12;
		const a = s * Math.min(l, 1 - l);
		const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
		return Math.round(c * 255)
			.toString(16)
			.padStart(2, '0');
	};
	return `#${f(0)}${f(8)}${f(4)}`;
}

/**
 * A colour that survives a washed-out projector: more saturated and a little
 * darker, fully opaque. White, black, greys and transparent stay as they are
 * (halos, strokes and holes keep their job).
 */
export function strongColour(text: string): string {
	const c = parseColour(text);
	if (!c) return text;
	const [r, g, b, a] = c;
	if (a === 0) return text;
	const [h, s, l] = rgbToHsl(r, g, b);
	if (s < 0.12) return text;
	return hslToHex(h, Math.min(1, s * 1.3 + 0.05), Math.max(0.2, l - 0.07));
}

/** Every colour inside a paint value made strong; everything else as it is. */
export function strongValue(v: Value): Value {
	if (typeof v === 'string') return strongColour(v);
	if (Array.isArray(v)) return v[0] === 'literal' ? v : v.map(strongValue);
	return v;
}

/** An opacity raised a third of the way to 1 (0.25 → 0.5, 0.85 → 0.9); expressions as they are. */
export function strongOpacity(v: Value): Value {
	return typeof v === 'number' ? round(v + (1 - v) / 3) : v;
}

/** Scales every style layer's sizes by k (once, after the layers are added). */
export function scaleStyle(map: MaplibreMap, k: number): void {
	if (k === 1) return;
	for (const layer of map.getStyle().layers ?? []) {
		// Read from the style's own description: a property a layer type does not have is not asked for.
		const { layout, paint } = layer as { layout?: Record<string, unknown>; paint?: Record<string, unknown> };
		for (const prop of SIZE_PROPS.layout)
			if (layout?.[prop] !== undefined) map.setLayoutProperty(layer.id, prop as never, scaleValue(layout[prop], k) as never);
		for (const prop of SIZE_PROPS.paint)
			if (paint?.[prop] !== undefined) map.setPaintProperty(layer.id, prop as never, scaleValue(paint[prop], k) as never);
	}
}

/**
 * Keeps the given layers' colours and opacities strong. Layers may set a
 * colour again as a step changes (a fill's colours per country): each call
 * strengthens only what changed since the last, so nothing is strengthened twice.
 */
export class StrongColours {
	private set = new Map<string, string>();

	apply(map: MaplibreMap, layerIds: Iterable<string>): void {
		for (const id of layerIds) {
			if (!map.getLayer(id)) continue;
			const type = map.getLayer(id)!.type;
			for (const prop of [...COLOUR_PROPS, ...OPACITY_PROPS]) {
				if (!prop.startsWith(`${type}-`)) continue;
				const v = map.getPaintProperty(id, prop as never);
				if (v === undefined) continue;
				const key = `${id}|${prop}`;
				if (this.set.get(key) === JSON.stringify(v)) continue;
				const next = (OPACITY_PROPS as readonly string[]).includes(prop) ? strongOpacity(v) : strongValue(v);
				map.setPaintProperty(id, prop as never, next as never);
				this.set.set(key, JSON.stringify(next));
			}
		}
	}
}
