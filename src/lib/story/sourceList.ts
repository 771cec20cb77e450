/**
 * The story page's source list comes after its first screen.
 *
 * The list is long (every source with its headline, date, address and note):
 * on a Russian or Ukrainian page it was about a tenth of the first screen's
 * bytes, and nobody reads it before they have scrolled. The notes of the About
 * section just above it (how the map is drawn, what its dates mean) come with
 * it, for the same reason. So the prerendered
 * story page holds the section's heading and a link to the About page, which
 * holds the whole list (the list's home without JavaScript, and what every
 * citation links to); the page fetches the same entries, prerendered, from
 * `sources.json` in its language, into its own list. This module, like the
 * list, loads on the reader's first scroll, key or touch, on a followed link
 * to the list, before printing, or when the page opens at the list
 * ($components/Sources.svelte, which holds those listeners); it then fetches
 * the list when the browser is idle, or at once for a link or for paper (the
 * handout button waits for it).
 *
 * A followed citation then jumps to the entry on this page, as an in-page
 * link does (a history entry; Back returns to the step). If the list cannot
 * be fetched, the link goes where it says: the About page's entry.
 */
import { SOURCE_LIST_HASH } from './sourceHash';

export interface SourceListOptions {
	/** The (empty) list the entries go into. */
	list: HTMLOListElement;
	/** The entries' address (`…/sources.json` in the page's language: `{ html, notes }`). */
	url: string;
	/** The About page's address, which holds the list without JavaScript. */
	about: string;
	/** Called when the entries are in. */
	onListed?: () => void;
}

let current: SourceList | null = null;

/** Resolves when the page's source list is in (at once where no list is waiting); false if it could not be fetched. */
export function sourcesListed(): Promise<boolean> {
	return current ? current.load() : Promise.resolve(true);
}

export class SourceList {
	#o: SourceListOptions;
	#loading: Promise<boolean> | null = null;
	#stops: (() => void)[] = [];

	constructor(o: SourceListOptions) {
		this.#o = o;
	}

	/** Fetches the entries once; a failed fetch may be tried again. */
	load(): Promise<boolean> {
		this.#loading ??= fetch(this.#o.url)
			.then((r) => {
				if (!r.ok) throw new Error(`${this.#o.url}: ${r.status}`);
				return r.json() as Promise<{ html: string; notes: string }>;
			})
			.then(({ html, notes }) => {
				// Our own prerendered markup, escaped where it was built ($lib/story/html.ts, aboutHtml.ts).
				this.#o.list.innerHTML = html;
				// The About section's notes, where the page has them waiting ($components/AboutStory.svelte).
				const waiting = document.querySelector<HTMLElement>('[data-deferred-notes]');
				if (waiting) waiting.innerHTML = notes;
				this.#o.onListed?.();
				return true;
			})
			.catch(() => {
				this.#loading = null;
				return false;
			});
		return this.#loading;
	}

	/**
	 * Goes to the list or an entry once the list is in, by following an in-page
	 * link to it, just as the reader's own click on one would go (the router
	 * keeps the step's place for Back); to `fallback` if the list cannot be fetched.
	 */
	async jump(hash: string, fallback: string): Promise<void> {
		if (!(await this.load())) {
			location.href = fallback;
			return;
		}
		const link = document.createElement('a');
		link.href = hash;
		link.hidden = true;
		this.#o.list.after(link);
		link.click();
		link.remove();
	}

	/** Starts: goes to the entry the address names, or fetches the list when the browser is idle. */
	start(): this {
		current = this;
		if (SOURCE_LIST_HASH.test(location.hash)) void this.jump(location.hash, new URL(`${this.#o.about}${location.hash}`, location.href).href);
		else if (window.requestIdleCallback) {
			const idle = window.requestIdleCallback(() => void this.load(), { timeout: 3000 });
			this.#stops.push(() => window.cancelIdleCallback(idle));
		} else void this.load();
		return this;
	}

	stop(): void {
		for (const stop of this.#stops.splice(0)) stop();
		if (current === this) current = null;
	}
}
