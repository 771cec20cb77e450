/**
 * One window's side of a talk: where it is (step and beat, over the shared
 * StepModel), what the keys, clicker and swipes do, and how it keeps in step
 * with the other window. The audience window plays beats on its map; the
 * presenter window follows the same places without a map.
 */
import type { Step } from '../../story/types';
import { StepModel } from '../stepModel.svelte';
import { beatsFor } from '../../map/legend';
import { actionForKey, shouldHandle, type PresentAction } from './keys';
import { swipeDirection } from '../input';
import { beatSpan, beatsAt, firstPosition, lastPosition, nextPosition, positionForNumber, prevPosition, type Position } from './beats';
import { parsePosition, serializePosition } from './url';
import { channelName, parseMessage, SyncChannel, SYNC_VERSION, type SyncMessage } from './sync';
import { BeatClock } from '../clock';
import { exitFullscreen, inFullscreen, toggleFullscreen } from './fullscreen';

export interface SessionOptions {
	steps: readonly Step[];
	/** Names the sync channel, so two stories open at once keep apart. */
	slug: string;
	/** Whether this window animates beats (the audience screen) or shows end states (the presenter's). */
	plays: boolean;
	/** Whether the reader asked for reduced motion; read at each click. */
	reduced: () => boolean;
	/** What P does; absent where P means nothing. */
	openPresenter?: () => void;
}

export class PresentSession {
	readonly model: StepModel;
	readonly counts: readonly number[];
	beat = $state(1);
	blackout = $state(false);
	helpOpen = $state(false);
	fullscreen = $state(false);
	/** Whether the map key shows over the map: hidden until asked for (K, L or the Key button), so the projected map is the map. */
	legend = $state(false);
	/** Set once the window has taken its place from the URL. */
	started = $state(false);
	/** A step number being typed, before Enter. */
	typed = $state('');
	beats = $derived.by(() => beatsAt(this.counts, this.model.index));
	position = $derived.by((): Position => ({ index: this.model.index, beat: this.beat }));
	hash = $derived.by(() => serializePosition(this.position, this.model.steps, this.counts));
	private clock = new BeatClock();
	private sync: SyncChannel | null = null;
	private opts: SessionOptions;

	constructor(opts: SessionOptions) {
		this.opts = opts;
		this.model = new StepModel(opts.steps);
		this.counts = opts.steps.map(beatsFor);
	}

	/** Go to a place: play its beat (a click on) or show its end state at once. */
	go(p: Position, animate: boolean, broadcast = true): void {
		this.clock.stop();
		const { from, to } = beatSpan(p.beat, beatsAt(this.counts, p.index));
		const play = animate && this.opts.plays && !this.opts.reduced();
		this.beat = p.beat;
		this.model.goTo(p.index, play ? from : to);
		if (play) this.clock.play(from, to, (v) => this.model.setProgress(v));
		if (broadcast) this.post(animate);
	}

	next(): void {
		const p = nextPosition(this.position, this.counts);
		if (p) this.go(p, true);
		else this.clock.stop(true);
	}

	prev(): void {
		const p = prevPosition(this.position, this.counts);
		if (p) this.go(p, false);
	}

	setBlackout(on: boolean): void {
		if (on === this.blackout) return;
		this.blackout = on;
		this.post(false);
	}

	run(a: PresentAction): void {
		if (a.kind !== 'digit' && a.kind !== 'backspace' && a.kind !== 'enter') this.typed = '';
		switch (a.kind) {
			case 'next':
				return this.next();
			case 'prev':
				return this.prev();
			case 'first':
				return this.go(firstPosition(), true);
			case 'last':
				return this.go(lastPosition(this.counts), false);
			case 'digit':
				if (this.typed.length < 3) this.typed += a.digit;
				return;
			case 'backspace':
				this.typed = this.typed.slice(0, -1);
				return;
			case 'enter': {
				const p = positionForNumber(this.typed, this.counts);
				this.typed = '';
				if (p) this.go(p, true);
				return;
			}
			case 'fullscreen':
				return toggleFullscreen();
			case 'blackout':
				return this.setBlackout(!this.blackout);
			case 'escape':
				if (this.blackout) this.setBlackout(false);
				else if (inFullscreen()) exitFullscreen();
				return;
			case 'help':
				this.helpOpen = !this.helpOpen;
				return;
			case 'legend':
				this.legend = !this.legend;
				return;
			case 'presenter':
				return this.opts.openPresenter?.();
		}
	}

