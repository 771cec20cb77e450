/**
 * Drives one MapLibre map from the step model: camera as data, layers as
 * modules. Loaded lazily (with maplibre-gl) so the story's text paints first.
 *
 * The container carries what a reader would notice as data attributes
 * (data-camera, data-layers, data-moving), kept current from the real map so
 * tests read the live state rather than a mock.
 */
import { Map as MaplibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { decodeGeo, loadGeo, type Geo } from './geodata';
import { countriesUrl, takeWarmTopology } from './warm';
import { Slicer, nextTurn } from './turn';
import type { LayerUse, LngLat, Step } from '../story/types';
import { fitBounds, flightMs, roundCamera, sameView, viewBounds, type View } from './camera';
import { wantsDetail } from './detail';
import type { GeoJSONSource } from 'maplibre-gl';
import { overlayPadding } from './overlays';
import { layerModule, layerOrder } from './layers/registry';
import { restack, stackOrder } from './layers/stack';
import { mark } from './marks';
import type { MapWords } from './words';
import type { LayerEnv, LayerModule } from './layers/types';
import type { ThemeName } from './palette';
import { buildStyle } from './style';
import { PROJECTOR_SCALE, scaleStyle, StrongColours } from './projector';

export class MapStartError extends Error {
	constructor(
		message: string,
		public reason: 'webgl' | 'geodata' | 'timeout' | 'map'
	) {
		super(message);
		this.name = 'MapStartError';
	}
}

const noWebGL = () => new MapStartError('This browser cannot draw the live map (no WebGL2).', 'webgl');

export function hasWebGL2(): boolean {
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}

/**
 * The countries: fetched while the page sat idle (./warm.ts), if they came; else fetched now.
 * Either way no longer than the map's time to start.
 */
async function countries(assets: string, signal: AbortSignal): Promise<Geo> {
	const warm = takeWarmTopology(assets);
	if (warm) {
		try {
			return await decodeGeo(await untilAborted(warm, signal));
		} catch (e) {
			if (signal.aborted) throw e;
			// The early fetch failed (the network dropped while the page sat idle): try once more.
		}
	}
	return untilAborted(loadGeo(countriesUrl(assets), { signal }), signal);
}

function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
	return new Promise((resolve, reject) => {
		if (signal.aborted) return reject(signal.reason);
		signal.addEventListener('abort', () => reject(signal.reason), { once: true });
		p.then(resolve, reject);
	});
}

export interface ControllerOptions {
	container: HTMLElement;
	step: Step;
	progress: number;
	reducedMotion: boolean;
	/** Show the given progress even with reduced motion (presentation beats). */
	honourProgress?: boolean;
	theme: ThemeName;
	/** Absolute URL of the static assets folder, without a trailing slash. */
	assets: string;
	/** Draw for a projector: larger text and lines, stronger fills (presentation mode). */
	projector?: boolean;
	/** Give up on the geodata and fonts after this long. */
	timeoutMs?: number;
	/** The words the map draws, in the page's language (./words.ts); English when absent. */
	words?: MapWords;
}

function envOf(opts: ControllerOptions): LayerEnv {
	return { assets: opts.assets, reducedMotion: opts.reducedMotion, theme: opts.theme, scale: opts.projector ? PROJECTOR_SCALE : 1, strong: !!opts.projector, ...(opts.words ? { words: opts.words } : {}) };
}

/**
 * The labels are drawn in the page's own Noto Sans (FONT_REGULAR in
 * layers/util.ts), and a letter drawn before its face has loaded stays in the
 * fallback face for as long as the map lives. So load, in both weights, the
 * faces the labels' letters need (the Cyrillic one for Russian and Ukrainian
 * labels, which a page without Russian text would not have asked for), but
 * wait no longer than a few seconds: a face that never comes must not keep the
 * map from starting.
 */
