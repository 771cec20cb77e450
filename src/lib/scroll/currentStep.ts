/** Which card of the prerendered step list (./cardHtml.ts) is current: the one thing about the list that changes as the reader scrolls. */

/** Mark the step at `index` current among a list's items, and no other. */
export function markCurrentStep(list: HTMLElement, index: number): void {
	for (const li of list.querySelectorAll<HTMLElement>(':scope > li.step')) {
		const on = li.dataset.stepIndex === String(index);
		li.classList.toggle('active', on);
		if (on) li.setAttribute('aria-current', 'step');
		else li.removeAttribute('aria-current');
	}
}
