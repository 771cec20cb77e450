// @ts-check
/**
 * `npm run bench [-- --check] [-- --runs=N] [-- --no-build]`
 *
 * Builds the site, serves a private copy of the build with compression, and
 * measures what a reader on a mid-range phone gets: bytes for the first screen
 * and the whole story, Lighthouse (mobile) on each route, a scripted read at 4x
 * CPU (long tasks and who caused them, dropped frames while the camera flies,
 * step → camera start), and first scroll → live map. Writes bench/results.json
 * (the previous run kept inside it) and bench/SUMMARY.md, prints new/old ratios,
 * and with --check exits 1 when a budget in bench/budgets.mjs is missed.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, COMPRESSION } from './server.mjs';
import { inspectBuild, knownScripts, mapPathsOf, ROUTES } from './buildfiles.mjs';
import { lighthouseMedians } from './lighthouse.mjs';
import { launch, scriptedRead, firstScreenAt, firstScrollToMap } from './reader.mjs';
import { checkBudgets, misses, formatValue } from './budgets.mjs';
import { compare, medianRun } from './stats.mjs';
import { comparisonLines, summaryMarkdown } from './report.mjs';
import { embedBelowFold, stillMap } from './still.mjs';
import { referenceFigures } from './reference.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const noBuild = args.includes('--no-build');
const runs = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3) || 3);
const root = fileURLToPath(new URL('..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const chromePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
/** @param {string} msg */
const log = (msg) => console.log(msg);
/** @type {string[]} */
const errors = [];

