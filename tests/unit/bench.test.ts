import { describe, expect, it } from 'vitest';
import { median, medianCountingFailures, medianRun, compare, figures } from '../../bench/stats.mjs';
import { budgets, checkBudgets, misses } from '../../bench/budgets.mjs';
import { bytesByKind, contentTypeFor, isCompressible, kindOf, ownerOf } from '../../bench/classify.mjs';
import { attributeLongTasks } from '../../bench/attribute.mjs';
import { firstScreen, reconcile, summarize } from '../../bench/network.mjs';
import { frameStats, stepDelays } from '../../bench/timeline.mjs';
import { knownScripts, literals, splitPoint } from '../../bench/buildfiles.mjs';
import { candidatesFor, pickEncoding } from '../../bench/server.mjs';
import { referenceHtml } from '../../bench/reference.mjs';
import { isHeadline, summaryMarkdown } from '../../bench/report.mjs';

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
	it('ignores values that were not measured, and has none to give for none', () => {
		expect(median([null, 5, undefined, Number.NaN, 7, 6])).toBe(6);
		expect(median([])).toBeNull();
		expect(median([null])).toBeNull();
	});
	it('keeps the whole median read of several, never a mix of reads, and each read\'s figure', () => {
		const reads = [{ own: 240, bytes: 1 }, { own: 130, bytes: 2 }, { own: 180, bytes: 3 }];
		expect(medianRun(reads, (r) => r.own)).toEqual({ read: { own: 180, bytes: 3 }, figures: [240, 130, 180] });
		// Of two, the slower: a tie never flatters.
		expect(medianRun([{ own: 100 }, { own: 300 }], (r) => r.own).read).toEqual({ own: 300 });
		// A failed read counts as the slowest, and a failed middle read gives no figure.
		expect(medianRun([{ own: 100 }, null, { own: 150 }], (r) => r.own)).toEqual({ read: { own: 150 }, figures: [100, null, 150] });
		expect(medianRun([{ own: 100 }, null, null], (r) => r.own).read).toBeNull();
	});
	it('counts a run that never finished as the slowest, so failures cannot flatter the figure', () => {
		expect(medianCountingFailures([100, null, 300])).toBe(300);
		expect(medianCountingFailures([100, null, null])).toBeNull();
		expect(medianCountingFailures([100, 200, 300])).toBe(200);
	});
});

/** Figures that meet every budget exactly at its limit. */
function passing() {
	return {
		bytes: { firstScreen: { total: 120 * 1024 }, wholeStory: { total: 700 * 1024 }, firstScreenByLang: { ru: { total: 120 * 1024 }, uk: { total: 120 * 1024 } } },
		lighthouse: { '/': { score: 95, cls: 0.01 }, '/present': { score: 90 }, '/embed': { score: 90 } },
		read: { longTasks: { count: 3, byOwner: { own: { count: 1, longestMs: 200 } } } },
		stillMap: { reading: { cpuPct: 3, renders: 10 }, presentation: { cpuPct: 0, renders: 0 }, embed: { cpuPct: 1, renders: 2 } },
		firstScrollToMap: { fullSpeed: { medianMs: 1000 }, cpu4x: { medianMs: 3000 } }
	};
}

