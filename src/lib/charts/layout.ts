/**
 * Where a step chart's marks and labels go, computed from the step's figure
 * rows (the same rows its figure table lists) or, for the CSTO's membership,
 * from data/geo/csto.ts (the records the membership map layer draws). Pure
 * data in, positions out: ./svg.ts writes them as SVG, and the unit tests
 * check them without a browser.
 *
 * Every chart is drawn in a viewBox WIDTH units wide and shown at the width of
 * its card, which on a 360 px phone is about the same: 12-unit type stays
 * readable there. Labels sit beside their marks, so no chart needs a key.
 *
 * Relative imports only: the step text that includes these charts is also
 * built where `$lib` does not resolve.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Figure, FigureRole } from '../story/types';
import type { CstoState } from '../map/records';
import { palette } from '../map/palette';
import { formatDate } from '../story/dates';
import type { UiKey } from '../i18n/ui';
import { chartWords, type ChartWords } from './words';
import { CSTO_FOUNDED, MEMBERSHIP_LAST_YEAR, membershipSpans, membershipWords, type MembershipStatus, type YearSpan } from './membership';

export { CSTO_FOUNDED, MEMBERSHIP_LAST_YEAR, membershipSpans, membershipWords, type MembershipStatus };
export { chartWords, type ChartWords };

/** Width of every chart's viewBox. */
export const WIDTH = 320;
/** Size of the labels, in viewBox units (px at a 320 px card). */
export const FONT = 12;
/** Line height of the labels. */
const LINE = 15;
/**
 * Advance of each kind of character at FONT, roughly Noto Sans's; textWidth
 * adds a margin that covers DejaVu Sans (the widest font the page may fall
 * back to, as measured in Chromium): enough to keep labels apart and inside
 * the chart, not to typeset.
 */
function charWidth(c: string): number {
	if (c >= '0' && c <= '9') return 7.3;
	if (c >= 'A' && c <= 'Z') return 8.2;
	if (c === 'm' || c === 'w') return 9.4;
	// Cyrillic: capitals as wide as Latin ones, and the wide small letters as wide as m.
	if ((c >= 'А' && c <= 'Я') || 'ЁІЇЄҐ'.includes(c)) return 8.2;
	if ('мшщжюыф'.includes(c)) return 9.4;
	if ('ijlrtf'.includes(c)) return 3.8;
	if (' ,.’\'·()/:;–-\u00a0\u202f'.includes(c)) return 4;
	return 6.4;
}

/** How much wider than charWidth's sum a label may be drawn, in the widest fallback font. */
const MARGIN = 1.15;
/** How much wider bold is. */
export const BOLD = 1.18;

/** The width a label needs at FONT, estimated generously. */
export function textWidth(text: string, bold = false): number {
	let w = 0;
	for (const c of text) w += charWidth(c);
	return w * MARGIN * (bold ? BOLD : 1);
}

/** Text broken into lines no wider than `width`, at spaces. */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let cur = '';
	for (const word of text.split(/\s+/)) {
		const next = cur ? `${cur} ${word}` : word;
		if (cur && textWidth(next) > width) {
			lines.push(cur);
			cur = word;
		} else cur = next;
	}
	if (cur) lines.push(cur);
	return lines;
}

const QUALIFIER_KEYS: Record<NonNullable<Figure['qualifier']>, UiKey> = {
	about: 'chart.qualifier.about',
	some: 'chart.qualifier.some',
	'more than': 'chart.qualifier.moreThan',
	nearly: 'chart.qualifier.nearly',
	'up to': 'chart.qualifier.upTo',
	'up to about': 'chart.qualifier.upToAbout'
};

/** The number as the chart writes it beside its mark: "about 2,500" ("около 2500"). */
export function valueLabel(f: Figure, words: ChartWords = {}): string {
	const w = chartWords(words);
	const n = w.number(f.n ?? 0);
	return f.qualifier ? w.t(QUALIFIER_KEYS[f.qualifier], { value: n }) : n;
}

/** What kind of number it is, when that matters: "withdrawn", "projection", "official", "reported". */
export function statusLabel(f: Figure, words: ChartWords = {}): string | undefined {
	const { t } = chartWords(words);
	if (f.withdrawn) return t('chart.status.withdrawn');
	if (f.projection) return t('chart.status.projection');
	if (f.official === true) return t('chart.status.official');
	if (f.official === false) return t('chart.status.reported');
	return undefined;
}

