/**
 * The server draws every step chart into the pages it prerenders, so they are
 * in the static HTML (without JavaScript, on paper); the browser loads the
 * chart code only when it draws one itself (see $lib/charts/index.ts).
 */
import { provideCharts } from '$lib/charts';
import { chartSvg } from '$lib/charts/svg';

provideCharts(chartSvg);
