import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * An axe scan of the page that reports its violations in full. Passing and inapplicable checks are
 * not gathered node by node (axe's `resultTypes`): on the story page, with its hundreds of text
 * nodes, writing a selector for every passing node took about a quarter of each scan. Every rule
 * still runs on every node, so a violation anywhere is still found.
 */
export const axeScan = (page: Page): AxeBuilder => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