describe('budget checker', () => {
	it('passes figures that sit exactly on every limit', () => {
		const verdicts = checkBudgets(passing());
		expect(verdicts).toHaveLength(budgets.length);
		expect(misses(verdicts)).toEqual([]);
	});
	it('names each budget a figure misses, with the figure and the limit', () => {
		const r = passing();
		r.bytes.firstScreen.total = 150 * 1024;
		r.lighthouse['/'].score = 56;
		r.read.longTasks.byOwner.own.longestMs = 586;
		r.firstScrollToMap.fullSpeed.medianMs = 1531;
		const missed = misses(checkBudgets(r));
		expect(missed).toHaveLength(4);
		expect(missed[0]).toContain('150.0 KB');
		expect(missed[0]).toContain('≤ 120.0 KB');
		expect(missed.join('\n')).toMatch(/performance.*56.*≥ 95/);
		expect(missed.join('\n')).toMatch(/own code.*586 ms.*≤ 200 ms/);
		expect(missed.join('\n')).toMatch(/live map, full speed.*1531 ms.*≤ 1000 ms/);
	});
	it('fails a budget whose figure was not measured', () => {
		const r: Record<string, unknown> = passing();
		delete r.lighthouse;
		const missed = misses(checkBudgets(r));
		expect(missed.filter((m) => m.includes('not measured'))).toHaveLength(4);
	});
	it('holds the worst still-map mode against the still-map budgets, and fails a mode not measured', () => {
		const r = passing();
		r.stillMap.embed.renders = 94;
		expect(misses(checkBudgets(r)).join('\n')).toMatch(/frames drawn.*94.*≤ 10/);
		const partial: Record<string, any> = passing();
		delete partial.stillMap.presentation;
		expect(misses(checkBudgets(partial)).filter((m) => m.includes('not measured'))).toHaveLength(2);
	});
	it('passes the own-code budget when the read saw no long task from the project', () => {
		const r = { ...passing(), read: { longTasks: { count: 4, byOwner: { maplibre: { count: 4, longestMs: 900 } } } } };
		expect(checkBudgets(r).find((v) => v.id === 'own-long-task')?.pass).toBe(true);
	});
});

describe('byte classification', () => {
	it('sorts responses into kinds by content type first, then by the URL', () => {
		expect(kindOf('/', 'text/html')).toBe('html');
		expect(kindOf('/_app/immutable/assets/maplibre-gl-worker.X.mjs', '')).toBe('js');
		expect(kindOf('/x.js', 'application/javascript')).toBe('js');
		expect(kindOf('/a.css', 'text/css')).toBe('css');
		expect(kindOf('/fonts/noto.woff2', 'font/woff2')).toBe('font');
		expect(kindOf('/fonts/noto.woff2', 'application/octet-stream')).toBe('font');
		expect(kindOf('/geo/countries.json', 'application/json')).toBe('json');
		expect(kindOf('/geo/occupied.geojson')).toBe('json');
		expect(kindOf('/snap.jpg', 'image/jpeg')).toBe('image');
		expect(kindOf('/favicon.svg', 'image/svg+xml')).toBe('image');
		expect(kindOf('/thing', '')).toBe('other');
	});
	it('sums bytes by kind and in total', () => {
		const b = bytesByKind([
			{ url: '/', mimeType: 'text/html', bytes: 100 },
			{ url: '/a.js', bytes: 50 },
			{ url: '/b.mjs', bytes: 25 },
			{ url: '/geo/c.json', bytes: 10 }
		]);
		expect(b).toMatchObject({ html: 100, js: 75, json: 10, css: 0, total: 185 });
	});
	it('serves modules, fonts and data with their types, and compresses only text', () => {
		expect(contentTypeFor('/a/b.mjs')).toMatch(/^text\/javascript/);
		expect(contentTypeFor('/f.woff2')).toBe('font/woff2');
		expect(contentTypeFor('/g.json?x=1')).toMatch(/^application\/json/);
		expect(isCompressible(contentTypeFor('/g.json'))).toBe(true);
		expect(isCompressible(contentTypeFor('/a.mjs'))).toBe(true);
		expect(isCompressible('image/svg+xml')).toBe(true);
		expect(isCompressible('font/woff2')).toBe(false);
		expect(isCompressible('image/jpeg')).toBe(false);
	});
});

