/**
 * The airlift: great-circle routes between the places the sources name (not
 * flight tracks), dashed where a leg is schematic because no source names both
 * of its airfields, and the Kyrgyz contingent's road journey home. Routes are
 * drawn out as the reader scrolls, with an aircraft riding each air route. Progress
 * maps to the calendar of the phase, so routes start in the order they flew and
 * scrolling back flies the aircraft backwards. Arrowheads along every route
 * give its direction; legs home are drawn hollow, so a return never reads as
 * an arrival. Aircraft closer than a few icon widths are drawn once, so they
 * do not pile up where routes converge (Almaty airport and Zhetygen).
 */
import { airliftCounts, airliftRoutes } from '../../../../data/geo/airlift';
import type { LngLat } from '../../story/types';
import { checkIsoDate, checkKnownKeys, checkOneOf, type Problem } from '../../story/checks';
import { cumulativeKm, distanceKm, greatCircle, pointAlong, sliceAlong } from '../geo/greatCircle';
import { inks, palette, roles } from '../palette';
import { parseHex } from '../colour';
import { polygonPixels, SYMBOLS } from '../symbols';
import { placeAt, placeIds } from '../places';
import type { AirliftRoute } from '../records';
import { sourcesNote } from '../sourceNames';
import type { AirliftUse } from './settings';
import type { LayerModule, LegendEntry } from './types';
import { checkRecordSources, collection, ensureSource, setData, setVisible, wordsOr } from './util';
import { recordsIn } from '../recordsIn';

const SOURCE = 'airlift';
const ROUTE = 'airlift-route';
const ROAD = 'airlift-road';
const CORE = 'airlift-return-core';
const ARROWS = 'airlift-arrows';
const CRAFT = 'airlift-craft';
const ICON = 'airlift-plane';
const ARROW_ICON = { russia: 'airlift-arrow-forces', allies: 'airlift-arrow-allies' } as const;
/** Aircraft nearer each other than this are drawn once (about three icon widths at the region view). */
export const CRAFT_GAP_KM = 150;
const FORCES = ['russia', 'allies'] as const;
const DAY = 86_400_000;

interface Prepared {
	route: AirliftRoute;
	line: LngLat[];
	cum: number[];
}

// Worked out when the map first needs them, not while the page starts (the legend imports this module).
let prepared: Prepared[] | null = null;
function allRoutes(): Prepared[] {
	prepared ??= airliftRoutes
		.filter((r) => placeIds.has(r.from) && placeIds.has(r.to))
		.map((route) => {
			const a = placeAt(route.from).lngLat;
			const b = placeAt(route.to).lngLat;
			const line = route.mode === 'air' ? greatCircle(a, b, 48) : [a, b];
			return { route, line, cum: cumulativeKm(line) };
		});
	return prepared;
}

export function routesFor(use: Pick<AirliftUse, 'phase' | 'forces'>): Prepared[] {
	return allRoutes().filter(
		({ route }) => route.phase === use.phase && use.forces.includes(route.force === 'russia' ? 'russia' : 'allies')
	);
}

/**
 * How far along its route each leg is at progress p. The phase's calendar
 * (first to last day of its legs) is spread over the first 40% of the step;
 * each leg then takes the rest of the step to fly (at least 60% of it), so at
 * p = 1 every leg has arrived, and legs that all start on one day fly across
 * the whole step.
 */
export function legProgress(legs: Prepared[], p: number): number[] {
	const days = legs.map((l) => Date.parse(l.route.dates[0]));
	const first = Math.min(...days);
	const spread = Math.max(...days) - first;
	const span = Math.max(DAY, spread);
	const starts = days.map((d) => ((d - first) / span) * 0.4);
	const flight = Math.max(0.6, 1 - Math.max(...starts));
	return starts.map((start) => Math.min(1, Math.max(0, (p - start) / flight)));
}

function planeIcon(colour: string, edge: string): ImageData | null {
	// The page draws it on a canvas; without one (tests, the build) there is no icon to add.
	if (typeof document === 'undefined') return null;
	const { size, path, edge: width } = SYMBOLS.plane;
	const c = document.createElement('canvas');
	c.width = c.height = size;
	const g = c.getContext('2d') as CanvasRenderingContext2D;
	g.translate(size / 2, size / 2);
	// A transport aircraft pointing north: fuselage, high wing, tailplane (the key draws the same path).
	const shape = new Path2D(path);
	g.lineWidth = width;
	g.strokeStyle = edge;
	g.stroke(shape);
	g.fillStyle = colour;
	g.fill(shape);
	return g.getImageData(0, 0, size, size);
}

/** Aircraft to draw: one of any that would sit within CRAFT_GAP_KM of another, the first in route order. */
export function spaceOut<T extends { at: LngLat }>(craft: T[]): T[] {
	const kept: T[] = [];
	for (const c of craft) if (kept.every((k) => distanceKm(k.at, c.at) >= CRAFT_GAP_KM)) kept.push(c);
	return kept;
}