function labelFonts(words: MapWords | undefined, timeoutMs: number): Promise<unknown> {
	if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
	const letters = `Aa0${words?.letters ?? ''}`;
	const load = Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 16px 'Noto Sans'`, letters))).catch(() => undefined);
	return Promise.race([load, new Promise((r) => setTimeout(r, Math.min(3000, timeoutMs / 5)))]);
}

export class MapController {
	readonly map: MaplibreMap;
	/** The countries the map draws, for the locator inset. */
	readonly countries: FeatureCollection;
	private env: LayerEnv;
	private step: Step;
	private progress: number;
	/** Modules whose style layers are in the map (their data may still be on its way). */
	private mounted = new Set<string>();
	/** Each module's mounting, once started; settles when its data is in (or has failed). */
	private mounting = new Map<string, Promise<void>>();
	/** The style layers' ids, bottom first, as mounting every module in order stacks them (./layers/stack.ts). */
	private stack: readonly string[] = [];
	private frame = 0;
	private loop = 0;
	/** When the current step's ambient motion started counting (performance.now()); it runs for a few cycles, then rests. */
	private ambientStart = performance.now();
	/** The current step's ambient motion has played out: nothing draws again until the step changes. */
	private ambientDone = false;
	private onScreen = true;
	private observer: IntersectionObserver;
	private disposed = false;
	private honourProgress: boolean;
	private overlays: ResizeObserver;
	private watched = new Set<Element>();
	private strong: StrongColours | null = null;
	private coarse: Geo;
	private detail: Promise<Geo | null> | null = null;
	private showing: 'coarse' | 'detail' = 'coarse';
	private geoTimer = 0;
	/** What the layers were last shown for (applyLayers). */
	private applied: { step: Step; p: number; env: LayerEnv; mounted: string } | null = null;

	static async create(opts: ControllerOptions): Promise<MapController> {
		// A browser without WebGL2 at all stops here. One that has it but cannot make a context (a
		// blocklisted GPU, 3D switched off) is found when the map makes its own: a probe context
		// made first would cost every reader the making of one more (tens of ms with software WebGL).
		if (typeof WebGL2RenderingContext === 'undefined') throw noWebGL();
		setWorkerUrl(workerUrl);
		// The layers' own data (the occupied areas) comes with the countries, not after the map is made.
		for (const name of layerOrder) layerModule(name)?.prefetch?.(envOf(opts));
		// Start MapLibre's worker now, so its script loads and starts while the geodata comes and
		// is decoded, not after: the map is made only once the countries are ready.
		prewarm();
		const fonts = labelFonts(opts.words, opts.timeoutMs ?? 15000);
		const ctrl = new AbortController();
		const timer = setTimeout(() => ctrl.abort(), opts.timeoutMs ?? 15000);
		let geo: Geo;
		try {
			geo = await countries(opts.assets, ctrl.signal);
		} catch (e) {
			if (ctrl.signal.aborted) throw new MapStartError('The map’s geodata took too long to load.', 'timeout');
			throw new MapStartError(`The map’s geodata could not be loaded${e instanceof Error ? ` (${e.message})` : ''}.`, 'geodata');
		} finally {
			clearTimeout(timer);
		}
		mark('geodata');
		await fonts;
		// Decoding the geodata and making the map are each a long piece of work on a phone:
		// give the page a turn between them, so neither holds up the reader's scrolling for both.
		await nextTurn();
		let c: MapController;
		try {
			c = new MapController(opts, geo, geo.box);
		} catch (e) {
			if (!hasWebGL2()) throw noWebGL();
			throw new MapStartError(`The map could not start: ${(e as Error).message}`, 'map');
		}
		mark('made');
		await c.ready(opts.timeoutMs ?? 15000);
		return c;
	}

	private constructor(opts: ControllerOptions, geo: Geo, private within?: [LngLat, LngLat]) {
		this.countries = geo.countries;
		this.coarse = geo;
		this.step = opts.step;
		this.progress = opts.progress;
		this.honourProgress = opts.honourProgress ?? false;
		this.env = envOf(opts);
		if (opts.projector) this.strong = new StrongColours();
		const { clientWidth: w, clientHeight: h } = opts.container;
		const cam = fitBounds(opts.step.camera, w, h, overlayPadding(opts.container), within);
		if (within) opts.container.dataset.within = JSON.stringify(within);
		const style = buildStyle({ countries: geo.countries, borders: geo.borders, coast: geo.coast, theme: opts.theme });
		// Worked out while the map draws its basemap, not after.
		this.stack = stackOrder(style.layers, layerOrder.map((n) => layerModule(n) as LayerModule), this.env);
		this.map = new MaplibreMap({
			container: opts.container,
			style,
			center: cam.center,
			zoom: cam.zoom,
			bearing: cam.bearing,
			pitch: cam.pitch,
			interactive: false,
			attributionControl: false,
			renderWorldCopies: false,
			fadeDuration: opts.reducedMotion ? 0 : 200,
			// Past 2× the extra pixels cost mid-range phones frames without a visible gain.
			pixelRatio: Math.min(window.devicePixelRatio || 1, 2),
			maxPitch: 85
		});
		const canvas = this.map.getCanvas();
		canvas.removeAttribute('tabindex');
		canvas.setAttribute('aria-hidden', 'true');
		(opts.container as HTMLElement & { __map?: MaplibreMap }).__map = this.map;
		this.map.on('moveend', () => {
			this.writeCamera();
			void this.syncDetail();
			// An overlay may have changed size while the camera flew: land in the clear part.
			this.refit();
		});
		this.map.on('movestart', () => (this.container.dataset.moving = 'true'));
		this.map.on('resize', () => this.refit());
		this.observer = new IntersectionObserver((entries) => {
			this.onScreen = entries.some((e) => e.isIntersecting);
			this.syncLoop();
		});
		this.observer.observe(opts.container);
		document.addEventListener('visibilitychange', this.syncLoop);
		// The key and readout change size from step to step: keep the step's region clear of them.
		this.overlays = new ResizeObserver(() => this.refit());
		this.watchOverlays();
	}

	private get container(): HTMLElement {
		return this.map.getContainer();
	}

	/**
	 * Resolves once the basemap is drawn and the step's layers are added and shown. Only the
	 * modules the step shows are mounted then; every other module is mounted when a step first
	 * shows it (setStep), as the camera sets off and the map draws anyway. Mounting them in idle
	 * time instead would make a still map draw again, for layers no one sees yet. (Mounting before
	 * the basemap's first frame, on 'style.load', was slower: that frame then waits for the
	 * labels' fonts too.)
	 */
	private ready(timeoutMs: number): Promise<void> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new MapStartError('The map took too long to start.', 'timeout')), timeoutMs);
			this.map.once('error', (e) => {
				if (this.map.loaded()) return;
				clearTimeout(timer);
				reject(new MapStartError(`The map could not start: ${e.error?.message ?? 'unknown error'}`, 'map'));
			});
			this.map.once('load', async () => {
				clearTimeout(timer);
				mark('loaded');
				try {
					// The step's own modules in one go: a turn given between them costs the page a whole frame
					// of the map drawn in between. A projector's sizes are scaled once over the whole style:
					// there every module comes at once, in slices.
					if (this.env.scale === 1) await Promise.all(this.needs(this.step).map((n) => this.mount(n)));
					else await this.mountSliced(layerOrder);
					mark('layers');
					scaleStyle(this.map, this.env.scale);
					this.ambientStart = performance.now();
					this.applyLayers();
					this.writeCamera();
					this.container.dataset.borders = 'coarse';
					void this.syncDetail();
					this.container.dataset.cameraTarget = JSON.stringify(this.target());
					resolve();
				} catch (e) {
					reject(new MapStartError(`The map could not start: ${(e as Error).message}`, 'map'));
				}
			});
		});
	}

	/** The modules a step shows: those it lists, and those every step shows (the names). */
	private needs(step: Step): string[] {
		const listed = new Set(step.layers.map((u) => u.layer));
		return layerOrder.filter((n) => listed.has(n) || !!layerModule(n)?.defaultUse?.(step, this.env.words));
	}

	/**
	 * Adds a module's style layers now, in their place in the stack, and returns its mounting
	 * (settled once its data is in). One module failing must not take the map down: its
	 * legend still tells the reader.
	 */
	private mount(name: string): Promise<void> {
		const started = this.mounting.get(name);
		if (started) return started;
		const mod = layerModule(name) as LayerModule;
		const fail = (e: unknown) => {
			console.warn(`map layer "${name}" could not load:`, e);
			this.mounted.delete(name);
			if (this.disposed) return;
			try {
				mod.hide(this.map);
			} catch {
				// Its layers may never have been added.
			}
			this.container.dataset.layerErrors = [this.container.dataset.layerErrors, name].filter(Boolean).join(',');
			this.writeMounted();
		};
		let done: Promise<void>;
		try {
			const result = mod.mount(this.map, this.env);
			this.mounted.add(name);
			done = Promise.resolve(result).catch(fail);
		} catch (e) {
			fail(e);
			done = Promise.resolve();
		}
		// Unless every module before it is in and none after (mounting all in order), put its layers in their place.
		const at = layerOrder.indexOf(name as never);
		if (!layerOrder.every((n, i) => this.mounting.has(n) === i < at)) restack(this.map, this.stack);
		this.mounting.set(name, done);
		this.writeMounted();
		return done;
	}

	/**
	 * Mounts the modules a step shows for the first time, then shows them: out
	 * of the scroll's own handler and a module at a time, giving the page a turn
	 * whenever mounting has run a slice's time, so that reaching a new step never
	 * freezes the page while the camera sets off.
	 */
	private async mountForStep(names: readonly string[]): Promise<void> {
		await nextTurn();
		const slicer = new Slicer();
		for (const name of names) {
			if (this.disposed) return;
			await slicer.pause();
			void this.mount(name);
		}
		if (!this.disposed) this.applyLayers();
	}

	/** Mounts these modules, giving the page a turn whenever mounting has run a slice's time, and waits for their data. */
	private async mountSliced(names: readonly string[]): Promise<void> {
		const slicer = new Slicer();
		const all: Promise<void>[] = [];
		for (const name of names) {
			await slicer.pause();
			all.push(this.mount(name));
		}
		await Promise.all(all);
	}

	/** Which modules are in the map, in stacking order, for tests. */
	private writeMounted(): void {
		this.container.dataset.mounted = layerOrder.filter((n) => this.mounted.has(n)).join(',');
	}

	/** The view that fits the step's region into the part of the map no overlay covers. */
	private target(): View {
		const { clientWidth: w, clientHeight: h } = this.container;
		const padding = overlayPadding(this.container);
		this.container.dataset.padding = JSON.stringify(padding);
		return roundCamera(fitBounds(this.step.camera, w, h, padding, this.within));
	}

	private watchOverlays(): void {
		for (const el of document.querySelectorAll('[data-map-overlay]'))
			if (!this.watched.has(el)) {
				this.watched.add(el);
				this.overlays.observe(el);
			}
	}

	current(): View {
		const c = this.map.getCenter();
		return roundCamera({ center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() });
	}

	private writeCamera(): void {
		if (this.map.isMoving()) return;
		this.container.dataset.camera = JSON.stringify(this.current());
		this.container.dataset.moving = 'false';
	}

	/** Go to a step: fly the camera (or jump, with reduced motion) and show its layers. */
	setStep(step: Step, progress: number): void {
		const changed = step.id !== this.step.id;
		this.step = step;
		this.progress = progress;
		this.watchOverlays();
		const target = this.target();
		this.container.dataset.cameraTarget = JSON.stringify(target);
		// Leaving the close-ups: back to 1:50m before the flight shows the detailed file's edges.
		// Heading for one: fetch the detailed borders on the way; they are swapped in on landing.
		if (this.wants(target)) this.loadDetail();
		else this.useGeo('coarse');
		if (!sameView(this.current(), target)) {
			this.container.dataset.moving = 'true';
			if (this.env.reducedMotion) this.map.jumpTo(target);
			else this.map.flyTo({ ...target, duration: flightMs(this.current(), target), essential: false });
		}
		// A step that shows a module for the first time mounts it, just after this (see mountForStep).
		const missing = this.needs(step).filter((n) => !this.mounting.has(n));
		if (missing.length) void this.mountForStep(missing);
		if (changed) {
			this.ambientStart = performance.now();
			this.ambientDone = false;
			this.applyLayers();
		} else this.setProgress(progress);
	}

	/** The reader's progress through the step; applied on the next frame, at most once per frame. */
	setProgress(progress: number): void {
		this.progress = progress;
		if (this.frame || this.disposed) return;
		this.frame = requestAnimationFrame(() => {
			this.frame = 0;
			this.applyLayers();
		});
	}

	setReducedMotion(reduced: boolean): void {
		this.env = { ...this.env, reducedMotion: reduced };
		this.applyLayers();
		this.syncLoop();
	}

	private uses(): Map<string, LayerUse> {
		return new Map(this.step.layers.map((u) => [u.layer, u]));
	}

	private applyLayers(): void {
		if (this.disposed) return;
		const uses = this.uses();
		const p = this.env.reducedMotion && !this.honourProgress ? 1 : this.progress;
		// Scrolling within a step asks again on every frame. When nothing the layers are drawn from
		// has changed (with reduced motion the progress stays at 1), setting the same filters and
		// data again would make MapLibre re-tile and redraw a map on which nothing changes.
		const mounted = [...this.mounted].join(',');
		const last = this.applied;
		if (last && last.step === this.step && last.p === p && last.env === this.env && last.mounted === mounted) return;
		this.applied = { step: this.step, p, env: this.env, mounted };
		for (const name of this.mounted) {
			const mod = layerModule(name) as LayerModule;
			// A layer every step shows (the names on the map) derives its settings from the whole step.
			const use = mod.defaultUse ? mod.defaultUse(this.step, this.env.words) : uses.get(name);
			if (use) mod.show(this.map, use as never, p, this.env);
			else mod.hide(this.map);
		}
		this.strong?.apply(this.map, [...this.mounted].flatMap((n) => layerModule(n)?.styleLayers ?? []));
		this.container.dataset.layers = [...uses.keys()].filter((n) => this.mounted.has(n)).join(',');
		this.container.dataset.progress = p.toFixed(3);
		this.syncLoop();
	}

	/**
	 * Ambient animation (pulses) runs only while it can be seen and motion is allowed,
	 * and only for a few cycles once the camera has landed: each layer's `animate` says
	 * when it has come to rest, and then the map draws nothing until something changes.
	 */
	private syncLoop = (): void => {
		const uses = this.uses();
		const wanted =
			!this.disposed &&
			!this.ambientDone &&
			!this.env.reducedMotion &&
			this.onScreen &&
			document.visibilityState === 'visible' &&
			[...uses.keys()].some((n) => this.mounted.has(n) && layerModule(n)?.animate);
		if (wanted && !this.loop) {
			const tick = (t: number) => {
				// The cycles count from the landing: while the camera flies, the clock stays at the start.
				if (this.map.isMoving()) this.ambientStart = t;
				const elapsed = Math.max(0, t - this.ambientStart);
				let more = false;
				for (const [name, use] of this.uses())
					if (this.mounted.has(name)) more = layerModule(name)?.animate?.(this.map, use as never, elapsed) === true || more;
				if (more) this.loop = requestAnimationFrame(tick);
				else {
					this.loop = 0;
					this.ambientDone = true;
					this.container.dataset.animating = 'false';
				}
			};
			this.loop = requestAnimationFrame(tick);
		} else if (!wanted && this.loop) {
			cancelAnimationFrame(this.loop);
			this.loop = 0;
		}
		this.container.dataset.animating = this.loop ? 'true' : 'false';
	};

	private refit(): void {
		if (this.disposed || this.map.isMoving()) return;
		const target = this.target();
		this.container.dataset.cameraTarget = JSON.stringify(target);
		if (sameView(this.current(), target)) return;
		this.map.jumpTo(target);
		this.writeCamera();
	}

	private wants(view: View): boolean {
		const { clientWidth: w, clientHeight: h } = this.container;
		return wantsDetail(view.zoom, viewBounds(view, w, h));
	}

	private loadDetail(): Promise<Geo | null> {
		this.detail ??= loadGeo(`${this.env.assets}/geo/countries-detail.json`).catch((e) => {
			// The 1:50m borders stay: a coarser map, not a broken one.
			console.warn('the detailed borders could not load:', e);
			return null;
		});
		return this.detail;
	}

	/** Swap the detailed borders in when the camera has landed close, and out when it has not. */
	private async syncDetail(): Promise<void> {
		if (this.disposed || this.map.isMoving()) return;
		if (!this.wants(this.current())) return this.useGeo('coarse');
		const detail = await this.loadDetail();
		if (detail && !this.disposed && !this.map.isMoving() && this.wants(this.current())) this.useGeo('detail', detail);
	}

	private useGeo(which: 'coarse' | 'detail', geo: Geo = this.coarse): void {
		if (this.showing === which) return;
		this.showing = which;
		// One source a task, after the task that asked (a step change, a landing): each setData
		// hands its outlines to MapLibre's worker, and the three inside a step change held a
		// phone's main thread for a quarter of a second.
		const swaps: [string, FeatureCollection][] = [
			['countries', geo.countries],
			['land-borders', geo.borders],
			['coastline', geo.coast]
		];
		clearTimeout(this.geoTimer);
		const next = (): void => {
			this.geoTimer = 0;
			if (this.disposed || this.showing !== which) return;
			const [id, data] = swaps.shift()!;
			(this.map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
			if (swaps.length) this.geoTimer = window.setTimeout(next, 0);
			else this.container.dataset.borders = which;
		};
		this.geoTimer = window.setTimeout(next, 0);
	}

	destroy(): void {
		this.disposed = true;
		clearTimeout(this.geoTimer);
		cancelAnimationFrame(this.frame);
		cancelAnimationFrame(this.loop);
		this.observer.disconnect();
		this.overlays.disconnect();
		document.removeEventListener('visibilitychange', this.syncLoop);
		this.map.remove();
	}
}
