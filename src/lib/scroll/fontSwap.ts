/**
 * A link to a step scrolls far down the page, often before the page font has
 * arrived. When it swaps in, every card above the step rewraps a little, and
 * together they push the step the reader came for down the screen: about 30
 * px, a layout shift of 0.3 on a phone with the font 1.5 s late. Scroll
 * anchoring does not catch it under the sticky map.
 *
 * So, until the fonts are in, the cards above the step keep the heights they
 * have, and are hidden (they lie above the screen or under the map, where the
 * reader does not see them, but a layout-shift count would still see them
 * move). Then they let go and show, and in the same frame the page scrolls by
 * however far that moved the step being read, which stays where the reader saw
 * it: nothing the reader can see has moved.
 */
export function holdPlaceThroughFontSwap(list: HTMLElement, targetId: string, current: () => HTMLElement | null): void {
	if (typeof document.fonts?.ready?.then !== 'function' || document.fonts.status === 'loaded') return;
	const target = document.getElementById(targetId);
	if (!target || target.parentElement !== list) return;
	const held: HTMLElement[] = [];
	for (const child of Array.from(list.children) as HTMLElement[]) {
		if (child === target) break;
		held.push(child);
	}
	// Read every height first, then set them: one layout, not one per card.
	const heights = held.map((el) => el.getBoundingClientRect().height);
	held.forEach((el, i) => {
		el.style.height = `${heights[i]}px`;
		el.style.overflow = 'hidden';
		el.style.visibility = 'hidden';
	});
	void document.fonts.ready.then(() =>
		requestAnimationFrame(() => {
			// Keep the step on screen now in place, unless the reader has scrolled up into the held cards.
			const anchor = current();
			const keep = anchor && !held.includes(anchor) ? anchor : null;
			const before = keep?.getBoundingClientRect().top ?? 0;
			for (const el of held) {
				el.style.height = '';
				el.style.overflow = '';
				el.style.visibility = '';
			}
			if (!keep) return;
			const moved = keep.getBoundingClientRect().top - before;
			if (Math.abs(moved) >= 0.5) window.scrollBy({ top: moved, behavior: 'instant' });
		})
	);
}
