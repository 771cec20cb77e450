/**
 * A Vite plugin: the browser's build writes `map-files.json` beside the site's
 * pages, listing the files the live map loads when it starts (its code and its
 * shared chunks, MapLibre's worker). The story page fetches that list while it
 * sits idle and prefetches them into the cache (src/lib/map/warm.ts), so the reader's first
 * scroll only has to start the map. The names carry content hashes, so only
 * the finished bundle knows them.
 */
import type { Plugin } from 'vite';
import type { MapFiles } from '../../src/lib/map/warm.ts';

/** The modules the map's start imports (MapStage's `start`). */
const STARTS = [/src[\\/]lib[\\/]map[\\/]controller\.ts$/, /src[\\/]lib[\\/]map[\\/]Locator\.svelte$/, /src[\\/]lib[\\/]map[\\/]ScaleBar\.svelte$/];
const WORKER = /maplibre-gl-worker[.-][^/]*\.m?js$/;

interface OutChunk {
	type: 'chunk';
	fileName: string;
	moduleIds: string[];
	imports: string[];
}
interface OutAsset {
	type: 'asset';
	fileName: string;
}

/** The files in a finished bundle that the map's start loads: the chunks holding its entry modules and what they import. */
export function mapFilesOf(bundle: Record<string, OutChunk | OutAsset>): MapFiles {
	const chunks = Object.values(bundle).filter((f): f is OutChunk => f.type === 'chunk');
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	const modules = new Set<string>();
	const visit = (c: OutChunk) => {
		if (modules.has(c.fileName)) return;
		modules.add(c.fileName);
		for (const i of c.imports) {
			const next = byName.get(i);
			if (next) visit(next);
		}
	};
	for (const start of STARTS) {
		const chunk = chunks.find((c) => c.moduleIds.some((id) => start.test(id)));
		if (!chunk) throw new Error(`map-files: no chunk holds ${start} (was the module renamed?)`);
		visit(chunk);
	}
	const worker = Object.values(bundle).find((f) => WORKER.test(f.fileName));
	if (!worker) throw new Error('map-files: the bundle has no MapLibre worker');
	return { modules: [...modules].sort(), prefetch: [worker.fileName] };
}

export function mapFiles(): Plugin {
	let ssr = true;
	return {
		name: 'map-files',
		apply: 'build',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		generateBundle(_options, bundle) {
			if (ssr) return;
			const files = mapFilesOf(bundle as unknown as Record<string, OutChunk | OutAsset>);
			this.emitFile({ type: 'asset', fileName: 'map-files.json', source: JSON.stringify(files) });
		}
	};
}
