import { describe, expect, it } from 'vitest';
import { savesData } from '../../src/lib/map/warm';
import { mapFilesOf } from '../../data/scripts/map-files';

describe('readying the map while the page sits idle', () => {
	it('fetches nothing early on a connection that saves data or is as slow as 2G', () => {
		expect(savesData({ saveData: true, effectiveType: '4g' })).toBe(true);
		expect(savesData({ effectiveType: '2g' })).toBe(true);
		expect(savesData({ effectiveType: 'slow-2g' })).toBe(true);
		expect(savesData({ effectiveType: '3g' })).toBe(false);
		expect(savesData({ saveData: false, effectiveType: '4g' })).toBe(false);
		// Browsers that do not say (Safari, Firefox): the page readies the map.
		expect(savesData(undefined)).toBe(false);
	});
});

describe('the build’s list of the map’s files (map-files.json)', () => {
	const chunk = (fileName: string, moduleIds: string[], imports: string[] = []) => ({ type: 'chunk' as const, fileName, moduleIds, imports });
	const bundle = {
		'a.js': chunk('a.js', ['/p/src/lib/map/controller.ts', '/p/node_modules/maplibre-gl/dist/maplibre-gl.mjs'], ['shared.js']),
		'shared.js': chunk('shared.js', ['/p/src/lib/map/geodata.ts'], ['runtime.js']),
		'runtime.js': chunk('runtime.js', ['/p/node_modules/svelte/src/index.js']),
		'loc.js': chunk('loc.js', ['/p/src/lib/map/Locator.svelte'], ['runtime.js']),
		'scale.js': chunk('scale.js', ['/p/src/lib/map/ScaleBar.svelte']),
		'story.js': chunk('story.js', ['/p/src/lib/story/model.ts']),
		'_app/immutable/assets/maplibre-gl-worker.abc123.mjs': { type: 'asset' as const, fileName: '_app/immutable/assets/maplibre-gl-worker.abc123.mjs' }
	};

	it('lists the chunks the map’s start imports, with what they import in turn, and the worker', () => {
		expect(mapFilesOf(bundle)).toEqual({ modules: ['a.js', 'loc.js', 'runtime.js', 'scale.js', 'shared.js'], prefetch: ['_app/immutable/assets/maplibre-gl-worker.abc123.mjs'] });
	});

	it('fails the build, naming what is missing, if a module the map starts with is in no chunk or there is no worker', () => {
		const { 'loc.js': _, ...noLocator } = bundle;
		expect(() => mapFilesOf(noLocator)).toThrow(/Locator/);
		const { '_app/immutable/assets/maplibre-gl-worker.abc123.mjs': __, ...noWorker } = bundle;
		expect(() => mapFilesOf(noWorker)).toThrow(/worker/);
	});
});
