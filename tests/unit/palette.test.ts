/**
 * One colour per role: the palette's roles are distinct, every layer paints
 * from it, roles shown together stay apart for readers with protanopia and
 * deuteranopia as well as normal vision, and marks keep 3:1 contrast against
 * the land they sit on. Both themes.
 *
 * The threshold. Colour differences that are easy to see on large patches
 * are not on small marks: Stone, Szafir & Setlur (2014), "An Engineering
 * Model for Color Difference as a Function of Size" (IS&T Color and Imaging
 * Conference), and Szafir (2018), "Modeling Color Difference for
 * Visualization Design" (IEEE TVCG 24(1)), measured with crowdsourced viewers
 * on ordinary screens that the difference needed to tell two colours apart
 * grows as marks shrink, to several times the laboratory "just noticeable"
 * difference (about 2.3 ΔE*ab) for point and line marks; Szafir's experiments
 * span differences up to ΔE 10. The map's smallest marks are 7 px dots and
 * 2.5 px lines, so two roles shown together must differ by at least
 * MIN_DE = 10 CIEDE2000 units, under every simulated vision.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { story } from '../../data/story';
import { contrast, deltaE2000, difference, parseHex, type Vision } from '../../src/lib/map/colour';
import { layerModule, layerRegistry } from '../../src/lib/map/layers/registry';
import type { HighlightUse, PlacesUse } from '../../src/lib/map/layers/settings';
import { highlightRole } from '../../src/lib/map/layers/highlight';
import type { LayerEnv } from '../../src/lib/map/layers/types';
import { legendFor } from '../../src/lib/map/legend';
import { colours, inks, palette, roles, type Role, type ThemeName } from '../../src/lib/map/palette';
import { buildStyle } from '../../src/lib/map/style';
import type { Step } from '../../src/lib/story/types';

export const MIN_DE = 10;
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia'];
const THEMES: ThemeName[] = ['light', 'dark'];

describe('CIEDE2000 (Sharma, Wu & Dalal 2005, published test pairs)', () => {
	const pairs: Array<[[number, number, number], [number, number, number], number]> = [
		[[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
		[[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
		[[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
		[[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
		[[50, -1.1848, -84.8006], [50, 0, -82.7485], 1.0],
		[[50, -0.9009, -85.5211], [50, 0, -82.7485], 1.0],
		[[50, 0, 0], [50, -1, 2], 2.3669],
		[[50, -1, 2], [50, 0, 0], 2.3669],
		[[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
		[[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
		[[50, 2.5, 0], [50, 0, -2.5], 4.3065],
		[[50, 2.5, 0], [73, 25, -18], 27.1492],
		[[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
		[[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082]
	];
	it.each(pairs)('ΔE00(%j, %j) = %d', (a, b, expected) => {
		expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
		expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
	});
	it('simulated dichromats lose the red–green difference, not the blue–yellow one', () => {
		expect(difference('#ff0000', '#00b000', 'normal')).toBeGreaterThan(50);
		expect(difference('#d00000', '#708000', 'deuteranopia')).toBeLessThan(difference('#d00000', '#708000', 'normal') / 3);
		expect(difference('#0000ff', '#ffff00', 'protanopia')).toBeGreaterThan(50);
	});
});

describe('the palette of roles', () => {
	it.each(THEMES)('gives every role its own colour (%s)', (theme) => {
		const seen = new Map<string, string>();
		for (const [role, c] of Object.entries(roles[theme])) {
			expect(seen.get(c.toLowerCase()), `${role} shares ${c}`).toBeUndefined();
			seen.set(c.toLowerCase(), role);
		}
	});
	it('has the same roles in both themes', () => {
		expect(Object.keys(roles.dark).sort()).toEqual(Object.keys(roles.light).sort());
	});
});

/** A stand-in for the map that records what layers paint: addLayer and setPaintProperty; every other call does nothing. */
function recorder() {
	const painted: Array<{ where: string; value: unknown }> = [];
	const layers: Array<Record<string, unknown>> = [];
	const images: Array<{ id: string; data: Uint8Array | Uint8ClampedArray; pixelRatio?: number }> = [];
	const target = {
		addLayer(layer: { id: string; paint?: unknown; layout?: unknown }) {
			layers.push(layer);
			painted.push({ where: `${layer.id} paint`, value: layer.paint }, { where: `${layer.id} layout`, value: layer.layout });
		},
		setPaintProperty(id: string, prop: string, value: unknown) {
			painted.push({ where: `${id} ${prop}`, value });
		},
		addImage(id: string, img: { data: Uint8Array | Uint8ClampedArray }, opts?: { pixelRatio?: number }) {
			images.push({ id, data: img.data, pixelRatio: opts?.pixelRatio });
		},
		getSource: () => ({ setData() {} }),
		getStyle: () => ({ layers }),
		getLayer: (id: string) => layers.some((l) => l.id === id),
		hasImage: () => false
	};
	const map = new Proxy(target, { get: (t, k) => (k in t ? t[k as keyof typeof t] : () => undefined) });
	return { map: map as never, painted, images, layers };
}

