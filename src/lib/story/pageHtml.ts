/**
 * The builders of the HTML that prerendered pages hold and the browser adopts
 * as it stands (./prerendered.ts): the story's step list, its source list and
 * the About sections. The browser never builds them, so the build gives its
 * bundle stubs instead (data/scripts/client-data.ts), and with them it leaves
 * out the code and data they read (the layer modules behind each card's key,
 * the source list).
 */
export { stepListHtml } from '$lib/scroll/cardHtml';
export { sourceListHtml } from './html';
export { aboutSectionsHtml } from './aboutHtml';
