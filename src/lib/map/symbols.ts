/**
 * The map's symbols, defined once: each layer takes its sizes, widths, dash
 * patterns and drawn shapes from here, and the key draws its swatches (SVG)
 * from the same definitions, so a swatch is the symbol the map draws.
 * maplibre-gl is not imported: the key renders on the server too.
 */

export type SymbolKind =
	| 'fill'
	| 'outline'
	| 'hatch'
	| 'line'
	| 'route'
	| 'dashed'
	| 'return'
	| 'road'
	| 'arrow'
	| 'measure'
	| 'dot'
	| 'halo'
	| 'ring'
	| 'attention'
	| 'plane';

export const SYMBOL_KINDS: readonly SymbolKind[] = ['fill', 'outline', 'hatch', 'line', 'route', 'dashed', 'return', 'road', 'arrow', 'measure', 'dot', 'halo', 'ring', 'attention', 'plane'];

/** Sizes in screen pixels (MapLibre's units); dash lengths in line widths, as MapLibre reads them. */
export const SYMBOLS = {
	/** A filled marker with a light edge (protests, build-up sites, venues, crisis sites). */
	dot: { radius: 7, edge: 1.5 },
	/** A hollow marker (sites retaken, unconfirmed sites). */
	ring: { radius: 8, width: 3 },
	/** The soft disc behind a marker reported on the day shown ("new today"). */
	halo: { radius: 13, opacity: 0.3 },
	/** "Look here": an open ring around a place or a crisis. */
	attention: { radius: 10, width: 2.5 },
	/** A line without direction (a corridor). */
	line: { width: 2.5 },
	/** A route: the line, with arrowheads along it pointing the way it was travelled (`arrow`, `arrowhead`). */
	route: { width: 2.5 },
	/** A schematic route: the same line, dashed. */
	dashed: { width: 2.5, dash: [2, 1.5] as [number, number] },
	/** A leg home: a hollow line (the colour as a casing, the land colour inside). */
	return: { width: 4.5, inner: 1.5 },
	/** By road: short dashes. */
	road: { width: 3, dash: [1, 1] as [number, number] },
	/** Direction along a route: an arrowhead every `spacing` pixels. */
	arrow: { size: 9, spacing: 90 },
	/** A request: a solid line with an arrowhead at its end. */
	request: { width: 2.5 },
	/** A measured distance: a thin line with end ticks, labelled along the line. */
	measure: { width: 1.5, tick: 8 },
	/** A country filled in its role's colour. */
	fill: { opacity: 0.9 },
	/** A country outlined (contingents sent). */
	outline: { width: 2.5 },
	/** Occupied territory: diagonal stripes, spaced wider as the map zooms in, over a light tint, inside a dashed edge. */
	hatch: { size: 8, stroke: 1.5, tint: 0.18, edge: 1.2, dash: [2, 1.5] as [number, number] },
	/** The aircraft on an air route, pointing north, in a 40 px square drawn at pixel ratio 2. */
	plane: {
		size: 40,
		path: 'M0,-17 C2,-17 2.5,-14 2.5,-11 L2.5,-4 L17,3 L17,6 L2.5,3 L2,12 L7,15 L7,17 L0,16 L-7,17 L-7,15 L-2,12 L-2.5,3 L-17,6 L-17,3 L-2.5,-4 L-2.5,-11 C-2.5,-14 -2,-17 0,-17 Z',
		edge: 3
	},
	/**
	 * An arrowhead pointing east (along the line), drawn in a 20 px square at pixel ratio 2 (10 px on
	 * screen): on every route (schematic, home and road legs too) and at a request's end, and in their swatches.
	 */
	arrowhead: { size: 20, ratio: 2, points: [[-7, -7], [7, 0], [-7, 7], [-3, 0]] as ReadonlyArray<readonly [number, number]> },
	/** The end tick of a measured line: a bar across the line, drawn at pixel ratio 2. */
	tick: { size: 20, points: [[-1.5, -8], [1.5, -8], [1.5, 8], [-1.5, 8]] as ReadonlyArray<readonly [number, number]> }
} as const;

