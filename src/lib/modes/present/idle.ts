/**
 * The presentation's control bar steps out of the way when nobody is using
 * it: hidden once the pointer has been still for a while, shown again on a
 * pointer move, a key press or focus, and never hidden while the focus is in
 * it (a keyboard user must always see what they are on). Timers are passed in,
 * so the rules are unit-tested without waiting.
 */

/** How long the pointer must be still before the bar hides. */
export const IDLE_MS = 2500;

export interface Timers {
	set(cb: () => void, ms: number): number;
	clear(id: number): void;
}

const browserTimers: Timers = {
	set: (cb, ms) => window.setTimeout(cb, ms),
	clear: (id) => window.clearTimeout(id)
};

export class IdleBar {
	private timer = 0;
	private focused = false;

	/**
	 * @param onChange called with true to show the bar, false to hide it
	 */
	constructor(
		private onChange: (shown: boolean) => void,
		private timers: Timers = browserTimers,
		private ms = IDLE_MS
	) {}

	/** The pointer moved or a key was pressed: show the bar, and hide it again after a still spell. */
	wake(): void {
		this.onChange(true);
		this.timers.clear(this.timer);
		this.timer = this.focused ? 0 : this.timers.set(() => this.sleep(), this.ms);
	}

	/** The focus went into the bar (true) or left it (false). */
	focus(inside: boolean): void {
		this.focused = inside;
		if (inside) {
			this.timers.clear(this.timer);
			this.timer = 0;
			this.onChange(true);
		} else this.wake();
	}

	private sleep(): void {
		this.timer = 0;
		if (!this.focused) this.onChange(false);
	}

	stop(): void {
		this.timers.clear(this.timer);
		this.timer = 0;
	}
}
