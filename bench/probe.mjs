// @ts-check
/**
 * What the benchmark watches from inside the page. `installProbe` is handed to
 * Playwright's addInitScript, so it runs before any of the page's scripts and
 * must stay self-contained (no imports, no outside variables).
 *
 * It keeps, on `window.__bench`:
 * - longTasks: 'longtask' entries; frames: 'long-animation-frame' entries with
 *   their scripts (file, function, char position), when this browser has them;
 * - rafs: every animation frame as [time, interval, map moving 0|1];
 * - activations: when `.scrolly`'s data-active-step was written, read from the
 *   write itself, because a MutationObserver reports only after the same flush
 *   has already started the camera;
 * - moves: the MapLibre instance's movestart / first move / moveend times.
 */
export function installProbe() {
	/** @type {any} */
	const w = window;
	const B = (w.__bench = {
		loafSupported: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'),
		longTasks: /** @type {any[]} */ ([]),
		frames: /** @type {any[]} */ ([]),
		rafs: /** @type {number[]} */ ([]),
		activations: /** @type {{ id: string, t: number }[]} */ ([]),
		moves: /** @type {{ type: string, t: number }[]} */ ([]),
		mapSeenAt: -1
	});
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) B.longTasks.push({ startTime: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	if (B.loafSupported)
		new PerformanceObserver((list) => {
			for (const e of /** @type {any[]} */ (list.getEntries()))
				B.frames.push({
					startTime: e.startTime,
					duration: e.duration,
					blockingDuration: e.blockingDuration,
					scripts: (e.scripts ?? []).map((/** @type {any} */ s) => ({
						startTime: s.startTime,
						duration: s.duration,
						sourceURL: s.sourceURL,
						sourceFunctionName: s.sourceFunctionName,
						sourceCharPosition: s.sourceCharPosition,
						invoker: s.invoker
					}))
				});
		}).observe({ type: 'long-animation-frame', buffered: true });

	const setAttribute = Element.prototype.setAttribute;
	Element.prototype.setAttribute = function (/** @type {string} */ name, /** @type {string} */ value) {
		if (name === 'data-active-step') B.activations.push({ id: String(value), t: performance.now() });
		return setAttribute.call(this, name, value);
	};

	/** @type {HTMLElement | null} */
	let host = null;
	let last = 0;
	let hooked = false;
	/** @param {number} t */
	const tick = (t) => {
		host ??= document.querySelector('[data-map]');
		const map = host && /** @type {any} */ (host).__map;
		if (map && !hooked) {
			hooked = true;
			B.mapSeenAt = performance.now();
			let firstMove = false;
			map.on('movestart', () => {
				firstMove = true;
				B.moves.push({ type: 'movestart', t: performance.now() });
			});
			map.on('move', () => {
				if (!firstMove) return;
				firstMove = false;
				B.moves.push({ type: 'move', t: performance.now() });
			});
			map.on('moveend', () => B.moves.push({ type: 'moveend', t: performance.now() }));
		}
		if (last) B.rafs.push(t, t - last, host?.dataset.moving === 'true' ? 1 : 0);
		last = t;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}