const valueLabelIn = (f: Figure, words: ChartWords): string => valueLabel(f, words);
const statusLabelIn = (f: Figure, words: ChartWords): string | undefined => statusLabel(f, words);

/** Solid for a count a state gave or a source stands by; light for a press report; hollow and dashed for a plan or a withdrawn figure. */
export type MarkStyle = 'solid' | 'light' | 'hollow';

export function markStyle(f: Figure): MarkStyle {
	if (f.withdrawn || f.projection) return 'hollow';
	if (f.official === false) return 'light';
	return 'solid';
}

export interface MarkColour {
	/** Outline and solid fill. */
	stroke: string;
	/** The light fill of a reported figure. */
	light: string;
}

/** Colours by role, the map's (palette.ts); a withdrawn figure is grey, as unconfirmed records are on the map. */
export function markColour(f: Figure): MarkColour {
	if (f.withdrawn) return { stroke: palette.unconfirmed, light: palette.halo };
	const role: FigureRole = f.role ?? 'neutral';
	if (role === 'russia') return { stroke: palette.forces, light: palette.russia };
	if (role === 'allies') return { stroke: palette.allies, light: palette.alliesFill };
	return { stroke: palette.attention, light: palette.halo };
}

/** The name the chart gives a row. */
export const rowName = (f: Figure): string => f.short ?? f.label;

/** The day of a row, in the table's words (or its day, as the story writes dates, in the language of `words`). */
export const rowDate = (f: Figure, words: ChartWords = {}): string | undefined => f.date ?? (f.at ? formatDate(f.at, chartWords(words).locale) : undefined);

const rowDateIn = (f: Figure, words: ChartWords): string | undefined => rowDate(f, words);

/* ------------------------------------------------------------------ bars */

export interface BarMark {
	kind: 'bar';
	/** Index of the row in the step's figures. */
	row: number;
	figure: Figure;
	/** The row's name and day, broken to fit: the first baseline is at `y + FONT`. */
	nameLines: string[];
	y: number;
	barY: number;
	barHeight: number;
	x0: number;
	x1: number;
	style: MarkStyle;
	colour: MarkColour;
	value: string;
	status?: string;
	/** Where the value label starts (anchor start), right of the bar. */
	labelX: number;
	labelY: number;
}

/** A row with no number: named, with its words in place of a bar. */
export interface TextMark {
	kind: 'text';
	row: number;
	figure: Figure;
	nameLines: string[];
	y: number;
	/** The figure's value, broken to fit; first baseline at `textY`. */
	textLines: string[];
	textY: number;
}

export interface SeriesHeading {
	text: string;
	y: number;
}

export interface BarsLayout {
	kind: 'bars';
	width: number;
	height: number;
	marks: Array<BarMark | TextMark>;
	headings: SeriesHeading[];
	/** The value the bars' length is measured against (the largest). */
	max: number;
	/** The chart in words, for its accessible name. */
	summary: string;
}

const BAR = 14;
const ROW_GAP = 9;

/**
 * One bar per figure with a number, in the order the figures are listed,
 * starting from zero; a heading wherever the series changes; rows without a
 * number keep their place, with their words where the bar would be.
 */