/** Every colour written anywhere in a paint or layout value. */
function coloursIn(value: unknown, out: string[] = []): string[] {
	// Fully transparent is no colour at all.
	if (typeof value === 'string' && /^(#[0-9a-f]{3,8}|rgba?\(.*\))$/i.test(value.trim()) && !/^rgba\(.*,\s*0\)$/i.test(value.trim())) out.push(value.trim().toLowerCase());
	else if (Array.isArray(value)) value.forEach((v) => coloursIn(v, out));
	else if (value && typeof value === 'object') Object.values(value).forEach((v) => coloursIn(v, out));
	return out;
}

describe('every layer paints from the palette', () => {
	beforeAll(() => {
		vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => ({ type: 'FeatureCollection', features: [] }) }));
	});
	afterAll(() => {
		vi.unstubAllGlobals();
	});

	it.each(THEMES)('mounting and showing every step (%s)', async (theme) => {
		const allowed = new Set(colours(theme).map((c) => c.toLowerCase()));
		const { map, painted, images } = recorder();
		const env: LayerEnv = { assets: '', reducedMotion: false, theme, scale: 1, strong: false };
		for (const mod of Object.values(layerRegistry)) await mod.mount(map, env);
		for (const step of story.steps)
			for (const use of step.layers) for (const p of [0, 0.5, 1]) layerModule(use.layer)!.show(map, use as never, p, env);
		const style = buildStyle({ countries: { type: 'FeatureCollection', features: [] }, theme });
		for (const l of style.layers) painted.push({ where: `style ${l.id}`, value: (l as { paint?: unknown }).paint });
		expect(painted.length).toBeGreaterThan(30);
		for (const { where, value } of painted) for (const c of coloursIn(value)) expect(allowed.has(c), `${where} paints ${c}, not in the ${theme} palette`).toBe(true);
		// Patterns and icons drawn into pixels: every opaque pixel is a palette colour.
		const rgbs = new Set(colours(theme).filter((c) => c.startsWith('#')).map((c) => parseHex(c).join(',')));
		expect(images.length).toBeGreaterThan(0);
		for (const img of images)
			for (let i = 0; i < img.data.length; i += 4) if (img.data[i + 3]! > 0) expect(rgbs.has(`${img.data[i]},${img.data[i + 1]},${img.data[i + 2]}`), `${img.id} pixel`).toBe(true);
	});

	it('the key paints from the palette too', () => {
		const allowed = new Set(colours('light').map((c) => c.toLowerCase()));
		for (const step of story.steps) for (const e of legendFor(step)) expect(allowed.has(e.color.toLowerCase()), `${step.id}: ${e.label} (${e.color})`).toBe(true);
	});
});

/** The light colour of each role, to read the roles a step's key shows. */
const roleByLight = new Map(Object.entries(roles.light).map(([r, c]) => [c.toLowerCase(), r as Role]));
const BASEMAP: Role[] = ['land', 'sea', 'border', 'coastline', 'russia'];

/** The roles a step shows: the basemap's, those its key names, its highlight's, and the attention rings of emphasised places. */
export function rolesIn(step: Step): Set<Role> {
	const out = new Set<Role>(BASEMAP);
	for (const e of legendFor(step)) {
		const r = roleByLight.get(e.color.toLowerCase());
		if (r) out.add(r);
	}
	for (const use of step.layers) {
		if (use.layer === 'highlight') out.add(highlightRole(use as unknown as HighlightUse));
		if (use.layer === 'places' && (use as unknown as PlacesUse).emphasis?.length) out.add('attention');
	}
	return out;
}