function build() {
	for (let attempt = 1; attempt <= 3; attempt++) {
		log(`Building (npx vite build)${attempt > 1 ? `, attempt ${attempt}` : ''}…`);
		const r = spawnSync('npx', ['vite', 'build'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
		if (r.status === 0) return;
		log((r.stdout + r.stderr).split('\n').slice(-15).join('\n'));
		// Another engineer's file may be mid-edit: give it a moment.
		if (attempt < 3) spawnSync('sleep', ['20']);
	}
	throw new Error('the build failed three times; see above');
}

/**
 * Run one part of the benchmark; a part that fails is recorded and the rest go on.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} fn
 * @returns {Promise<T | null>}
 */
async function part(name, fn) {
	const t0 = Date.now();
	log(`\n${name}…`);
	try {
		const out = await fn();
		log(`  (${Math.round((Date.now() - t0) / 1000)} s)`);
		return out;
	} catch (e) {
		const msg = `${name}: ${/** @type {Error} */ (e).stack ?? e}`;
		errors.push(msg.split('\n').slice(0, 3).join(' '));
		log(`  FAILED ${msg}`);
		return null;
	}
}

async function main() {
	if (!noBuild) build();
	if (!existsSync(join(root, 'build', 'index.html'))) throw new Error('build/index.html is missing: run without --no-build');

	// Serve a private copy, so another engineer's build mid-run cannot swap files under the benchmark.
	const copy = await mkdtemp(join(tmpdir(), 'bench-build-'));
	await cp(join(root, 'build'), copy, { recursive: true });
	const site = await inspectBuild(copy, root);
	const server = await serve(copy);
	log(`Serving a copy of build/ at ${server.url}`);
	// The map has started loading once MapLibre's code or the geodata is asked for (its CSS may come with the page).
	const mapPaths = mapPathsOf(site);
	const known = knownScripts(site, server.url);

	/** @type {Record<string, 'ok' | 'missing'>} */
	const routes = {};
	for (const [route, file] of Object.entries(site.routes)) {
		routes[route] = file ? 'ok' : 'missing';
		if (!file) log(`Route ${route} is missing (no build/${ROUTES[/** @type {keyof typeof ROUTES} */ (route)]}): recorded as missing.`);
	}

	/** @type {Record<string, any>} */
	const lighthouse = {};
	for (const route of Object.keys(routes)) {
		if (routes[route] === 'missing') {
			lighthouse[route] = { missing: true };
			continue;
		}
		lighthouse[route] = (await part(`Lighthouse ${route} (${runs} runs)`, () => lighthouseMedians(server.url + route, { runs, chromePath, known, log }))) ?? { failed: true };
	}
	// The same pages with WebGL switched off, so the map shows its pictures: what each page costs
	// without software-rendered WebGL. A diagnostic beside the budget, never a substitute for it.
	/** @type {Record<string, any>} */
	const withoutWebGL = {};
	for (const route of Object.keys(routes)) {
		if (routes[route] === 'missing') continue;
		const r = await part(`Lighthouse ${route} without WebGL, diagnostic (${runs} runs)`, () =>
			lighthouseMedians(server.url + route, { runs, chromePath, known, flags: ['--disable-3d-apis'], log })
		);
		if (r) withoutWebGL[route] = r;
	}

	const browser = await launch(chromePath);
	const chromium = `Chromium ${browser.version()}`;
	// The read is timed like every other figure: `runs` reads, and the figures of the median one
	// (by the own code's longest task, which has a budget), every read's figure kept beside them.
	const reads = [];
	for (let i = 0; i < runs; i++)
		reads.push(await part(`Scripted read ${i + 1}/${runs} at 4x CPU (Pixel 7)`, () => scriptedRead({ browser, url: `${server.url}/`, server, mapPaths, known, log })));
	const { read: medianRead, figures: ownLongestByRead } = medianRun(reads, (r) => r.read.longTasks.byOwner.own.longestMs);
	const read = medianRead ? { ...medianRead, read: { ...medianRead.read, reads: { count: reads.length, ownLongestMs: ownLongestByRead } } } : null;
	for (const [i, r] of reads.entries()) if (r) log(`  read ${i + 1}: longest own task ${r.read.longTasks.byOwner.own.longestMs} ms`);
	// Each other language's story page: its first screen has the same budget as English's.
	/** @type {Record<string, any>} */
	const firstScreenByLang = {};
	for (const lang of ['ru', 'uk'])
		firstScreenByLang[lang] = await part(`First screen of /${lang} (Pixel 7, 4x CPU)`, () => firstScreenAt({ browser, url: `${server.url}/${lang}`, server, mapPaths }));
	const firstScroll = await part(`First scroll → live map (${runs} runs each, full speed and 4x CPU)`, () => firstScrollToMap({ browser, url: `${server.url}/`, runs, log }));
	const still = await part(`Still map in reading, presentation and embed (${runs} runs each, full speed)`, () => stillMap({ browser, origin: server.url, runs, log }));
	const embedFold = await part('Embed three screens below a host article\'s fold', () => embedBelowFold({ browser, server, mapPaths, log }));
	// The yardstick: a page with nothing but a MapLibre map, measured the same ways (./reference.mjs).
	const reference = await part(`Reference: a bare MapLibre map on this machine (Lighthouse ${runs} runs each, scroll → load ${runs} runs each)`, () => referenceFigures({ browser, chromePath, root, runs, log }));
	await browser.close();
	await server.close();
	await rm(copy, { recursive: true, force: true });

	const lhIndex = Object.values(lighthouse)
		.map((v) => v?.benchmarkIndex)
		.find((v) => typeof v === 'number');
	const results = {
		timestamp: new Date().toISOString(),
		durationS: Math.round((Date.now() - started) / 1000),
		machine: {
			node: process.version,
			chromium,
			cores: cpus().length,
			cpu: cpus()[0]?.model?.trim() ?? 'unknown',
			memoryGB: Math.round(totalmem() / 2 ** 30),
			// Other work on the machine slows every timing: compare runs made under similar load.
			loadAverageAtStart: loadAtStart,
			loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
			lighthouseBenchmarkIndex: lhIndex ?? null
		},
		settings: { runs, device: 'Pixel 7', cpuThrottle: 4, compression: COMPRESSION, built: !noBuild },
		routes,
		mapFiles: site.maplibre,
		bytes: read?.bytes ? { ...read.bytes, firstScreenByLang } : null,
		lighthouse,
		lighthouseWithoutWebGL: Object.keys(withoutWebGL).length ? withoutWebGL : null,
		read: read?.read ?? null,
		firstScrollToMap: firstScroll,
		stillMap: still,
		embedBelowFold: embedFold,
		reference,
		notes: notesFor(read, site, lighthouse, withoutWebGL, reference, firstScroll),
		errors,
		/** @type {any} */
		previous: null
	};

	const file = join(here, 'results.json');
	/** @type {any} */
	let previous = null;
	try {
		previous = JSON.parse(await readFile(file, 'utf8'));
		delete previous.previous;
	} catch {
		previous = null;
	}
	results.previous = previous;
	const verdicts = checkBudgets(results);
	const changes = previous ? compare(results, previous) : null;
	await writeFile(file, JSON.stringify({ ...results, budgets: verdicts }, null, '\t') + '\n');
	await writeFile(join(here, 'SUMMARY.md'), summaryMarkdown(results, verdicts, changes));

	log('\n' + headline(results));
	if (changes) {
		log(`\nCompared with the previous run (${previous.timestamp}), now/previous:`);
		for (const line of comparisonLines(changes)) log('  ' + line);
	}
	log('\nBudgets:');
	for (const v of verdicts) log(`  ${v.pass ? 'pass' : 'FAIL'}  ${v.label}: ${v.value == null ? 'not measured' : formatValue(v.value, v.unit)} (${v.limit})`);
	for (const [route, state] of Object.entries(routes)) if (state === 'missing') log(`  note  route ${route} is missing from the build`);
	if (errors.length) log(`\nParts that failed:\n  ${errors.join('\n  ')}`);
	log(`\nWrote bench/results.json and bench/SUMMARY.md (${results.durationS} s).`);

	const missed = misses(verdicts);
	if (check && missed.length) {
		log(`\nBudget check failed:\n  ${missed.join('\n  ')}`);
		process.exitCode = 1;
	} else if (check) log('\nAll budgets met.');
}

/**
 * Facts that explain figures a reader of the summary might otherwise misread.
 * @param {any} measured the scripted read's bytes and read
 * @param {Awaited<ReturnType<typeof inspectBuild>>} site
 * @param {Record<string, any>} lighthouse
 * @param {any} withoutWebGL
 * @param {any} reference the bare MapLibre page's figures (./reference.mjs)
 * @param {any} firstScroll
 */
function notesFor(measured, site, lighthouse, withoutWebGL, reference, firstScroll) {
	const notes = [];
	const busy = Math.max(loadAtStart[0] ?? 0, loadavg()[0] ?? 0);
	if (busy > cpus().length)
		notes.push(`The machine was busy (load average up to ${busy.toFixed(1)} on ${cpus().length} cores): every timing is inflated by other work; compare with runs made under similar load.`);
	const js = site.maplibre.find((m) => m.role === 'js');
	if (js?.ownCodeFrom != null)
		notes.push(
			`MapLibre and the project's map code share ${js.path.split('/').pop()}; script entry points from character ${js.ownCodeFrom} of it (of ${js.bytes}) count as the project's own code.`
		);
	else if (js) notes.push(`MapLibre's chunk ${js.path.split('/').pop()} could not be split into library and project code: all of it counts as MapLibre.`);
	const read = measured?.read;
	if (read) {
		const o = read.longTasks.byOwner;
		if (o.maplibre.count || o.other.count)
			notes.push(
				`Of ${read.longTasks.count} long tasks in the scripted read, ${o.maplibre.count} (${o.maplibre.totalMs} ms) ran in MapLibre and ${o.other.count} (${o.other.totalMs} ms) ran no script the browser could name (rendering, GC); the project's own code had ${o.own.count} (${o.own.totalMs} ms). The map draws with software WebGL (SwiftShader) here: its frames cost the CPU what a phone's GPU does instead.`
			);
		if (read.pageErrors?.length) notes.push(`Page errors during the read: ${read.pageErrors.join(' | ')}`);
	}
	for (const [route, lh] of Object.entries(lighthouse)) {
		const off = withoutWebGL[route];
		if (!lh?.blockingMsByOwner || off?.score == null) continue;
		notes.push(
			route === '/'
				? `Lighthouse on /: score ${lh.score} with WebGL, ${off.score} with WebGL off (the map shows its pictures); Lighthouse does not scroll, and the story's map waits for the reader, so neither run draws the live map; blocking time blamed on MapLibre ${lh.blockingMsByOwner.maplibre} ms, on the project's own code ${lh.blockingMsByOwner.own} ms.`
				: `Lighthouse on ${route}: score ${lh.score} with WebGL (total blocking time ${lh.tbtMs} ms: ${lh.blockingMsByOwner.maplibre} ms blamed on MapLibre, ${lh.blockingMsByOwner.own} ms on the project's own code, ${lh.blockingMsByOwner.other} ms on other script), ${off.score} with WebGL off (total blocking time ${off.tbtMs} ms), where the page is the same but the map shows its pictures: the gap is what drawing the map with software WebGL costs this machine's CPU.`
		);
	}
	const bare = reference?.lighthouse;
	if (bare?.mapOnLoad?.score != null && bare?.mapWaits?.score != null)
		notes.push(
			`A bare MapLibre ${reference.maplibre} page (one background layer, no data, no labels, no project code; bench/reference.mjs) scores ${bare.mapOnLoad.score} in Lighthouse with its map started on load (total blocking time ${bare.mapOnLoad.tbtMs} ms) and ${bare.mapWaits.score} when the map waits for a scroll (${bare.mapWaits.tbtMs} ms): on this machine's software WebGL, any page that starts a live map on load, as /present and /embed do, scores about ${bare.mapOnLoad.score} before a line of the project's code runs.`
		);
	if (bare?.basemapOnLoad?.score != null)
		notes.push(
			`The same page drawing the story's basemap (its 1:50m countries, borders and coasts; two fills and two lines; no project code) scores ${bare.basemapOnLoad.score} in Lighthouse with its map started on load (total blocking time ${bare.basemapOnLoad.tbtMs} ms). A page that draws the story's basemap on load, as /present and /embed must to show their map, stays below that on this machine's software WebGL whatever the project's own code does; a phone's GPU draws those frames instead.`
		);
	const refScroll = reference?.firstScrollToMap;
	if (refScroll?.fullSpeed?.medianMs != null && firstScroll?.fullSpeed?.medianMs != null)
		notes.push(
			`First scroll → live map: the bare MapLibre page takes ${refScroll.fullSpeed.medianMs} ms at full speed and ${refScroll.cpu4x?.medianMs ?? '–'} ms at 4x CPU from the scroll to its map's load; the story's map takes ${firstScroll.fullSpeed.medianMs} and ${firstScroll.cpu4x?.medianMs ?? '–'} ms. The difference is the project's: its map code, its geodata and what its first frame draws.`
		);
	const refBase = reference?.firstScrollToMapWithBasemap;
	if (refBase?.fullSpeed?.medianMs != null && firstScroll?.fullSpeed?.medianMs != null)
		notes.push(
			`With the story's basemap (its 1:50m countries, borders and coasts, two fills and two lines) and MapLibre's files and the geodata readied before the scroll, as the story page readies them, the bare page takes ${refBase.fullSpeed.medianMs} ms at full speed and ${refBase.cpu4x?.medianMs ?? '–'} ms at 4x CPU from the scroll to its map's load (made → loaded: ${phaseGap(refBase.fullSpeed)} ms). That is what MapLibre needs on this machine's software WebGL to draw the story's first frame, before any of the project's code; the story's map takes ${firstScroll.fullSpeed.medianMs} ms (made → loaded: ${phaseGap(firstScroll.fullSpeed)} ms).`
		);
	const sw = measured?.bytes?.wholeStory?.workerBytes;
	if (sw) notes.push(`${(sw / 1024).toFixed(1)} KB of the whole story were fetched by a worker or service worker, which the page's network log (and Lighthouse) cannot see; the server's log sized them.`);
	return notes;
}

/** @param {any} r */
function headline(r) {
	const L = ['Figures:'];
	const b = r.bytes;
	if (b)
		L.push(
			`  first screen ${(b.firstScreen.total / 1024).toFixed(1)} KB (${b.firstScreen.count} requests), whole story ${(b.wholeStory.total / 1024).toFixed(1)} KB (${b.wholeStory.count} requests, ${(b.wholeStory.workerBytes / 1024).toFixed(1)} KB of it fetched by workers / service worker)`
		);
	/** @param {string} name @param {any} x */
	const lh = (name, x) =>
		x.missing
			? `  Lighthouse ${name}: missing`
			: x.failed || !x.runsDone
				? `  Lighthouse ${name}: failed (${x.errors?.[0] ?? 'see above'})`
				: `  Lighthouse ${name}: score ${x.score}, FCP ${x.fcpMs} ms, LCP ${x.lcpMs} ms, TBT ${x.tbtMs} ms, CLS ${x.cls}, ${(x.bytes / 1024).toFixed(1)} KB; blocking blamed on own code ${x.blockingMsByOwner.own} ms, MapLibre ${x.blockingMsByOwner.maplibre} ms, other ${x.blockingMsByOwner.other} ms`;
	for (const [route, x] of Object.entries(r.lighthouse)) L.push(lh(route, x));
	for (const [route, x] of Object.entries(r.lighthouseWithoutWebGL ?? {})) L.push(lh(`${route} without WebGL (diagnostic)`, x));
	const rd = r.read;
	if (rd) {
		const o = rd.longTasks.byOwner;
		L.push(`  long tasks ${rd.longTasks.count} (longest ${rd.longTasks.longestMs} ms, total ${rd.longTasks.totalMs} ms): own ${o.own.count}/${o.own.longestMs} ms, MapLibre ${o.maplibre.count}/${o.maplibre.longestMs} ms, other ${o.other.count}/${o.other.longestMs} ms`);
		for (const t of rd.longTasks.topOwn ?? [])
			L.push(`    own ${t.durationMs} ms at ${t.startMs} ms: ${t.scripts.filter((/** @type {any} */ x) => x.owner === 'own').map((/** @type {any} */ x) => `${x.file} ${x.invoker} ${x.ms} ms`).join('; ')}`);
		L.push(`  flying: ${rd.frames.dropped} of ${rd.frames.flying} frames dropped (${rd.frames.droppedPct}%), worst ${rd.frames.worstMs} ms`);
		L.push(`  step → movestart median ${rd.camera.movestartMedianMs} ms (max ${rd.camera.movestartMaxMs}), → first moved frame median ${rd.camera.firstMoveMedianMs} ms, ${rd.camera.flights} flights over ${rd.steps} steps`);
	}
	if (r.stillMap)
		for (const mode of ['reading', 'presentation', 'embed'])
			if (r.stillMap[mode]) L.push(`  still map, ${mode}: ${r.stillMap[mode].cpuPct}% of a core, ${r.stillMap[mode].renders} map renders, ${r.stillMap[mode].rafs} animation frames in ${r.stillMap.windowMs} ms`);
	if (r.firstScrollToMap) for (const [k, v] of Object.entries(r.firstScrollToMap)) L.push(`  first scroll → live map, ${k}: median ${v.medianMs ?? 'failed'} ms`);
	for (const n of r.notes) L.push(`  note: ${n}`);
	return L.join('\n');
}

main().catch((e) => {
	console.error(e);
	process.exitCode = 2;
});

/**
 * Milliseconds from the map being made to its `load`, from a first-scroll figure's phases.
 * @param {{ phases?: Record<string, number | null> } | undefined} f
 */
function phaseGap(f) {
	const made = f?.phases?.made;
	const loaded = f?.phases?.loaded;
	return made == null || loaded == null ? '–' : Math.round(loaded - made);
}
