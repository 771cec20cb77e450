/**
 * Reading what a reader's keys and fingers mean, for every mode that steps on
 * them (presentation, embeds). Pure, so the rules are tested without a browser.
 */

/** The parts of an element the focus checks read. */
export interface FocusTarget {
	tagName?: string;
	type?: string;
	isContentEditable?: boolean;
	getAttribute?(name: string): string | null;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'reset', 'submit']);

/** True where typing belongs to a field: text inputs, text areas, selects, editable content. */
export function isTextEntry(t: FocusTarget | null | undefined): boolean {
	if (!t?.tagName) return false;
	if (t.isContentEditable) return true;
	const tag = t.tagName.toUpperCase();
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((t.type ?? 'text').toLowerCase());
	return false;
}

/** A finger must travel this far, mostly sideways, to count as a swipe. */
export const SWIPE_MIN_PX = 48;

/**
 * 'next' for a swipe to the left (it pulls the next step in from the right),
 * 'prev' to the right, null for taps, short drags and mostly vertical drags
 * (those scroll the page).
 */
export function swipeDirection(dx: number, dy: number, min = SWIPE_MIN_PX): 'next' | 'prev' | null {
	if (Math.abs(dx) < min || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 'next' : 'prev';
}