describe('whose code', () => {
	const known = { origin: 'http://127.0.0.1:5000', maplibre: [{ path: '/_app/c/lib.js', ownCodeFrom: 1000 }, { path: '/_app/w.mjs' }] };
	it('tells MapLibre from the project by file, and by position in a shared chunk', () => {
		expect(ownerOf('http://127.0.0.1:5000/_app/c/lib.js', known, 20)).toBe('maplibre');
		expect(ownerOf('http://127.0.0.1:5000/_app/c/lib.js', known, 1200)).toBe('own');
		expect(ownerOf('http://127.0.0.1:5000/_app/c/lib.js', known)).toBe('maplibre');
		expect(ownerOf('http://127.0.0.1:5000/_app/w.mjs', known, 5000)).toBe('maplibre');
		expect(ownerOf('http://127.0.0.1:5000/_app/c/app.js', known)).toBe('own');
		expect(ownerOf('http://127.0.0.1:5000/', known)).toBe('own');
		expect(ownerOf('', known)).toBe('other');
		expect(ownerOf('chrome-extension://x/y.js', known)).toBe('other');
	});
	it('gives each long task to the owner whose scripts took most of it', () => {
		const url = (p: string) => `http://127.0.0.1:5000${p}`;
		const r = attributeLongTasks(
			[
				{ startTime: 0, duration: 300 },
				{ startTime: 1000, duration: 120 },
				{ startTime: 2000, duration: 80 }
			],
			[
				{
					startTime: 0,
					duration: 320,
					scripts: [
						{ startTime: 10, duration: 200, sourceURL: url('/_app/c/app.js') },
						{ startTime: 220, duration: 60, sourceURL: url('/_app/c/lib.js'), sourceCharPosition: 5 }
					]
				},
				{ startTime: 1000, duration: 130, scripts: [{ startTime: 1005, duration: 100, sourceURL: url('/_app/c/lib.js'), sourceCharPosition: 5 }] }
			],
			known
		);
		expect(r.count).toBe(3);
		expect(r.longestMs).toBe(300);
		expect(r.byOwner.own).toEqual({ count: 1, longestMs: 300, totalMs: 300 });
		expect(r.byOwner.maplibre).toEqual({ count: 1, longestMs: 120, totalMs: 120 });
		expect(r.byOwner.other).toEqual({ count: 1, longestMs: 80, totalMs: 80 });
		expect(r.topOwn.map((t) => t.durationMs)).toEqual([300]);
	});
	it('blames a frame that mostly draws on the drawing, not on the script that started it', () => {
		const r = attributeLongTasks(
			[{ startTime: 0, duration: 650 }],
			[{ startTime: 0, duration: 650, scripts: [{ startTime: 0, duration: 50, sourceURL: 'http://127.0.0.1:5000/_app/c/app.js' }] }],
			known
		);
		expect(r.byOwner.own.count).toBe(0);
		expect(r.byOwner.other.longestMs).toBe(650);
		expect(r.top[0]).toMatchObject({ ownMs: 50, unscriptedMs: 600 });
	});
});

describe('what went down the wire', () => {
	const wire = [
		{ path: '/', status: 200, bytes: 19000, type: 'text/html' },
		{ path: '/_app/a.js', status: 200, bytes: 5000, type: 'text/javascript' },
		{ path: '/_app/lib.js', status: 200, bytes: 235000, type: 'text/javascript' },
		{ path: '/_app/w.mjs', status: 200, bytes: 122000, type: 'text/javascript' },
		{ path: '/geo/countries.json', status: 304, bytes: 160, type: '' }
	];
	const page = [
		{ url: 'http://h/', path: '/', mimeType: 'text/html', bytes: 19000 },
		{ url: 'http://h/_app/a.js', path: '/_app/a.js', mimeType: 'text/javascript', bytes: 5000 },
		{ url: 'http://h/favicon.svg', path: '/favicon.svg', mimeType: 'image/svg+xml', bytes: 300 },
		{ url: 'http://h/_app/lib.js', path: '/_app/lib.js', mimeType: 'text/javascript', bytes: 235000 },
		{ url: 'http://h/_app/w.mjs', path: '/_app/w.mjs', mimeType: '', bytes: null },
		{ url: 'http://h/geo/countries.json', path: '/geo/countries.json', mimeType: 'application/json', bytes: 160 }
	];
	it("keeps the page's sizes, adds what only the server saw, and drops what never reached it", () => {
		const { transfers, fromCache } = reconcile(wire, page);
		expect(transfers.map((t) => t.seenBy)).toEqual(['browser', 'browser', 'browser', 'server', 'browser']);
		expect(transfers[4]?.type).toBe('application/json');
		expect(fromCache).toBe(2);
		const s = summarize(transfers);
		expect(s.total).toBe(19000 + 5000 + 235000 + 122000 + 160);
		expect(s.workerBytes).toBe(122000);
		expect(s.json).toBe(160);
	});
	it('ends the first screen at the first request for a map file', () => {
		const { transfers } = reconcile(wire, page);
		const first = firstScreen(transfers, new Set(['/_app/lib.js', '/_app/w.mjs', '/geo/countries.json']));
		expect(first.cutAt).toBe('/_app/lib.js');
		expect(summarize(first.transfers).total).toBe(24000);
		expect(firstScreen(transfers.slice(0, 2), new Set(['/_app/lib.js'])).cutAt).toBeNull();
	});
});