/** An SVG path for a polygon given as points. */
export const polygonPath = (points: ReadonlyArray<readonly [number, number]>): string => `M${points.map(([x, y]) => `${x},${y}`).join(' L')} Z`;

/**
 * The map's arrowhead as SVG, its tip pointing east, centred on (x, y) at the
 * size it has on screen: the icon's pixels divided by its pixel ratio.
 */
export function arrowheadSvg(x: number, y: number, colour: string): string {
	const { points, ratio } = SYMBOLS.arrowhead;
	return `<path class="arrowhead" transform="translate(${x} ${y}) scale(${1 / ratio})" d="${polygonPath(points)}" fill="${colour}"/>`;
}

/**
 * A polygon (points about the centre of a `size` square) drawn into RGBA
 * pixels in a colour, 4 × 4 samples a pixel: the map's icons without a canvas,
 * so the same code runs in tests.
 */
export function polygonPixels(points: ReadonlyArray<readonly [number, number]>, size: number, rgb: [number, number, number]): { width: number; height: number; data: Uint8Array } {
	const inside = (x: number, y: number) => {
		let odd = false;
		for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
			const [xi, yi] = points[i]!;
			const [xj, yj] = points[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
		}
		return odd;
	};
	const data = new Uint8Array(size * size * 4);
	const n = 4;
	for (let py = 0; py < size; py++)
		for (let px = 0; px < size; px++) {
			let hits = 0;
			for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) if (inside(px + (sx + 0.5) / n - size / 2, py + (sy + 0.5) / n - size / 2)) hits++;
			// Premultiplied by nothing: MapLibre takes straight RGBA.
			if (hits) data.set([...rgb, Math.round((255 * hits) / (n * n))], (py * size + px) * 4);
		}
	return { width: size, height: size, data };
}

/** The hatch pattern's pixels in a colour (rgb 0–255), stripes `size` apart. */
export function hatchPixels(rgb: [number, number, number], size: number = SYMBOLS.hatch.size): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const half = SYMBOLS.hatch.stroke / 2;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const d = (x + y + 0.5) % size;
			const on = d < half + 0.5 || d > size - half - 0.5;
			data.set(on ? [...rgb, 230] : [0, 0, 0, 0], (y * size + x) * 4);
		}
	return { width: size, height: size, data };
}

/** A colour that is safe to write into an attribute: a hex or rgb() value, or nothing. */
const COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d.,\s%]+\))$/i;
export const safeColour = (c: string): string | null => (COLOR.test(c) ? c : null);

/**
 * A key swatch as SVG, 22 × 14, drawn from the definitions above at the map's
 * own pixel sizes (marks larger than the swatch are scaled to fit).
 * `land` is the colour a hollow line shows inside, as on the map.
 */
