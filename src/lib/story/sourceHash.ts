/**
 * Links to the story's source list, told apart on the story page's first
 * screen (the list's own code comes later: ./sourceList.ts).
 */

/** Fragments that name the source list (`#sources-title`) or one of its entries (`#source-<id>`). */
export const SOURCE_LIST_HASH = /^#(?:source-[\w.-]+|sources-title)$/;

/** A page's path without the `.html` a static host may show. */
const pageOf = (path: string) => path.replace(/\.html$/, '');

/**
 * The link a click follows to the source list, when this page must answer it
 * itself: a plain click, opening in this tab, on a link to the About page's
 * list (`about`, its address), or to an entry of this page's list that is not
 * in yet. Null otherwise (an in-page link to what is there is the browser's
 * to follow).
 */
export function listLink(e: MouseEvent, about: string): HTMLAnchorElement | null {
	if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
	const a = e.target instanceof Element ? e.target.closest('a') : null;
	if (!a || (a.target && a.target !== '_self') || !SOURCE_LIST_HASH.test(a.hash) || a.origin !== location.origin) return null;
	const path = pageOf(a.pathname);
	if (path === pageOf(location.pathname)) return document.getElementById(decodeURIComponent(a.hash.slice(1))) ? null : a;
	return path === pageOf(new URL(about, location.href).pathname) ? a : null;
}