export function barsLayout(figures: readonly Figure[], top = 0, words: ChartWords = {}): BarsLayout {
	const { t } = chartWords(words);
	const valueLabel = (f: Figure) => valueLabelIn(f, words);
	const statusLabel = (f: Figure) => statusLabelIn(f, words);
	const rowDate = (f: Figure) => rowDateIn(f, words);
	const drawn = figures.filter((f) => f.n !== undefined);
	const max = Math.max(...drawn.map((f) => f.n as number), 1);
	const labelRoom = Math.max(...drawn.map((f) => textWidth(valueLabel(f), true) + textWidth(statusLabel(f) ? ` ${statusLabel(f)}` : '')), 0);
	const x = scaleLinear()
		.domain([0, max])
		// Bars take what the labels leave, and never less than 45 % of the width (longer labels, as in Russian or Ukrainian, wrap no further).
		.range([0, Math.max(WIDTH * 0.45, WIDTH - labelRoom - 8)]);
	const marks: Array<BarMark | TextMark> = [];
	const headings: SeriesHeading[] = [];
	let y = top;
	let series: string | undefined;
	figures.forEach((f, row) => {
		if (f.series && f.series !== series) {
			headings.push({ text: f.series, y });
			y += LINE + 2;
		}
		series = f.series ?? series;
		const date = rowDate(f);
		const nameLines = wrap(date ? `${rowName(f)} · ${date}` : rowName(f), WIDTH);
		const below = y + nameLines.length * LINE + 2;
		if (f.n === undefined) {
			const textLines = wrap(f.value, WIDTH);
			marks.push({ kind: 'text', row, figure: f, nameLines, y, textLines, textY: below + FONT });
			y = below + textLines.length * LINE + ROW_GAP;
			return;
		}
		const x1 = x(f.n);
		const status = statusLabel(f);
		marks.push({
			kind: 'bar',
			row,
			figure: f,
			nameLines,
			y,
			barY: below,
			barHeight: BAR,
			x0: x(0),
			x1,
			style: markStyle(f),
			colour: markColour(f),
			value: valueLabel(f),
			...(status ? { status } : {}),
			labelX: x1 + 5,
			labelY: below + BAR - 3
		});
		y = below + BAR + ROW_GAP;
	});
	const summary = marks
		.map((m) => {
			const when = rowDate(m.figure);
			const who = when ? t('chart.row.name', { name: rowName(m.figure), date: when }) : rowName(m.figure);
			if (m.kind === 'text') return t('chart.row.value', { who, value: m.figure.value });
			return m.status ? t('chart.row.status', { who, value: m.value, status: m.status }) : t('chart.row.value', { who, value: m.value });
		})
		.join('; ');
	return { kind: 'bars', width: WIDTH, height: y, marks, headings, max, summary: t('chart.bars.summary', { rows: summary }) };
}

/* ----------------------------------------------------------------- dated */

export interface DatedPoint {
	row: number;
	figure: Figure;
	/** Day, milliseconds since 1970 (UTC). */
	t: number;
	x: number;
	y: number;
	r: number;
	style: MarkStyle;
	colour: MarkColour;
	value: string;
	name: string;
	/** The name broken into lines, where it is too long for either side of its dot (a longer translation); absent when it fits on one. */
	nameLines?: string[];
	/** The label: value on the first line, name on the second; `anchor` says which side of the point. */
	labelX: number;
	labelY: number;
	anchor: 'start' | 'end';
	/** A line from the dot to its label, where the label had to move off the dot's line: [x1, y1, x2, y2]. */
	leader?: [number, number, number, number];
}

export interface DatedLayout {
	kind: 'dated';
	width: number;
	height: number;
	/** In date order (then by value). */
	points: DatedPoint[];
	/** A line through each series' counts (not its projections), in date order: SVG path data. */
	lines: Array<{ series: string; d: string }>;
	/** A dashed line from a series' last count to each of its projections. */
	projections: Array<{ row: number; d: string }>;
	/** Month ticks; `anchor: 'end'` where a longer month name (Russian, Ukrainian) would run past the right edge. */
	xTicks: Array<{ x: number; text: string; anchor?: 'end' }>;
	yTicks: Array<{ y: number; text: string }>;
	/** Plot area, for the grid. */
	plot: { left: number; right: number; top: number; bottom: number };
	summary: string;
}

const DAY = 86_400_000;
const months = new Map<string, Intl.DateTimeFormat>();
/**
 * A month tick's words by Intl for the locale: "Feb 2022" in English as always;
 * "февр. 2022", "лют. 2022" in Russian and Ukrainian, without the word for
 * "year" Intl writes after the number ("г.", "р."), which a tick has no room for.
 */
function monthTick(locale: string, t: number): string {
	let f = months.get(locale);
	if (!f) months.set(locale, (f = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })));
	if (locale === 'en-GB') return f.format(t);
	const parts = f.formatToParts(t);
	const year = parts.findIndex((p) => p.type === 'year');
	return parts
		.slice(0, year + 1)
		.map((p) => p.value)
		.join('')
		.trim();
}
const time = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const overlapArea = (a: Box, b: Box): number => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Each figure with a number at its day: x by date, y from zero to the largest
 * value. Counts are filled dots joined by one line per series; a projection is
 * a hollow dashed ring, joined to its series' last count by a dashed line.
 * Each label (value, then name) goes beside its dot on the first side and
 * offset that keeps it clear of the other labels and dots and inside the chart.
 */