describe('roles shown together stay apart, for every reader', () => {
	const rows = THEMES.flatMap((theme) => VISIONS.map((vision) => [theme, vision] as const));
	const worst: string[] = [];
	it.each(rows)(`%s theme, %s: every pair of roles in a step differs by ΔE00 ≥ ${MIN_DE}`, (theme, vision) => {
		let min = Infinity;
		let at = '';
		for (const step of story.steps) {
			const rs = [...rolesIn(step)];
			for (let i = 0; i < rs.length; i++)
				for (let j = i + 1; j < rs.length; j++) {
					const d = difference(roles[theme][rs[i]!], roles[theme][rs[j]!], vision);
					expect(d, `${step.id}: ${rs[i]} vs ${rs[j]} (${theme}, ${vision})`).toBeGreaterThanOrEqual(MIN_DE);
					if (d < min) [min, at] = [d, `${rs[i]}/${rs[j]} in ${step.id}`];
				}
		}
		worst.push(`${theme} ${vision}: min ΔE00 ${min.toFixed(1)} (${at})`);
	});
	afterAll(() => {
		if (process.env.PALETTE_REPORT) console.log(worst.join('\n'));
	});

	it('keeps Russian forces and protests apart under every vision, in both themes, even where they are not shown together', () => {
		for (const theme of THEMES) for (const v of VISIONS) expect(difference(roles[theme].forces, roles[theme].protest, v), `${theme} ${v}`).toBeGreaterThanOrEqual(MIN_DE);
	});
});

describe('marks keep 3:1 contrast against the land they sit on (WCAG 1.4.11)', () => {
	/** Each mark role and the fills it is drawn over somewhere in the story. */
	const over: Partial<Record<Role, Role[]>> = {
		forces: ['land', 'russia', 'event', 'alliesFill'],
		allies: ['land', 'russia', 'event', 'alliesFill'],
		protest: ['land', 'event'],
		occupied: ['land', 'event'],
		attention: ['land', 'russia', 'event', 'alliesFill', 'former'],
		venue: ['land', 'event', 'russia'],
		unconfirmed: ['land', 'russia', 'event']
	};
	it.each(THEMES)('%s theme', (theme) => {
		for (const [mark, fills] of Object.entries(over)) for (const f of fills!) expect(contrast(roles[theme][mark as Role], roles[theme][f]), `${mark} on ${f}`).toBeGreaterThanOrEqual(3);
		// Labels too, against their halo's land.
		for (const f of ['land', 'russia', 'event', 'alliesFill', 'former'] as Role[]) expect(contrast(inks[theme].label, roles[theme][f]), `label on ${f}`).toBeGreaterThanOrEqual(4.5);
	});
	it('the key, drawn on light paper in every theme, uses the light colours', () => {
		expect(palette.forces).toBe(roles.light.forces);
	});
});

