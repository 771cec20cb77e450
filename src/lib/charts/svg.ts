/**
 * A step's chart as SVG markup, from the layouts in ./layout.ts.
 *
 * The chart is part of the step's text, which is one HTML string written on
 * the server when the site is prerendered, and in the browser for embeds and
 * client-side navigation (see $lib/story/html.ts): so it is a string too, the
 * same in both places, and it is in the static page, in print and without
 * JavaScript. Text takes the page's colour (currentColor) and font; marks take
 * the map's colours. Nothing here is interactive.
 */
import type { Step } from '../story/types';
import { cstoStates } from '../../../data/geo/csto';
// The English chart words (data/i18n/ui-text.en.json), where this lazily loaded code draws a chart.
import '../i18n/text';
import type { ChartWords } from './words';
import {
	barsLayout,
	datedLayout,
	FONT,
	membershipLayout,
	TITLE_FONT,
	TITLE_LINE,
	titleLines,
	WIDTH,
	type BarsLayout,
	type DatedLayout,
	type MarkColour,
	type MarkStyle,
	type MembershipLayout
} from './layout';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for SVG content and attribute values (as $lib/story/html.ts does for the step's words). */
const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);

export type ChartLayout = BarsLayout | DatedLayout | MembershipLayout;

/** Secondary text: the page's colour, quieter. */
const QUIET = 'fill="currentColor" fill-opacity="0.72"';
const GRID = 'stroke="currentColor" stroke-opacity="0.18"';

/** The room the title takes above the marks. */
const titleHeight = (title: string): number => titleLines(title).length * TITLE_LINE + 8;

