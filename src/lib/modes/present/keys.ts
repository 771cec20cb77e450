/**
 * Which key does what in presentation mode. Pure, so the mapping is tested
 * without a browser; the help dialog lists the same table.
 */
import { isTextEntry, type FocusTarget } from '../input';

export type PresentAction =
	| { kind: 'next' }
	| { kind: 'prev' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'digit'; digit: string }
	| { kind: 'backspace' }
	| { kind: 'enter' }
	| { kind: 'fullscreen' }
	| { kind: 'blackout' }
	| { kind: 'escape' }
	| { kind: 'help' }
	| { kind: 'legend' }
	| { kind: 'presenter' };

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function actionForKey(e: KeyInput): PresentAction | null {
	// Leave the browser's and the system's shortcuts (Ctrl+F, Cmd+R, Alt+←) alone.
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	const k = e.key;
	// Shift+Space goes back, as in slideware and in page scrolling.
	if ((k === ' ' || k === 'Spacebar') && e.shiftKey) return { kind: 'prev' };
	if (NEXT.has(k)) return { kind: 'next' };
	if (PREV.has(k)) return { kind: 'prev' };
	if (/^[0-9]$/.test(k)) return { kind: 'digit', digit: k };
	switch (k) {
		case 'Home':
			return { kind: 'first' };
		case 'End':
			return { kind: 'last' };
		case 'Enter':
			return { kind: 'enter' };
		case 'Backspace':
			return { kind: 'backspace' };
		case 'f':
		case 'F':
			return { kind: 'fullscreen' };
		case 'b':
		case 'B':
		case '.':
			return { kind: 'blackout' };
		case 'Escape':
		case 'Esc':
			return { kind: 'escape' };
		case '?':
			return { kind: 'help' };
		case 'k':
		case 'K':
		case 'l':
		case 'L':
			return { kind: 'legend' };
		case 'p':
		case 'P':
			return { kind: 'presenter' };
		default:
			return null;
	}
}

/** True where Space or Enter should press the focused control rather than move the talk on. */
export function pressesControl(key: string, t: FocusTarget | null | undefined): boolean {
	if (key !== ' ' && key !== 'Enter') return false;
	if (!t?.tagName) return false;
	const tag = t.tagName.toUpperCase();
	if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return true;
	return t.getAttribute?.('role') === 'button';
}

/** Whether a keydown should drive the talk at all. */
export function shouldHandle(e: KeyInput, target: FocusTarget | null | undefined): boolean {
	return !isTextEntry(target) && !pressesControl(e.key, target);
}

/** The key list shown in the help dialog: the same keys as actionForKey. */
export const KEY_HELP: readonly { keys: readonly string[]; does: string }[] = [
	{ keys: ['→', '↓', 'Space', 'Page Down'], does: 'Next beat or step (clickers send Page Down)' },
	{ keys: ['←', '↑', 'Shift+Space', 'Page Up'], does: 'Previous beat or step (clickers send Page Up)' },
	{ keys: ['Home', 'End'], does: 'First step, last step' },
	{ keys: ['1–9…', 'Enter'], does: 'Type a step number, then Enter to go there' },
	{ keys: ['F'], does: 'Full screen on or off' },
	{ keys: ['B', '.'], does: 'Black out the screen, and back' },
	{ keys: ['Esc'], does: 'Leave blackout or full screen' },
	{ keys: ['K', 'L'], does: 'Show or hide the map key (hidden until asked for)' },
	{ keys: ['P'], does: 'Open the presenter view in a second window' },
	{ keys: ['?'], does: 'Show or hide this list' }
];