export const airliftLayer: LayerModule<AirliftUse> = {
	name: 'airlift',
	styleLayers: [ROUTE, CORE, ROAD, ARROWS, CRAFT],
	check(use) {
		const problems: Problem[] = [...checkKnownKeys(use, '', ['layer', 'phase', 'forces']), ...checkOneOf(use.phase, 'phase', ['inbound', 'return'])];
		if (!Array.isArray(use.forces) || use.forces.length === 0) problems.push({ path: 'forces', message: 'expected "russia", "allies" or both' });
		else use.forces.forEach((f, i) => problems.push(...checkOneOf(f, `forces[${i}]`, FORCES)));
		return problems;
	},
	checkRecords(ctx) {
		const problems = checkRecordSources([...airliftRoutes], 'routes', ctx.sources);
		airliftRoutes.forEach((r, i) => {
			for (const k of ['from', 'to'] as const)
				if (!placeIds.has(r[k])) problems.push({ path: `routes[${i}].${k}`, message: `unknown place "${r[k]}"` });
			r.dates.forEach((d, j) => problems.push(...checkIsoDate(d, `routes[${i}].dates[${j}]`)));
		});
		airliftCounts.forEach((c, i) =>
			c.sources.forEach((s, j) => {
				if (!ctx.sources.has(s)) problems.push({ path: `counts[${i}].sources[${j}]`, message: `unknown source "${s}"` });
			})
		);
		return problems;
	},
	readout(use, progress) {
		const legs = routesFor(use);
		if (!legs.length) return null;
		const first = Math.min(...legs.map((l) => Date.parse(l.route.dates[0])));
		const last = Math.max(...legs.map((l) => Date.parse(l.route.dates[1])));
		const at = first + Math.round(((last - first) / DAY) * Math.min(1, Math.max(0, progress))) * DAY;
		return { date: new Date(at).toISOString().slice(0, 10) };
	},
	beats(use) {
		return new Set(routesFor(use).map((l) => l.route.dates[0])).size || 1;
	},
	legend(use, _progress, words) {
		const w = wordsOr(words);
		const { airliftCounts: counts } = recordsIn(w);
		const legs = routesFor(use).map((l) => l.route);
		const entries: LegendEntry[] = [];
		const air = legs.filter((r) => r.mode === 'air');
		const russia = air.filter((r) => r.force === 'russia' && !r.schematic);
		const russiaSchematic = air.filter((r) => r.force === 'russia' && r.schematic);
		const allies = air.filter((r) => r.force !== 'russia' && !r.schematic);
		const alliesSchematic = air.filter((r) => r.force !== 'russia' && r.schematic);
		const road = legs.filter((r) => r.mode === 'road');
		const phase = use.phase === 'inbound' ? 'inbound' : 'return';
		// Legs home are hollow lines; schematic ones dashed either way; every swatch carries the routes' arrowhead.
		const solid = use.phase === 'inbound' ? ('route' as const) : ('return' as const);
		const names = (rs: AirliftRoute[]) => [...new Set(rs.map((r) => w.phrase('layer.airlift.route', { from: w.place(placeAt(r.from)), to: w.place(placeAt(r.to)) })))].join('; ');
		const note = (rs: AirliftRoute[]) => sourcesNote(rs.flatMap((r) => r.sources));
		if (russia.length) entries.push({ swatch: solid, color: palette.forces, label: w.phrase(`layer.airlift.russia.${phase}.label`), short: w.phrase(`layer.airlift.russia.${phase}.short`), note: note(russia) });
		if (russiaSchematic.length)
			entries.push({ swatch: 'dashed', color: palette.forces, label: w.phrase(`layer.airlift.russiaSchematic.${phase}.label`, { routes: names(russiaSchematic) }), short: w.phrase(`layer.airlift.russiaSchematic.${phase}.short`), note: note(russiaSchematic) });
		if (allies.length) entries.push({ swatch: solid, color: palette.allies, label: w.phrase(`layer.airlift.allies.${phase}.label`, { routes: names(allies) }), short: w.phrase(`layer.airlift.allies.${phase}.short`), note: note(allies) });
		if (alliesSchematic.length)
			entries.push({
				swatch: 'dashed',
				color: palette.allies,
				label: w.phrase(`layer.airlift.alliesSchematic.${phase}.label`, { routes: names(alliesSchematic) }),
				short: w.phrase(`layer.airlift.alliesSchematic.${phase}.short`),
				note: note(alliesSchematic)
			});
		if (road.length)
			entries.push({ swatch: 'road', color: palette.allies, label: w.phrase('layer.airlift.road.label', { routes: road.map((r) => w.text(`airlift.${r.id}.label`, r.label)).join('; ') }), short: w.phrase('layer.airlift.road.short'), note: note(road) });
		for (const c of counts)
			entries.push({ swatch: 'plane', color: palette.label, label: w.phrase('layer.labelValue', { label: c.label, value: c.value }), detail: true, note: [c.date, sourcesNote(c.sources), c.caveat].filter(Boolean).join(' · ') });
		return entries;
	},
	mount(map, env) {
		const r = roles[env.theme];
		ensureSource(map, SOURCE);
		if (!map.hasImage(ICON)) {
			const plane = planeIcon(inks[env.theme].label, inks[env.theme].halo);
			if (plane) map.addImage(ICON, plane, { pixelRatio: 2 });
		}
		for (const [force, colour] of [['russia', r.forces], ['allies', r.allies]] as const)
			if (!map.hasImage(ARROW_ICON[force])) map.addImage(ARROW_ICON[force], polygonPixels(SYMBOLS.arrowhead.points, SYMBOLS.arrowhead.size, parseHex(colour)), { pixelRatio: SYMBOLS.arrowhead.ratio });
		const color = ['match', ['get', 'force'], 'russia', r.forces, r.allies] as never;
		const home = ['==', ['get', 'phase'], 'return'] as never;
		map.addLayer({
			id: ROUTE,
			type: 'line',
			source: SOURCE,
			filter: ['all', ['==', ['get', 'part'], 'route'], ['==', ['get', 'mode'], 'air']],
			// Butt caps: with round caps a dash pattern is drawn differently and the solid lines' [1, 0] would not stay solid.
			layout: { visibility: 'none', 'line-cap': 'butt' },
			// Schematic legs (no source names both ends) are dashed; legs home are wider, with a hollow core (next layer); the key says so.
			paint: {
				'line-color': color,
				'line-width': ['case', home, SYMBOLS.return.width, SYMBOLS.route.width] as never,
				'line-opacity': 0.9,
				'line-dasharray': ['case', ['==', ['get', 'schematic'], true], ['literal', [...SYMBOLS.dashed.dash]], ['literal', [1, 0]]] as never
			}
		});
		map.addLayer({
			id: CORE,
			type: 'line',
			source: SOURCE,
			filter: ['all', ['==', ['get', 'part'], 'route'], ['==', ['get', 'mode'], 'air'], home],
			layout: { visibility: 'none', 'line-cap': 'butt' },
			paint: { 'line-color': r.land, 'line-width': SYMBOLS.return.inner }
		});
		map.addLayer({
			id: ROAD,
			type: 'line',
			source: SOURCE,
			filter: ['all', ['==', ['get', 'part'], 'route'], ['==', ['get', 'mode'], 'road']],
			layout: { visibility: 'none', 'line-cap': 'butt' },
			paint: { 'line-color': color, 'line-width': SYMBOLS.road.width, 'line-dasharray': [...SYMBOLS.road.dash] }
		});
		// Direction: arrowheads along each route, pointing the way it was travelled.
		map.addLayer({
			id: ARROWS,
			type: 'symbol',
			source: SOURCE,
			filter: ['==', ['get', 'part'], 'route'],
			layout: {
				visibility: 'none',
				'symbol-placement': 'line',
				'symbol-spacing': SYMBOLS.arrow.spacing,
				'icon-image': ['match', ['get', 'force'], 'russia', ARROW_ICON.russia, ARROW_ICON.allies] as never,
				'icon-rotation-alignment': 'map',
				'icon-keep-upright': false,
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		});
		map.addLayer({
			id: CRAFT,
			type: 'symbol',
			source: SOURCE,
			filter: ['==', ['get', 'part'], 'craft'],
			layout: {
				visibility: 'none',
				'icon-image': ICON,
				'icon-size': 1,
				'icon-rotate': ['get', 'heading'],
				'icon-rotation-alignment': 'map',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		});
	},
	features(use, progress) {
		const legs = routesFor(use);
		const ts = legProgress(legs, progress);
		const craft: Array<{ at: LngLat; heading: number; props: Record<string, unknown> }> = [];
		const routes = legs.map((l, i) => {
			const t = ts[i] as number;
			const props = { id: l.route.id, force: l.route.force, mode: l.route.mode, phase: l.route.phase, schematic: !!l.route.schematic, t: Math.round(t * 1000) / 1000 };
			if (l.route.mode === 'air' && t > 0 && t < 1) craft.push({ ...pointAlong(l.line, t, l.cum), props });
			return { geometry: { type: 'LineString' as const, coordinates: sliceAlong(l.line, t, l.cum) }, properties: { ...props, part: 'route' } };
		});
		return collection([
			...routes,
			...spaceOut(craft).map((c) => ({ geometry: { type: 'Point' as const, coordinates: c.at } as never, properties: { ...c.props, part: 'craft', heading: c.heading } }))
		]);
	},
	show(map, use, progress) {
		setData(map, SOURCE, airliftLayer.features!(use, progress));
		setVisible(map, [ROUTE, CORE, ROAD, ARROWS, CRAFT], true);
	},
	hide(map) {
		setVisible(map, [ROUTE, CORE, ROAD, ARROWS, CRAFT], false);
	}
};