describe('frames and camera timings', () => {
	it('counts frames over 1.5 frame intervals as dropped, only while the camera flies', () => {
		// [time, interval, moving]
		const rafs = [16, 16, 0, 60, 44, 0, 77, 17, 1, 117, 40, 1, 134, 17, 1];
		expect(frameStats(rafs)).toMatchObject({ flying: 3, dropped: 1, worstMs: 40, still: 2, stillDropped: 1 });
		expect(frameStats(rafs, 100)).toMatchObject({ flying: 2, still: 0 });
	});
	it('times each new active step to the camera starting, and marks steps with no flight', () => {
		const delays = stepDelays(
			[
				{ id: 'a', t: 100 },
				{ id: 'b', t: 1000 },
				{ id: 'b', t: 1001 },
				{ id: 'c', t: 3000 }
			],
			[
				{ type: 'movestart', t: 1004 },
				{ type: 'move', t: 1030 },
				{ type: 'moveend', t: 2500 }
			],
			500
		);
		expect(delays).toEqual([
			{ id: 'b', movestartMs: 4, firstMoveMs: 30 },
			{ id: 'c', movestartMs: null, firstMoveMs: null }
		]);
	});
});

describe('comparing runs', () => {
	it('gives new/old for every figure both runs have, and says which are new or gone', () => {
		const now = { bytes: { total: 150 }, lighthouse: { '/': { score: 90 } }, zero: 0, added: 1, machine: { cores: 2 } };
		const old = { bytes: { total: 100 }, lighthouse: { '/': { score: 100 } }, zero: 0, removed: 3, machine: { cores: 8 } };
		const byKey = Object.fromEntries(compare(now, old).map((c) => [c.key, c]));
		expect(byKey['bytes.total']?.ratio).toBe(1.5);
		expect(byKey['lighthouse./.score']?.ratio).toBe(0.9);
		expect(byKey.zero?.ratio).toBe(1);
		expect(byKey.added).toMatchObject({ old: null, now: 1, ratio: null });
		expect(byKey.removed).toMatchObject({ old: 3, now: null, ratio: null });
		expect(byKey['machine.cores']).toBeUndefined();
	});
	it('leaves out lists and descriptions of the run', () => {
		expect(figures({ runs: [1, 2], perStep: [{ ms: 3 }], settings: { runs: 3 }, read: { steps: 21 } })).toEqual({ 'read.steps': 21 });
	});
});

