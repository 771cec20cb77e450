/**
 * Static story text that the prerendered page already holds.
 *
 * The story page's cards, its source list and the About sections are {@html}
 * strings built from the story data (./pageHtml.ts). When the browser takes
 * over (hydrates) the prerendered page, Svelte keeps the server's nodes for an
 * {@html} block and ignores the value the client computes, so building those
 * strings again in the browser is wasted work, and it would need the code and
 * data behind them. In a built page `prerenderedHtml` hands back a placeholder
 * instead; links load whole pages (`data-sveltekit-reload` in src/app.html), so
 * no page is ever drawn from scratch in the browser. In development it builds
 * the string, so Svelte's hydration check still runs there.
 */
import { browser, dev } from '$app/environment';

/**
 * Not empty: an empty value would make Svelte skip the block's nodes wrongly
 * during hydration, and any other value makes it adopt them as they are.
 */
const KEEP = ' ';

/** The HTML for a static {@html} block, built only where the page does not already hold it. */
export function prerenderedHtml(build: () => string): string {
	return browser && !dev ? KEEP : build();
}