	private post(animate: boolean): void {
		const step = this.model.step.id;
		this.sync?.post({ v: SYNC_VERSION, type: 'position', step, beat: this.beat, animate, blackout: this.blackout });
	}

	private adopt(m: SyncMessage): void {
		if (m.type === 'hello') return this.post(false);
		this.blackout = m.blackout;
		const index = this.model.indexOf(m.step);
		if (index !== this.model.index || m.beat !== this.beat) this.go({ index, beat: m.beat }, m.animate, false);
	}

	/** Take the place from the URL, then listen to keys, swipes, the URL and the other window. Returns a cleanup. */
	start(): () => void {
		const { steps } = this.model;
		this.go(parsePosition(location.hash, steps, this.counts), false, false);
		this.fullscreen = inFullscreen();
		this.sync = new SyncChannel(channelName(this.opts.slug), (d) => parseMessage(d, steps, this.counts), (m) => this.adopt(m));
		this.sync.post({ v: SYNC_VERSION, type: 'hello' });
		this.started = true;

		const onKey = (e: KeyboardEvent) => {
			if (e.defaultPrevented || e.isComposing || !shouldHandle(e, e.target as HTMLElement | null)) return;
			const action = actionForKey(e);
			if (!action) return;
			// While the key list is open it has the keys, except ? and Esc, which close it. Closing it
			// here rather than on the dialog's close event (a later task) means the very next key
			// press already moves the talk on.
			if (this.helpOpen) {
				if (action.kind !== 'help' && action.kind !== 'escape') return;
				e.preventDefault();
				this.helpOpen = false;
				return;
			}
			e.preventDefault();
			this.run(action);
		};
		let touch: { x: number; y: number } | null = null;
		const onTouchStart = (e: TouchEvent) => {
			const t = e.touches[0];
			touch = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
		};
		const onTouchEnd = (e: TouchEvent) => {
			const t = e.changedTouches[0];
			if (!touch || !t || this.helpOpen) return;
			const dir = swipeDirection(t.clientX - touch.x, t.clientY - touch.y);
			touch = null;
			if (dir) this.run({ kind: dir });
		};
		// Only an edited address fires this: the talk's own URL updates use replaceState.
		const onHash = () => this.go(parsePosition(location.hash, steps, this.counts), false);
		const onFullscreen = () => (this.fullscreen = inFullscreen());

		// A sideways swipe is the talk's, not the browser's back-and-forward gesture.
		const root = document.documentElement;
		const overscroll = root.style.overscrollBehaviorX;
		root.style.overscrollBehaviorX = 'none';

		window.addEventListener('keydown', onKey);
		window.addEventListener('touchstart', onTouchStart, { passive: true });
		window.addEventListener('touchend', onTouchEnd, { passive: true });
		window.addEventListener('hashchange', onHash);
		document.addEventListener('fullscreenchange', onFullscreen);
		return () => {
			window.removeEventListener('keydown', onKey);
			window.removeEventListener('touchstart', onTouchStart);
			window.removeEventListener('touchend', onTouchEnd);
			window.removeEventListener('hashchange', onHash);
			document.removeEventListener('fullscreenchange', onFullscreen);
			root.style.overscrollBehaviorX = overscroll;
			this.clock.stop();
			this.sync?.close();
			this.sync = null;
		};
	}
}

/**
 * Keeps the URL fragment on the session's place: one history entry for the
 * whole talk, each click replacing it. Call while a component initialises.
 *
 * This is the browser's replaceState, not SvelteKit's shallow-routing one:
 * that one fails if called before the router has finished hydrating, and the
 * first write happens then. The router's own history state is kept as it is.
 */
export function keepUrl(session: PresentSession): void {
	$effect(() => {
		const h = session.hash;
		if (session.started && location.hash !== h) history.replaceState(history.state, '', h);
	});
}
