/**
 * Which key does what in presentation mode. Pure, so the mapping is tested
 * without a browser; the help dialog lists the same table.
 */
import '$lib/i18n/present';
import { tEn, type UiKey } from '$lib/i18n/ui';
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

/** Key caps written in words, by the message that names them in the page's language. */
export const KEY_NAMES: Readonly<Record<string, UiKey>> = { Space: 'present.keys.space', 'Shift+Space': 'present.keys.shiftSpace' };

/**
 * The key list shown in the help dialog: the same keys as actionForKey. `msg`
 * names what a key does in the interface's words (the dialog shows it in the
 * page's language); `does` is the English.
 */
const HELP: readonly { keys: readonly string[]; msg: UiKey }[] = [
	{ keys: ['→', '↓', 'Space', 'Page Down'], msg: 'present.keys.next' },
	{ keys: ['←', '↑', 'Shift+Space', 'Page Up'], msg: 'present.keys.prev' },
	{ keys: ['Home', 'End'], msg: 'present.keys.ends' },
	{ keys: ['1–9…', 'Enter'], msg: 'present.keys.number' },
	{ keys: ['F'], msg: 'present.keys.fullscreen' },
	{ keys: ['B', '.'], msg: 'present.keys.blackout' },
	{ keys: ['Esc'], msg: 'present.keys.escape' },
	{ keys: ['K', 'L'], msg: 'present.keys.legend' },
	{ keys: ['P'], msg: 'present.keys.presenter' },
	{ keys: ['?'], msg: 'present.keys.help' }
];
export const KEY_HELP: readonly { keys: readonly string[]; msg: UiKey; does: string }[] = HELP.map((r) => ({ ...r, does: tEn(r.msg) }));
