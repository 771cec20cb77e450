/**
 * Where the chart code is not loaded (the browser, until a chart must be
 * drawn there), step text carries a placeholder for each chart and the table
 * as it stands; the chart module's own weight stays out of the page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from './dom';
import { story } from '../../data/story';
import { stepTextHtml } from '../../src/lib/story/html';
import { chartMarkup } from '../../src/lib/charts';
import type { Step } from '../../src/lib/story/types';

describe('a chart before its code has loaded', () => {
	it('is an empty placeholder naming its step, with the figures behind the disclosure as usual', () => {
		const s = story.steps.find((x) => x.id === 'death-toll') as Step;
		expect(chartMarkup(s)).toBe('<div class="chart" data-chart="bars" data-chart-step="death-toll"></div>');
		const doc = parseHTML(stepTextHtml(s, story.sources));
		expect(doc.querySelector('.chart[data-chart-step="death-toll"] svg')).toBeNull();
		expect(doc.querySelectorAll('details.chart-figures table.figures tbody tr').length).toBe(s.figures!.length);
		expect(chartMarkup(story.steps.find((x) => x.id === 'airlift') as Step)).toBe('');
	});

	it('is drawn by code that step text does not import: no d3 in the modules the page loads up front', () => {
		for (const file of ['src/lib/charts/index.ts', 'src/lib/charts/membership.ts', 'src/lib/story/html.ts'])
			expect(readFileSync(file, 'utf8'), file).not.toMatch(/from 'd3-|from '\.\/(svg|layout)'|charts\/(svg|layout)'/);
	});
});