export function swatchSvg(kind: SymbolKind, colour: string, land = '#f4f1ea'): string {
	const c = safeColour(colour) ?? '#888888';
	const W = 22;
	const H = 14;
	const cy = H / 2;
	const S = SYMBOLS;
	const line = (w: number, dash?: readonly number[], cap = 'butt') =>
		`<line x1="1" y1="${cy}" x2="${W - 1}" y2="${cy}" stroke="${c}" stroke-width="${w}" stroke-linecap="${cap}"${dash ? ` stroke-dasharray="${dash.map((d) => d * w).join(' ')}"` : ''}/>`;
	// Marks wider than the swatch are drawn at the largest size that fits, keeping their proportions.
	const fit = (r: number) => Math.min(1, (H / 2 - 0.5) / r);
	// A route's swatch carries one of the arrowheads the map draws along it, in the middle.
	const head = arrowheadSvg(W / 2, cy, c);
	let body: string;
	switch (kind) {
		case 'fill':
			body = `<rect x="0.5" y="0.5" width="${W - 1}" height="${H - 1}" rx="2" fill="${c}" fill-opacity="${S.fill.opacity}" stroke="rgba(0,0,0,0.35)"/>`;
			break;
		case 'outline':
			body = `<rect x="${S.outline.width / 2}" y="${S.outline.width / 2}" width="${W - S.outline.width}" height="${H - S.outline.width}" rx="2" fill="none" stroke="${c}" stroke-width="${S.outline.width}"/>`;
			break;
		case 'hatch': {
			const step = S.hatch.size;
			const stripes = Array.from({ length: Math.ceil((W + H) / step) + 1 }, (_, i) => `<line x1="${i * step - H}" y1="${H}" x2="${i * step}" y2="0" stroke="${c}" stroke-width="${S.hatch.stroke}"/>`).join('');
			body = `<rect x="0.5" y="0.5" width="${W - 1}" height="${H - 1}" fill="${c}" fill-opacity="${S.hatch.tint}"/>${stripes}<rect x="0.5" y="0.5" width="${W - 1}" height="${H - 1}" fill="none" stroke="${c}" stroke-width="${S.hatch.edge}" stroke-dasharray="${S.hatch.dash.map((d) => d * S.hatch.edge).join(' ')}"/>`;
			break;
		}
		case 'line':
			body = line(S.line.width);
			break;
		case 'route':
			body = line(S.route.width) + head;
			break;
		case 'dashed':
			body = line(S.dashed.width, S.dashed.dash) + head;
			break;
		case 'road':
			body = line(S.road.width, S.road.dash) + head;
			break;
		case 'return':
			body = `${line(S.return.width)}<line x1="2" y1="${cy}" x2="${W - 2}" y2="${cy}" stroke="${land}" stroke-width="${S.return.inner}"/>${head}`;
			break;
		case 'arrow': {
			// A request: one arrowhead, at the line's end.
			const reach = Math.max(...S.arrowhead.points.map(([x]) => x)) / S.arrowhead.ratio;
			body = `<line x1="1" y1="${cy}" x2="${W - 1 - reach}" y2="${cy}" stroke="${c}" stroke-width="${S.request.width}"/>${arrowheadSvg(W - 1 - reach, cy, c)}`;
			break;
		}
		case 'measure': {
			const t = S.measure.tick / 2;
			body = `${line(S.measure.width)}<line x1="1" y1="${cy - t}" x2="1" y2="${cy + t}" stroke="${c}" stroke-width="${S.measure.width}"/><line x1="${W - 1}" y1="${cy - t}" x2="${W - 1}" y2="${cy + t}" stroke="${c}" stroke-width="${S.measure.width}"/>`;
			break;
		}
		case 'dot': {
			const k = fit(S.dot.radius + S.dot.edge);
			body = `<circle cx="${W / 2}" cy="${cy}" r="${S.dot.radius * k}" fill="${c}" stroke="#ffffff" stroke-width="${S.dot.edge * k}"/>`;
			break;
		}
		case 'halo': {
			const k = fit(S.halo.radius);
			body = `<circle cx="${W / 2}" cy="${cy}" r="${S.halo.radius * k}" fill="${c}" fill-opacity="${S.halo.opacity}"/><circle cx="${W / 2}" cy="${cy}" r="${S.dot.radius * k}" fill="${c}" stroke="#ffffff" stroke-width="${S.dot.edge * k}"/>`;
			break;
		}
		case 'ring': {
			const k = fit(S.ring.radius + S.ring.width / 2);
			body = `<circle cx="${W / 2}" cy="${cy}" r="${S.ring.radius * k}" fill="#ffffff" fill-opacity="0.85" stroke="${c}" stroke-width="${S.ring.width * k}"/>`;
			break;
		}
		case 'attention': {
			const k = fit(S.attention.radius + S.attention.width / 2);
			body = `<circle cx="${W / 2}" cy="${cy}" r="${S.attention.radius * k}" fill="none" stroke="${c}" stroke-width="${S.attention.width * k}"/>`;
			break;
		}
		case 'plane': {
			const k = (H - 1) / 34;
			body = `<path transform="translate(${W / 2} ${cy}) scale(${k.toFixed(3)})" d="${S.plane.path}" fill="${c}" stroke="#ffffff" stroke-width="${S.plane.edge / 2}" paint-order="stroke"/>`;
			break;
		}
	}
	return `<svg class="swatch ${kind}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">${body}</svg>`;
}
