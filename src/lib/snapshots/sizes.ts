/**
 * The shapes of the snapshot pictures. Kept apart from ./key.ts,
 * which hashes every map record: pages that only show a picture must not pay
 * for that hashing when they start.
 */

/**
 * The two shapes each step is drawn in: wide for desktops, print and link
 * previews; phone for the map in the top part of a phone's screen (about 390×350).
 */
export const SNAPSHOT_SIZES = {
	wide: { width: 1200, height: 630 },
	phone: { width: 640, height: 560 }
} as const;
export type SnapshotSize = keyof typeof SNAPSHOT_SIZES;
