/**
 * What lies over the map: the key, the date readout, a presentation panel.
 * Anything a page puts over the map carries `data-map-overlay`; the camera
 * keeps the step's region clear of it by padding that side of the map.
 */
import { NO_PADDING, type Padding } from './camera';

/** No side gives up more than this share of the map to one overlay. */
const MAX_SHARE = 0.5;
const GAP = 8;

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The padding that keeps a map's content clear of the overlays on it: each
 * overlay pushes in the one side it costs least to give up (a key in the
 * bottom-left corner of a wide map pushes up the bottom; of a tall one, the left).
 */
export function paddingFor(map: Box, overlays: readonly Box[]): Padding {
	const pad: Padding = { ...NO_PADDING };
	const w = map.right - map.left;
	const h = map.bottom - map.top;
	for (const o of overlays) {
		const l = Math.max(o.left, map.left), r = Math.min(o.right, map.right);
		const t = Math.max(o.top, map.top), b = Math.min(o.bottom, map.bottom);
		if (r - l <= 1 || b - t <= 1) continue;
		// The area each side would give up, as a share of the map.
		const sides: Array<[keyof Padding, number, number]> = [
			['top', b - map.top + GAP, (b - map.top) / h],
			['bottom', map.bottom - t + GAP, (map.bottom - t) / h],
			['left', r - map.left + GAP, (r - map.left) / w],
			['right', map.right - l + GAP, (map.right - l) / w]
		];
		sides.sort((x, y) => x[2] - y[2]);
		const [side, px] = sides[0]!;
		const limit = (side === 'top' || side === 'bottom' ? h : w) * MAX_SHARE;
		pad[side] = Math.max(pad[side], Math.min(px, limit));
	}
	return { top: Math.round(pad.top), right: Math.round(pad.right), bottom: Math.round(pad.bottom), left: Math.round(pad.left) };
}

/** Padding for the map in `container`, from the visible overlays on the page. */
export function overlayPadding(container: HTMLElement): Padding {
	const boxes: Box[] = [];
	for (const el of document.querySelectorAll<HTMLElement>('[data-map-overlay]')) {
		if (!el.isConnected || el.closest('[hidden]')) continue;
		const style = getComputedStyle(el);
		if (style.display === 'none' || style.visibility === 'hidden') continue;
		const r = el.getBoundingClientRect();
		if (r.width > 0 && r.height > 0) boxes.push(r);
	}
	return paddingFor(container.getBoundingClientRect(), boxes);
}
