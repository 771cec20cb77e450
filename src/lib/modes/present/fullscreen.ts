/** Full screen for the whole page, where the browser allows it; a refusal is not an error for the talk. */

export function inFullscreen(): boolean {
	return !!document.fullscreenElement;
}

export function exitFullscreen(): void {
	if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

export function toggleFullscreen(): void {
	if (document.fullscreenElement) return exitFullscreen();
	// Some browsers (iPhone Safari) have no fullscreen API for pages.
	document.documentElement.requestFullscreen?.().catch(() => {});
}