export function datedLayout(figures: readonly Figure[], top = 0, words: ChartWords = {}): DatedLayout {
	const w = chartWords(words);
	const { t } = w;
	const rows = figures
		.map((figure, row) => ({ figure, row }))
		.filter(({ figure }) => figure.n !== undefined && figure.at !== undefined)
		.sort((a, b) => time(a.figure.at as string) - time(b.figure.at as string) || (a.figure.n as number) - (b.figure.n as number));
	const height = top + 270;
	const plot = { left: 6, right: WIDTH - 6, top: top + 12, bottom: height - 24 };
	const ts = rows.map(({ figure }) => time(figure.at as string));
	const t0 = Math.min(...ts) - 6 * DAY;
	const t1 = Math.max(...ts) + 4 * DAY;
	const x = scaleLinear().domain([t0, t1]).range([plot.left + 8, plot.right - 8]);
	const y = scaleLinear()
		.domain([0, Math.max(...rows.map(({ figure }) => figure.n as number))])
		.nice(4)
		.range([plot.bottom, plot.top]);

	const points: DatedPoint[] = rows.map(({ figure, row }) => {
		const t = time(figure.at as string);
		return {
			row,
			figure,
			t,
			x: x(t),
			y: y(figure.n as number),
			r: 5,
			style: markStyle(figure),
			colour: markColour(figure),
			value: valueLabelIn(figure, words),
			name: rowName(figure),
			labelX: 0,
			labelY: 0,
			anchor: 'start'
		};
	});

	const yTicks = y
		.ticks(4)
		.filter((v) => v > 0)
		.map((v) => ({ y: y(v), text: w.number(v) }));
	// Points on the same day side by side: a series (a count and its projection) to the right, the others to the left.
	const byDay = new Map<number, DatedPoint[]>();
	for (const p of points) byDay.set(p.t, [...(byDay.get(p.t) ?? []), p]);
	for (const same of byDay.values()) if (same.length > 1) for (const p of same) p.x += p.figure.series ? 6 : -6;

	const toPath = line<DatedPoint>()
		.x((p) => p.x)
		.y((p) => p.y);
	const bySeries = new Map<string, DatedPoint[]>();
	for (const p of points) if (p.figure.series && !p.figure.projection) bySeries.set(p.figure.series, [...(bySeries.get(p.figure.series) ?? []), p]);
	const lines = [...bySeries].filter(([, ps]) => ps.length > 1).map(([series, ps]) => ({ series, d: toPath(ps) ?? '' }));
	const projectionEnds = points
		.filter((p) => p.figure.projection && p.figure.series)
		.flatMap((p) => {
			const from = (bySeries.get(p.figure.series as string) ?? []).filter((q) => q.t <= p.t).at(-1);
			return from ? [[from, p] as [DatedPoint, DatedPoint]] : [];
		});
	const projections = projectionEnds.map(([from, p]) => ({ row: p.row, d: toPath([from, p]) ?? '' }));

	// Labels: beside the dot (right, then left), then shifted up or down a little at a time, until
	// clear of every other label, dot and axis label; a label moved off its dot's line gets a leader.
	const placed: Box[] = [
		...points.map((p) => ({ x0: p.x - p.r - 2, y0: p.y - p.r - 2, x1: p.x + p.r + 2, y1: p.y + p.r + 2 })),
		...yTicks.map((t) => ({ x0: plot.left, y0: t.y - 3 - FONT, x1: plot.left + textWidth(t.text), y1: t.y }))
	];
	// Lines a label had better not cross, but may: the dashed line up to a projection.
	const crossings: Box[] = projectionEnds.map(([a, b]) => ({ x0: Math.min(a.x, b.x) - 2, x1: Math.max(a.x, b.x) + 2, y0: Math.min(a.y, b.y), y1: Math.max(a.y, b.y) }));
	const shifts = [0, ...Array.from({ length: 36 }, (_, i) => (i % 2 ? 1 : -1) * 5 * Math.ceil((i + 1) / 2))];
	// A name too long for either side of its dot (a longer translation) is broken into lines that fit the wider side.
	for (const p of points) {
		const room = Math.max(WIDTH - (p.x + p.r + 4), p.x - p.r - 4);
		if (textWidth(p.name) > room) p.nameLines = wrap(p.name, room);
	}
	const hOf = (p: DatedPoint): number => (1 + (p.nameLines?.length ?? 1)) * LINE;
	const labelWidth = (p: DatedPoint): number => Math.max(textWidth(p.value, true), ...(p.nameLines ?? [p.name]).map((n) => textWidth(n)));
	// A point dodged left, or near the right edge, prefers its left side.
	const preferred = (p: DatedPoint): 'start' | 'end' => (p.x > WIDTH * 0.6 || byDay.get(p.t)?.some((q) => q !== p && q.x > p.x) ? 'end' : 'start');
	const boxAt = (p: DatedPoint, anchor: 'start' | 'end', dy: number): Box => {
		const lx = anchor === 'start' ? p.x + p.r + 4 : p.x - p.r - 4;
		const w = labelWidth(p);
		return { x0: anchor === 'start' ? lx : lx - w, x1: anchor === 'start' ? lx + w : lx, y0: p.y - LINE + dy, y1: p.y - LINE + dy + hOf(p) };
	};
	// Each label's natural place is kept free for it until it is placed, so that another does not take it.
	const reserved = new Map(points.map((p) => [p, boxAt(p, preferred(p), 0)]));
	// From the right, where the labels have least room, to the left.
	for (const p of [...points].sort((a, b) => b.x - a.x)) {
		reserved.delete(p);
		const others = [...reserved.values()];
		const w = labelWidth(p);
		// The nearest clear place.
		const prefer = preferred(p);
		let best: { box: Box; x: number; anchor: 'start' | 'end'; cost: number } | undefined;
		for (const dy of shifts)
			for (const anchor of ['start', 'end'] as const) {
				const lx = anchor === 'start' ? p.x + p.r + 4 : p.x - p.r - 4;
				const y0 = p.y - LINE + dy;
				const box = { x0: anchor === 'start' ? lx : lx - w, x1: anchor === 'start' ? lx + w : lx, y0, y1: y0 + hOf(p) };
				if (box.x0 < 0 || box.x1 > WIDTH || box.y0 < top || box.y1 > plot.bottom) continue;
				// Overlap with a label or dot costs most, then crossing a line, then distance and side.
				const clash = [...placed, ...others].reduce((sum, b) => sum + overlapArea(b, box), 0);
				const crossed = crossings.filter((b) => overlaps(b, box)).length;
				const cost = clash * 100 + crossed * 60 + Math.abs(dy) + (anchor === prefer ? 0 : 12);
				if (!best || cost < best.cost) best = { box, x: lx, anchor, cost };
			}
		best ??= { box: { x0: p.x + p.r + 4, y0: p.y - LINE, x1: p.x + p.r + 4 + w, y1: p.y - LINE + hOf(p) }, x: p.x + p.r + 4, anchor: 'start', cost: Infinity };
		placed.push(best.box);
		p.labelX = best.x;
		p.labelY = best.box.y0 + FONT;
		p.anchor = best.anchor;
		const mid = (best.box.y0 + best.box.y1) / 2;
		if (Math.abs(mid - p.y) > LINE / 2 + 2) {
			const ly = Math.min(Math.max(p.y, best.box.y0 + 2), best.box.y1 - 2);
			p.leader = [p.x, p.y + (ly > p.y ? p.r : -p.r), best.anchor === 'start' ? best.box.x0 - 2 : best.box.x1 + 2, ly];
		}
	}

	const xTicks: DatedLayout['xTicks'] = [];
	const start = new Date(t0);
	for (let m = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); m <= t1; ) {
		const text = monthTick(w.locale, m);
		// English ticks are drawn as they always were; a longer name that would cross the right edge ends at its tick.
		xTicks.push(w.lang !== 'en' && x(m) + 3 + textWidth(text) / MARGIN > WIDTH ? { x: x(m), text, anchor: 'end' } : { x: x(m), text });
		const d = new Date(m);
		m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
	}
	const summary = points
		.map((p) => t(p.figure.projection ? 'chart.dated.projection' : 'chart.dated.row', { date: String(rowDateIn(p.figure, words)), name: p.name, value: p.value }))
		.join('; ');
	return { kind: 'dated', width: WIDTH, height, points, lines, projections, xTicks, yTicks, plot, summary: t('chart.dated.summary', { rows: summary }) };
}

