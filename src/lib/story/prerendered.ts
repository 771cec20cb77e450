/**
 * Static story text that the prerendered page already holds.
 *
 * The story page's cards and source list are {@html} strings built from the
 * story data. When the browser takes over (hydrates) the prerendered page,
 * Svelte keeps the server's nodes for an {@html} block and ignores the value
 * the client computes (its `hydration_html_changed` warning says so), so
 * building those strings again on a phone's main thread is wasted work: it was
 * most of the script the story page ran while hydrating. While the first page hydrates,
 * `prerenderedHtml` hands back a placeholder instead; on any later render (a
 * client-side navigation) it builds the real string. In development it always
 * builds it, so the hydration check still runs there.
 */
import { browser, dev } from '$app/environment';

let started = false;

/** Called by the root layout once the first page has hydrated. */
export function markStarted(): void {
	started = true;
}

/**
 * Not empty: an empty value would make Svelte skip the block's nodes wrongly
 * during hydration, and any other value makes it adopt them as they are.
 */
const KEEP = ' ';

/** The HTML for a static {@html} block, built only when the page does not already hold it. */
export function prerenderedHtml(build: () => string): string {
	return browser && !dev && !started ? KEEP : build();
}
