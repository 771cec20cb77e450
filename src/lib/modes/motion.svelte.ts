/**
 * Reduced motion: the OS setting, overridden by the in-page toggle, which is
 * remembered. With it on, the camera jumps and layers show their end state.
 */
const KEY = 'explainer:motion';

export class MotionPreference {
	system = $state(false);
	/** The reader's choice on the page, or null to follow the system. */
	choice = $state<'reduce' | 'full' | null>(null);
	reduced = $derived(this.choice === null ? this.system : this.choice === 'reduce');

	/** Start following the OS setting and the stored choice; returns a cleanup function. */
	start(): () => void {
		const mq = window.matchMedia('(prefers-reduced-motion: reduce)');
		this.system = mq.matches;
		try {
			const stored = localStorage.getItem(KEY);
			this.choice = stored === 'reduce' || stored === 'full' ? stored : null;
		} catch {
			this.choice = null;
		}
		const onChange = (e: MediaQueryListEvent) => (this.system = e.matches);
		mq.addEventListener('change', onChange);
		return () => mq.removeEventListener('change', onChange);
	}

	set(reduced: boolean): void {
		this.choice = reduced ? 'reduce' : 'full';
		try {
			localStorage.setItem(KEY, this.choice);
		} catch {
			// Private modes may refuse storage; the choice still holds for this visit.
		}
	}
}