describe('colours in CSS that stand for a map role are the palette’s', () => {
	it('the sea behind the map before it draws, light and dark', async () => {
		const { readFileSync } = await import('node:fs');
		const sea = (file: string) => [...readFileSync(file, 'utf8').matchAll(/--sea:\s*(#[0-9a-f]{3,8})/gi)].map((m) => m[1]!.toLowerCase());
		expect(sea('src/app.css')).toEqual([roles.light.sea]);
		expect(sea('src/lib/modes/embed/EmbedMode.svelte')).toEqual([roles.dark.sea]);
		// The dark embed's key sits on a panel of light land, as the key's swatches are drawn for it.
		expect(readFileSync('src/lib/modes/embed/EmbedMode.svelte', 'utf8')).toContain(`background: ${roles.light.land};`);
	});
});

describe('every layer is one MapLibre accepts', () => {
	it('validates against the style specification (no data expressions where only zoom is allowed)', async () => {
		const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
		vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => ({ type: 'FeatureCollection', features: [] }) }));
		const { map, layers } = recorder();
		for (const mod of Object.values(layerRegistry)) await mod.mount(map, { assets: '', reducedMotion: false, theme: 'light', scale: 1, strong: false });
		vi.unstubAllGlobals();
		const style = buildStyle({ countries: { type: 'FeatureCollection', features: [] }, theme: 'light' });
		const empty = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
		const sources = Object.fromEntries(['airlift', 'arc', 'buildup', 'crises', 'diplomacy', 'membership-labels', 'names', 'names-keepout', 'occupied', 'pattern', 'places', 'unrest'].map((id) => [id, empty]));
		const errors = validateStyleMin({ ...style, glyphs: 'https://example.org/{fontstack}/{range}.pbf', sources: { ...style.sources, ...sources }, layers: [...style.layers, ...layers] } as never);
		expect(errors.map((e) => e.message)).toEqual([]);
	});

	it('draws its labels in the page’s own Noto Sans: no glyphs URL, no font files of its own, every stack a weight’s name and then the page’s family', async () => {
		const { readFileSync } = await import('node:fs');
		const { FONT_BOLD, FONT_REGULAR } = await import('../../src/lib/map/layers/util');
		const style = buildStyle({ countries: { type: 'FeatureCollection', features: [] }, theme: 'light' });
		// With either, MapLibre would fetch glyphs or font files itself, and a style without both would need them.
		expect(style.glyphs).toBeUndefined();
		expect((style as Record<string, unknown>)['font-faces']).toBeUndefined();
		// MapLibre takes the weight from the first name ('Regular' 400, 'Bold' 700) and draws with the
		// names as a CSS family list: the first names no family, so the page's 'Noto Sans' draws.
		expect(FONT_REGULAR).toEqual(['Noto Sans Regular', 'Noto Sans']);
		expect(FONT_BOLD).toEqual(['Noto Sans Bold', 'Noto Sans']);
		const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
		const families = new Set([...css.matchAll(/font-family: '([^']+)'/g)].map((m) => m[1]));
		expect(families.has('Noto Sans') && !families.has('Noto Sans Regular') && !families.has('Noto Sans Bold')).toBe(true);
		vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => ({ type: 'FeatureCollection', features: [] }) }));
		const { map, layers } = recorder();
		for (const mod of Object.values(layerRegistry)) await mod.mount(map, { assets: '', reducedMotion: false, theme: 'light', scale: 1, strong: false });
		vi.unstubAllGlobals();
		const named = layers.flatMap((l) => [...JSON.stringify(l.layout ?? {}).matchAll(/"(Noto Sans[^"]*)"/g)].map((m) => m[1]));
		expect(named.length).toBeGreaterThan(10);
		expect([...new Set(named)].sort()).toEqual(['Noto Sans', 'Noto Sans Bold', 'Noto Sans Regular']);
	});
});