/* ------------------------------------------------------------ membership */

export interface MembershipSpan extends YearSpan {
	x0: number;
	x1: number;
	/** Written inside the span where it fits ("left 1999", "1993"). */
	text?: string;
}

export interface MembershipRow {
	state: CstoState;
	/** The state's name, in the chart's language. */
	name: string;
	y: number;
	spans: MembershipSpan[];
}

export interface MembershipLayout {
	kind: 'membership';
	width: number;
	height: number;
	rows: MembershipRow[];
	ticks: Array<{ x: number; year: number }>;
	plot: { left: number; right: number; top: number; bottom: number };
	/** The colour of each status: the membership map layer's (palette.ts), members one fill before and after 2002, as on the map. */
	colours: Record<MembershipStatus, { fill: string; stroke: string; text: string }>;
	summary: string;
}

const ROW = 24;
const SPAN = 16;
const NAME_W = 84;

/** One row per state (in the order of data/geo/csto.ts), a bar for each span of years, 1992 to 2024. */
export function membershipLayout(states: readonly CstoState[], top = 0, words: ChartWords = {}): MembershipLayout {
	const w = chartWords(words);
	const { t } = w;
	const first = Math.min(...states.flatMap((s) => s.periods.map(([a]) => a)));
	// The names' column: as wide as the longest name needs (a Russian or Ukrainian one may be wider than 84).
	const nameW = Math.max(NAME_W, Math.ceil(Math.max(...states.map((s) => textWidth(w.stateName(s))))) + 4);
	const plot = { left: nameW, right: WIDTH - 4, top, bottom: top + states.length * ROW };
	const x = scaleLinear()
		.domain([first, MEMBERSHIP_LAST_YEAR + 1])
		.range([plot.left, plot.right]);
	const rows: MembershipRow[] = states.map((state, i) => {
		const seen = new Set<MembershipStatus>();
		const spans = membershipSpans(state).map((s, j, all) => {
			const span: MembershipSpan = { ...s, x0: x(s.from), x1: x(s.to) };
			const room = span.x1 - span.x0 - 6;
			// Say what each kind of span is the first time a row shows it; after that, the years.
			const named = i === 0 || (s.status === 'former' && !seen.has('former'));
			const candidates =
				s.status === 'former'
					? [t('chart.membership.span.left', { year: String(s.from) }), t('chart.membership.span.leftShort')]
					: named && s.status === 'member'
						? [t('chart.membership.span.member'), `${s.from}`]
						: named && s.status === 'treaty'
							? [t('chart.membership.span.treaty'), `${s.from}`]
							: s.from !== first && (j === 0 || all[j - 1]?.status === 'former')
								? [`${s.from}`]
								: [];
			seen.add(s.status);
			const text = candidates.find((c) => textWidth(c) <= room);
			if (text) span.text = text;
			return span;
		});
		return { state, name: w.stateName(state), y: top + i * ROW + (ROW - SPAN) / 2, spans };
	});
	const ticks = [first, 2002, 2012, 2022].filter((year) => year >= first).map((year) => ({ x: x(year), year }));
	return {
		kind: 'membership',
		width: WIDTH,
		height: plot.bottom + 22,
		rows,
		ticks,
		plot,
		colours: {
			// The membership map's colours: members in the allies' fill, former members in grey.
			treaty: { fill: palette.alliesFill, stroke: palette.allies, text: palette.label },
			member: { fill: palette.alliesFill, stroke: palette.allies, text: palette.label },
			former: { fill: palette.former, stroke: palette.unconfirmed, text: palette.label }
		},
		summary: t('chart.membership.summary', {
			from: String(first),
			to: String(MEMBERSHIP_LAST_YEAR),
			rows: states.map((s) => t('chart.membership.row', { name: w.stateName(s), words: membershipWords(s, words) })).join('. ')
		})
	};
}

/** Size of the chart's title (bold). */
export const TITLE_FONT = 14;
/** The chart's title, broken to fit its width at TITLE_FONT, bold. */
export function titleLines(title: string): string[] {
	return wrap(title, (WIDTH * FONT) / TITLE_FONT / BOLD);
}
export const TITLE_LINE = 17;
