/**
 * A step's chart, where step text is built ($lib/story/html.ts).
 *
 * The chart code (its scales and lines, from d3) would weigh more than the
 * story's first screen can spare, and the prerendered page already carries
 * every chart, drawn on the server (src/hooks.server.ts provides the code
 * there). So the browser loads it only when it must draw a chart itself (an
 * embed, a slide, a page built after navigation): until then the chart is an
 * empty placeholder, drawn in place as soon as the code has loaded.
 */
import type { Step } from '../story/types';
import type { ChartWords } from './words';
import './charts.css';

type Draw = (step: Step, words?: ChartWords) => string;

let draw: Draw | undefined;
let loading: Promise<void> | undefined;
/** Steps whose chart is waiting for the code, by id, with the words to draw it in. */
const waiting = new Map<string, { step: Step; words: ChartWords }>();

/** Draw charts with this from now on (the server, at start; tests). */
export function provideCharts(d: Draw): void {
	draw = d;
}

/** Load the chart code, once. */
export function loadCharts(): Promise<void> {
	loading ??= import('./svg').then((m) => {
		draw ??= m.chartSvg;
	});
	return loading;
}

/**
 * The step's chart: drawn, or a placeholder drawn once the code has loaded.
 * Empty when the step has none. `words`: the page's language (./words.ts);
 * English when absent.
 */
export function chartMarkup(step: Step, words: ChartWords = {}): string {
	if (!step.chart) return '';
	const open = `<div class="chart" data-chart="${step.chart.kind}"`;
	if (draw) return `${open}>${draw(step, words)}</div>`;
	waiting.set(step.id, { step, words });
	if (typeof document !== 'undefined') void loadCharts().then(drawWaiting);
	return `${open} data-chart-step="${step.id}"></div>`;
}

/** Draw every placeholder in the document whose step is known. */
function drawWaiting(): void {
	for (const el of document.querySelectorAll<HTMLElement>('.chart[data-chart-step]')) {
		const w = waiting.get(el.dataset.chartStep ?? '');
		if (!w || !draw) continue;
		el.innerHTML = draw(w.step, w.words);
		el.removeAttribute('data-chart-step');
	}
}
