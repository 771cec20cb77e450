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
import './charts.css';

type Draw = (step: Step) => string;

let draw: Draw | undefined;
let loading: Promise<void> | undefined;
/** Steps whose chart is waiting for the code, by id. */
const waiting = new Map<string, Step>();

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

/** The step's chart: drawn, or a placeholder drawn once the code has loaded. Empty when the step has none. */
export function chartMarkup(step: Step): string {
	if (!step.chart) return '';
	const open = `<div class="chart" data-chart="${step.chart.kind}"`;
	if (draw) return `${open}>${draw(step)}</div>`;
	waiting.set(step.id, step);
	if (typeof document !== 'undefined') void loadCharts().then(drawWaiting);
	return `${open} data-chart-step="${step.id}"></div>`;
}

/** Draw every placeholder in the document whose step is known. */
function drawWaiting(): void {
	for (const el of document.querySelectorAll<HTMLElement>('.chart[data-chart-step]')) {
		const step = waiting.get(el.dataset.chartStep ?? '');
		if (!step || !draw) continue;
		el.innerHTML = draw(step);
		el.removeAttribute('data-chart-step');
	}
}