describe('the key’s swatches are the map’s symbols', () => {
	it('draws markers, lines and patterns with the sizes the layers paint', async () => {
		const { SYMBOLS, SYMBOL_KINDS, swatchSvg } = await import('../../src/lib/map/symbols');
		vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => ({ type: 'FeatureCollection', features: [] }) }));
		const { map, painted, images } = recorder();
		for (const mod of Object.values(layerRegistry)) await mod.mount(map, { assets: '', reducedMotion: false, theme: 'light', scale: 1, strong: false });
		vi.unstubAllGlobals();
		const paint = (id: string) => painted.find((p) => p.where === `${id} paint`)!.value as Record<string, unknown>;
		// A dot: the same radius-to-edge proportion on the map and in the key.
		for (const id of ['unrest-dot', 'buildup-confirmed', 'diplomacy-dot', 'crises-dot']) {
			expect(paint(id)['circle-radius'], id).toBe(SYMBOLS.dot.radius);
			expect(paint(id)['circle-stroke-width'], id).toBe(SYMBOLS.dot.edge);
		}
		const dot = swatchSvg('dot', palette.protest);
		const [r, w] = [Number(/ r="([\d.]+)"/.exec(dot)![1]), Number(/stroke-width="([\d.]+)"/.exec(dot)![1])];
		expect(r / w).toBeCloseTo(SYMBOLS.dot.radius / SYMBOLS.dot.edge, 5);
		expect(dot).toContain(`fill="${palette.protest}"`);
		// A ring: the retaken site's marker.
		expect(paint('unrest-secured')['circle-stroke-width']).toBe(SYMBOLS.ring.width);
		// A schematic route's dashes, and the road's, in line widths, as MapLibre and the SVG both read them.
		expect(JSON.stringify(paint('airlift-route')['line-dasharray'])).toContain(JSON.stringify([...SYMBOLS.dashed.dash]));
		expect(swatchSvg('dashed', palette.forces)).toContain(`stroke-dasharray="${SYMBOLS.dashed.dash.map((d) => d * SYMBOLS.dashed.width).join(' ')}"`);
		expect(paint('airlift-road')['line-dasharray']).toEqual([...SYMBOLS.road.dash]);
		// The hatch: stripes the pattern's size apart, on the map and in the key.
		const hatch = images.find((i) => i.id === 'occupied-hatch')!;
		expect(hatch.data.length).toBe(SYMBOLS.hatch.size ** 2 * 4);
		const stripes = [...swatchSvg('hatch', palette.occupied).matchAll(/<line x1="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
		expect(stripes[1]! - stripes[0]!).toBe(SYMBOLS.hatch.size);
		// The halo behind a protest reported that day.
		expect(paint('unrest-halo')['circle-radius']).toBe(SYMBOLS.halo.radius);
		expect(swatchSvg('halo', palette.protest)).toContain(`fill-opacity="${SYMBOLS.halo.opacity}"`);
		// Every key entry in the story names a symbol the map draws.
		for (const step of story.steps) for (const e of legendFor(step)) expect(SYMBOL_KINDS, `${step.id}: ${e.label}`).toContain(e.swatch);
	});

	it('gives a route’s swatch the arrowhead the map draws along the route, and a request’s the one at its end', async () => {
		const { SYMBOLS, polygonPath, polygonPixels, swatchSvg } = await import('../../src/lib/map/symbols');
		vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => ({ type: 'FeatureCollection', features: [] }) }));
		const { map, painted, images } = recorder();
		for (const mod of Object.values(layerRegistry)) await mod.mount(map, { assets: '', reducedMotion: false, theme: 'light', scale: 1, strong: false });
		vi.unstubAllGlobals();
		const layout = (id: string) => painted.find((p) => p.where === `${id} layout`)!.value as Record<string, unknown>;
		// The map: every route (air, road, in and home) carries arrowheads, icons drawn from the arrowhead's points.
		expect(layout('airlift-arrows')['symbol-placement']).toBe('line');
		const heads = images.filter((i) => /arrow/.test(i.id));
		expect(heads.map((i) => i.id).sort()).toEqual(['airlift-arrow-allies', 'airlift-arrow-forces', 'arc-arrowhead'].sort());
		for (const [id, role] of [['airlift-arrow-forces', 'forces'], ['airlift-arrow-allies', 'allies'], ['arc-arrowhead', 'attention']] as const) {
			const icon = heads.find((i) => i.id === id)!;
			expect([...icon.data], id).toEqual([...polygonPixels(SYMBOLS.arrowhead.points, SYMBOLS.arrowhead.size, parseHex(roles.light[role])).data]);
			expect(icon.pixelRatio, id).toBe(SYMBOLS.arrowhead.ratio);
		}
		// The key: the same points, at the size the icon has on screen (its pixels over its pixel ratio), in the route's colour.
		const head = (svg: string) => {
			const m = /<path class="arrowhead" transform="translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)" d="([^"]+)" fill="([^"]+)"\/>/.exec(svg);
			return m ? { x: Number(m[1]), scale: Number(m[3]), d: m[4], fill: m[5] } : null;
		};
		const routeKinds = new Set<string>();
		for (const phase of ['inbound', 'return'] as const) {
			const entries = layerModule('airlift')!.legend({ layer: 'airlift', phase, forces: ['russia', 'allies'] } as never).filter((e) => e.swatch !== 'plane');
			expect(entries.length, phase).toBeGreaterThan(0);
			for (const e of entries) {
				routeKinds.add(e.swatch);
				const h = head(swatchSvg(e.swatch, e.color));
				expect(h, `${phase}: ${e.short}`).not.toBeNull();
				expect(h!.d).toBe(polygonPath(SYMBOLS.arrowhead.points));
				expect(h!.scale).toBeCloseTo(1 / SYMBOLS.arrowhead.ratio, 5);
				expect(h!.fill).toBe(e.color);
			}
		}
		// Solid in, hollow home, dashed where schematic, and the road: each with its arrowhead.
		expect([...routeKinds].sort()).toEqual(['dashed', 'return', 'road', 'route']);
		// A line that is not a route (the Lachin corridor) has none.
		expect(head(swatchSvg('line', palette.forces))).toBeNull();
		// A request: one arrowhead, its tip at the swatch's end, as the map draws one at the line's end.
		const request = head(swatchSvg('arrow', palette.attention))!;
		expect(request.d).toBe(polygonPath(SYMBOLS.arrowhead.points));
		expect(request.scale).toBeCloseTo(1 / SYMBOLS.arrowhead.ratio, 5);
		expect(request.x + Math.max(...SYMBOLS.arrowhead.points.map(([x]) => x)) / SYMBOLS.arrowhead.ratio).toBeCloseTo(21, 5);
	});
});