describe('the reference page (a bare MapLibre map)', () => {
	const html = referenceHtml();
	it('draws one background layer from no data, with MapLibre the only script it loads', () => {
		expect(html).toContain("if (!d) return { version: 8, sources: {}, layers: [sea] };");
		expect(html.match(/import\('[^']+'\)/g)).toEqual(["import('/maplibre-gl.mjs')"]);
		expect(html).not.toMatch(/<script[^>]+src=/);
		expect(html).not.toMatch(/https?:\/\//);
	});
	it('with basemap=1, draws the story’s basemap (its countries, borders and coasts: two fills, two lines) from GeoJSON files beside it', () => {
		expect(html).toContain("q.get('basemap') === '1'");
		expect(html.match(/type: '[a-z]+'/g)).toEqual(["type: 'background'", "type: 'geojson'", "type: 'geojson'", "type: 'geojson'", "type: 'fill'", "type: 'fill'", "type: 'line'", "type: 'line'"]);
		// .json, so the server compresses them as it compresses the story's geodata.
		expect(html).toContain("fetch('/' + n + '.json')");
	});
	it('starts its map on load, or on the first scroll when asked to wait', () => {
		expect(html).toContain("get('start') === 'scroll') addEventListener('scroll', start");
		expect(html).toMatch(/else start\(\);/);
	});
	it('is set beside the story in the summary and compared between runs', () => {
		const r = {
			timestamp: 't', durationS: 1, machine: { node: 'v20', chromium: 'C', cores: 2, cpu: 'x', memoryGB: 1 }, settings: { compression: 'br', device: 'Pixel 7' },
			lighthouse: { '/present': { score: 42, tbtMs: 9000 }, '/embed': { score: 62, tbtMs: 6000 }, '/': { score: 95, tbtMs: 100 } },
			firstScrollToMap: { fullSpeed: { medianMs: 1362, runs: [1362] }, cpu4x: { medianMs: 2795, runs: [2795] } },
			reference: { maplibre: '6.17.0', lighthouse: { mapOnLoad: { score: 75, tbtMs: 1126 }, mapWaits: { score: 100, tbtMs: 6 }, basemapOnLoad: { score: 71, tbtMs: 1500 } }, firstScrollToMap: { fullSpeed: { medianMs: 296 }, cpu4x: { medianMs: 653 } }, firstScrollToMapWithBasemap: { fullSpeed: { medianMs: 1100 }, cpu4x: { medianMs: 2100 } } }
		};
		const md = summaryMarkdown(r, [], null);
		expect(md).toContain('## Reference: a bare MapLibre 6.17.0 map on this machine');
		expect(md).toContain('| bare map, started on load (as /present and /embed start theirs) | 75 | 1126 | | |');
		expect(md).toContain('| bare map, waiting for a scroll (as / does) | 100 | 6 | 296 | 653 |');
		expect(md).toContain('| the story: /present, /embed | 42, 62 |');
		expect(isHeadline('reference.lighthouse.mapOnLoad.score')).toBe(true);
		expect(isHeadline('reference.firstScrollToMap.cpu4x.medianMs')).toBe(true);
		expect(md).toMatch(/\| bare map with the story's basemap [^|]*\| \| \| 1100 \| 2100 \|/);
		expect(md).toContain("| bare map with the story's basemap, started on load (as /present and /embed start theirs) | 71 | 1500 | | |");
		expect(isHeadline('reference.lighthouse.basemapOnLoad.score')).toBe(true);
		expect(isHeadline('reference.firstScrollToMapWithBasemap.fullSpeed.medianMs')).toBe(true);
	});
});

describe('reading the build', () => {
	it("tells the attribution MapLibre's scripts, not its stylesheet, with where the project's code starts", () => {
		const site = {
			maplibre: [
				{ path: '/_app/a.js', role: 'js' as const, bytes: 10, ownCodeFrom: 7 },
				{ path: '/_app/w.mjs', role: 'worker' as const, bytes: 5, ownCodeFrom: null },
				{ path: '/_app/m.css', role: 'css' as const, bytes: 2, ownCodeFrom: null }
			]
		};
		const known = knownScripts(site, 'http://127.0.0.1:9');
		expect(known).toEqual({ origin: 'http://127.0.0.1:9', maplibre: [{ path: '/_app/a.js', ownCodeFrom: 7 }, { path: '/_app/w.mjs', ownCodeFrom: null }] });
		expect(ownerOf('http://127.0.0.1:9/_app/a.js', known, 3)).toBe('maplibre');
		expect(ownerOf('http://127.0.0.1:9/_app/a.js', known, 8)).toBe('own');
	});
	it("finds where the project's code starts in a chunk that bundles MapLibre first", () => {
		const chunk = 'var a="maplibre internal";function b(){return "another lib string"}' + 'var c="The map took too long to start.";';
		expect(splitPoint(chunk, ['The map took too long to start.'], ['maplibre internal', 'another lib string'])).toBe(chunk.indexOf('The map'));
		// Library code after the project's: no clean split.
		expect(splitPoint(chunk, ['maplibre internal'], ['another lib string'])).toBeNull();
		expect(literals(`const x = 'short'; const y = "a longer string"; const z = \`template \${hole} here\`;`)).toEqual(['a longer string']);
	});
	it('maps routes to prerendered pages and picks the best compression offered', () => {
		expect(candidatesFor('/')).toEqual(['index.html']);
		expect(candidatesFor('/present')).toEqual(['present.html', 'present/index.html']);
		expect(candidatesFor('/embed/')).toEqual(['embed.html', 'embed/index.html']);
		expect(candidatesFor('/_app/x.js')).toEqual(['_app/x.js']);
		expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(pickEncoding('gzip;q=1, br;q=0')).toBe('gzip');
		expect(pickEncoding('identity')).toBeNull();
	});
});