/** The layout of a step's chart, below its title; undefined when the step has none. */
export function chartLayout(step: Step, words: ChartWords = {}): ChartLayout | undefined {
	if (!step.chart) return undefined;
	const top = titleHeight(step.chart.title);
	if (step.chart.kind === 'membership') return membershipLayout(cstoStates, top, words);
	if (step.chart.kind === 'dated') return datedLayout(step.figures ?? [], top, words);
	return barsLayout(step.figures ?? [], top, words);
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

function markAttrs(style: MarkStyle, c: MarkColour): string {
	if (style === 'hollow') return `fill="none" stroke="${c.stroke}" stroke-width="1.5" stroke-dasharray="4 3"`;
	if (style === 'light') return `fill="${c.light}" stroke="${c.stroke}" stroke-width="1"`;
	return `fill="${c.stroke}"`;
}

function lines(texts: string[], x: number, y: number, attrs = 'fill="currentColor"'): string {
	return texts.map((t, i) => `<text x="${fmt(x)}" y="${fmt(y + FONT + i * 15)}" ${attrs}>${esc(t)}</text>`).join('');
}

function barsSvg(l: BarsLayout): string {
	const out: string[] = [];
	for (const h of l.headings) out.push(`<text x="0" y="${fmt(h.y + FONT)}" font-weight="700" fill="currentColor">${esc(h.text)}</text>`);
	for (const m of l.marks) {
		out.push(`<g class="mark" data-row="${m.row}">`);
		out.push(lines(m.nameLines, 0, m.y, QUIET));
		if (m.kind === 'text') {
			out.push(lines(m.textLines, 0, m.textY - FONT, 'fill="currentColor" font-style="italic"'));
		} else {
			const w = Math.max(m.x1 - m.x0, 1);
			out.push(`<rect x="${fmt(m.x0)}" y="${fmt(m.barY)}" width="${fmt(w)}" height="${m.barHeight}" ${markAttrs(m.style, m.colour)}/>`);
			out.push(
				`<text x="${fmt(m.labelX)}" y="${fmt(m.labelY)}" fill="currentColor"><tspan font-weight="700">${esc(m.value)}</tspan>` +
					(m.status ? `<tspan fill-opacity="0.72"> ${esc(m.status)}</tspan>` : '') +
					`</text>`
			);
		}
		out.push('</g>');
	}
	return out.join('');
}

function datedSvg(l: DatedLayout): string {
	const out: string[] = [];
	const { plot } = l;
	for (const t of l.yTicks)
		out.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${fmt(t.y)}" y2="${fmt(t.y)}" ${GRID}/><text x="${plot.left}" y="${fmt(t.y - 3)}" ${QUIET}>${esc(t.text)}</text>`);
	out.push(`<line x1="${plot.left}" x2="${plot.right}" y1="${fmt(plot.bottom)}" y2="${fmt(plot.bottom)}" stroke="currentColor" stroke-opacity="0.5"/>`);
	for (const t of l.xTicks)
		out.push(
			`<line x1="${fmt(t.x)}" x2="${fmt(t.x)}" y1="${fmt(plot.bottom)}" y2="${fmt(plot.bottom + 5)}" stroke="currentColor" stroke-opacity="0.5"/>` +
				(t.anchor === 'end'
					? `<text x="${fmt(t.x - 3)}" y="${fmt(plot.bottom + 17)}" text-anchor="end" ${QUIET}>${esc(t.text)}</text>`
					: `<text x="${fmt(t.x + 3)}" y="${fmt(plot.bottom + 17)}" ${QUIET}>${esc(t.text)}</text>`)
		);
	for (const s of l.lines) out.push(`<path class="series" d="${s.d}" fill="none" stroke="currentColor" stroke-opacity="0.45" stroke-width="1.5"/>`);
	for (const p of l.projections) out.push(`<path class="projection-line" data-row="${p.row}" d="${p.d}" fill="none" stroke="currentColor" stroke-opacity="0.6" stroke-width="1.5" stroke-dasharray="4 3"/>`);
	for (const p of l.points) {
		const fill = p.style === 'hollow' ? `fill="${p.colour.light}"` : '';
		const attrs = p.style === 'hollow' ? `${fill} stroke="${p.colour.stroke}" stroke-width="2" stroke-dasharray="3 2"` : markAttrs(p.style, p.colour);
		out.push(
			`<g class="mark${p.figure.projection ? ' projection' : ''}" data-row="${p.row}">` +
				(p.leader ? `<line x1="${fmt(p.leader[0])}" y1="${fmt(p.leader[1])}" x2="${fmt(p.leader[2])}" y2="${fmt(p.leader[3])}" stroke="currentColor" stroke-opacity="0.5"/>` : '') +
				`<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${p.r}" ${attrs}/>` +
				`<text x="${fmt(p.labelX)}" y="${fmt(p.labelY)}" text-anchor="${p.anchor}" font-weight="700" fill="currentColor">${esc(p.value)}</text>` +
				(p.nameLines ?? [p.name]).map((n, i) => `<text x="${fmt(p.labelX)}" y="${fmt(p.labelY + 15 * (i + 1))}" text-anchor="${p.anchor}" ${QUIET}>${esc(n)}</text>`).join('') +
				`</g>`
		);
	}
	return out.join('');
}

function membershipSvg(l: MembershipLayout): string {
	const out: string[] = [];
	const { plot } = l;
	for (const t of l.ticks)
		out.push(
			`<line x1="${fmt(t.x)}" x2="${fmt(t.x)}" y1="${fmt(plot.top)}" y2="${fmt(plot.bottom + 4)}" ${GRID}/>` +
				`<text x="${fmt(t.x)}" y="${fmt(plot.bottom + 17)}" text-anchor="${t.x > plot.right - 20 ? 'end' : 'middle'}" ${QUIET}>${t.year}</text>`
		);
	for (const r of l.rows) {
		out.push(`<g class="mark" data-state="${esc(r.state.iso3)}">`);
		out.push(`<text x="0" y="${fmt(r.y + 12)}" fill="currentColor">${esc(r.name)}</text>`);
		for (const s of r.spans) {
			const c = l.colours[s.status];
			out.push(
				`<rect class="span ${s.status}" x="${fmt(s.x0)}" y="${fmt(r.y)}" width="${fmt(s.x1 - s.x0)}" height="16" fill="${c.fill}" stroke="${c.stroke}" stroke-width="0.75"/>`
			);
			if (s.text) out.push(`<text x="${fmt(s.x0 + 3)}" y="${fmt(r.y + 12)}" fill="${c.text}">${esc(s.text)}</text>`);
		}
		out.push('</g>');
	}
	return out.join('');
}

/**
 * The step's chart: an SVG image named by its title and a summary of every
 * mark (the table behind "Show the figures" gives the same rows with their
 * sources). Empty when the step has none. `words`: the language to write it
 * in (./words.ts; English when absent): the step's own words (title, rows)
 * are the step's, already in its language.
 */
export function chartSvg(step: Step, words: ChartWords = {}): string {
	const layout = chartLayout(step, words);
	if (!layout || !step.chart) return '';
	const title = titleLines(step.chart.title)
		.map((t, i) => `<text x="0" y="${13 + i * TITLE_LINE}" font-size="${TITLE_FONT}" font-weight="700" fill="currentColor">${esc(t)}</text>`)
		.join('');
	const body = layout.kind === 'bars' ? barsSvg(layout) : layout.kind === 'dated' ? datedSvg(layout) : membershipSvg(layout);
	const label = `${step.chart.title}. ${layout.summary}`;
	return (
		`<svg viewBox="0 0 ${WIDTH} ${fmt(layout.height)}" width="100%" role="img" aria-label="${esc(label)}" font-size="${FONT}">` +
		`<title>${esc(step.chart.title)}</title>${title}${body}</svg>`
	);
}

/** The chart in its box, as the step text carries it ($lib/charts/index.ts writes the same). */
export function chartHtml(step: Step, words: ChartWords = {}): string {
	return step.chart ? `<div class="chart" data-chart="${step.chart.kind}">${chartSvg(step, words)}</div>` : '';
}
