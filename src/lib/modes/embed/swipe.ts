/**
 * Horizontal swipes step through an embed on touch screens. The element keeps
 * `touch-action: pan-y`, so vertical swipes still scroll the host page.
 */
import type { Attachment } from 'svelte/attachments';
import { swipeDirection } from '../input';

export function swipe(onSwipe: (direction: 'next' | 'prev') => void): Attachment<HTMLElement> {
	return (el) => {
		let start: { id: number; x: number; y: number } | null = null;
		const down = (e: PointerEvent) => {
			if (e.pointerType === 'mouse' || !e.isPrimary) return;
			start = { id: e.pointerId, x: e.clientX, y: e.clientY };
		};
		const up = (e: PointerEvent) => {
			if (!start || e.pointerId !== start.id) return;
			const direction = swipeDirection(e.clientX - start.x, e.clientY - start.y);
			start = null;
			if (direction) onSwipe(direction);
		};
		// The browser took the gesture for a scroll.
		const cancel = () => (start = null);
		el.addEventListener('pointerdown', down);
		el.addEventListener('pointerup', up);
		el.addEventListener('pointercancel', cancel);
		return () => {
			el.removeEventListener('pointerdown', down);
			el.removeEventListener('pointerup', up);
			el.removeEventListener('pointercancel', cancel);
		};
	};
}
