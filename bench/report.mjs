// @ts-check
/** The benchmark's results in words: SUMMARY.md, and the comparison with the previous run. */
import { KINDS } from './classify.mjs';
import { formatValue } from './budgets.mjs';

/** @param {number | null | undefined} b */
const kb = (b) => (b == null ? '–' : (b / 1024).toFixed(1));
/** @param {number | null | undefined} v @param {string} [unit] */
const num = (v, unit = '') => (v == null ? '–' : `${v}${unit}`);

/**
 * @param {import('./stats.mjs').Change} c
 */
export function ratioText(c) {
	if (c.ratio == null) return c.old == null ? 'new' : c.now == null ? 'gone' : '–';
	return `×${c.ratio.toFixed(2)}`;
}

/** The figures SUMMARY.md compares; the console and results.json have them all. */
const HEADLINE = [
	/^bytes\.(firstScreen|wholeStory)\.(total|js|image|font|json)$/,
	/^lighthouse(WithoutWebGL)?\.[^.]+\.(score|fcpMs|lcpMs|tbtMs|cls|bytes)$/,
	/^read\.longTasks\.(count|longestMs|totalMs)$/,
	/^read\.longTasks\.byOwner\.[a-z]+\.longestMs$/,
	/^read\.frames\.(flying|droppedPct)$/,
	/^read\.camera\.(movestartMedianMs|firstMoveMedianMs)$/,
	/^firstScrollToMap\.[^.]+\.(medianMs|phases\.[a-z]+)$/,
	/^stillMap\.[^.]+\.(cpuPct|renders|rafs)$/,
	/^embedBelowFold\.[^.]+\.(requests|bytes|mapRequests)$/,
	/^reference\.lighthouse\.[^.]+\.(score|tbtMs)$/,
	/^reference\.firstScrollToMap(WithBasemap)?\.[^.]+\.medianMs$/
];

/** @param {string} key */
export function isHeadline(key) {
	return HEADLINE.some((re) => re.test(key));
}

/**
 * Lines comparing this run with the previous one: every figure, old → new, and new/old.
 * @param {import('./stats.mjs').Change[]} changes
 */
export function comparisonLines(changes) {
	const w = Math.max(...changes.map((c) => c.key.length), 10);
	return changes.map((c) => `${c.key.padEnd(w)}  ${String(c.old ?? '–').padStart(10)} → ${String(c.now ?? '–').padEnd(10)} ${ratioText(c)}`);
}

/**
 * @param {any} r results
 * @param {import('./budgets.mjs').Verdict[]} verdicts
 * @param {import('./stats.mjs').Change[] | null} changes
 */
export function summaryMarkdown(r, verdicts, changes) {
	const L = [];
	L.push('# Benchmark summary', '');
	L.push(
		`Run ${r.timestamp}, ${r.durationS} s. Node ${r.machine.node}, ${r.machine.chromium}, ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGB} GB; load average ${r.machine.loadAverageAtStart?.[0]} at the start, ${r.machine.loadAverageAtEnd?.[0]} at the end; Lighthouse benchmark index ${num(r.machine.lighthouseBenchmarkIndex)}.`
	);
	L.push(`Served by bench/server.mjs: ${r.settings.compression}. Phone: ${r.settings.device}. KB = 1024 bytes, compressed, headers included.`, '');

	L.push('## Budgets', '', '| budget | measured | limit | |', '|---|---|---|---|');
	for (const v of verdicts) L.push(`| ${v.label} | ${v.value == null ? 'not measured' : formatValue(v.value, v.unit)} | ${v.limit} | ${v.pass ? 'pass' : '**FAIL**'} |`);
	L.push('');

	const fs = r.bytes?.firstScreen;
	const ws = r.bytes?.wholeStory;
	L.push('## Bytes over the wire (KB)', '', '| kind | first screen | whole story |', '|---|---:|---:|');
	for (const k of KINDS) L.push(`| ${k === 'json' ? 'json / geodata' : k} | ${kb(fs?.[k])} | ${kb(ws?.[k])} |`);
	L.push(`| **total** | **${kb(fs?.total)}** | **${kb(ws?.total)}** |`, `| requests | ${num(fs?.count)} | ${num(ws?.count)} |`);
	L.push(`| of which fetched by workers / service worker | ${kb(fs?.workerBytes)} | ${kb(ws?.workerBytes)} |`, '');
	L.push(
		`First screen = everything requested before the first scroll and before the first map file (${fs?.cutAt ? `here ${fs.cutAt}${fs.cutAt.endsWith('/map-files.json') ? ', the first request of the map\'s readying while the page sits idle (src/lib/map/warm.ts)' : ''}` : 'no map file was requested before the first scroll'}). The whole story counts everything, the readying included.`,
		''
	);
	const byLang = Object.entries(r.bytes?.firstScreenByLang ?? {}).filter(([, v]) => v);
	if (byLang.length) {
		L.push('First screen in the other languages (same count):', '', '| page | KB | requests | js | font | image | html and other |', '|---|---:|---:|---:|---:|---:|---:|');
		for (const [lang, v] of byLang) L.push(`| /${lang} | ${kb(v.total)} | ${num(v.count)} | ${kb(v.js)} | ${kb(v.font)} | ${kb(v.image)} | ${kb((v.total ?? 0) - (v.js ?? 0) - (v.font ?? 0) - (v.image ?? 0) - (v.css ?? 0))} |`);
		L.push('');
	}
	const biggest = [...(ws?.requests ?? [])].sort((a, b) => b.bytes - a.bytes).slice(0, 8);
	if (biggest.length) {
		L.push('Largest transfers of the whole story:', '', '| file | KB | fetched by |', '|---|---:|---|');
		for (const t of biggest) L.push(`| ${t.path} | ${kb(t.bytes)} | ${t.seenBy === 'browser' ? 'page' : 'worker / service worker'} |`);
		L.push('');
	}

	L.push(
		'## Lighthouse, mobile defaults (medians)',
		'',
		'| route | runs | score | FCP ms | LCP ms | TBT ms | CLS | KB | blocking ms: own / MapLibre / other |',
		'|---|---:|---:|---:|---:|---:|---:|---:|---|'
	);
	/** @param {string} route @param {any} x */
	const lhRow = (route, x) =>
		x.missing
			? `| ${route} | missing | | | | | | | |`
			: x.failed || !x.runsDone
				? `| ${route} | failed: ${x.errors?.[0] ?? 'see the log'} | | | | | | | |`
				: `| ${route} | ${x.runsDone} | ${num(x.score)} | ${num(x.fcpMs)} | ${num(x.lcpMs)} | ${num(x.tbtMs)} | ${num(x.cls)} | ${kb(x.bytes)} | ${num(x.blockingMsByOwner?.own)} / ${num(x.blockingMsByOwner?.maplibre)} / ${num(x.blockingMsByOwner?.other)} |`;
	for (const [route, x] of Object.entries(r.lighthouse ?? {})) L.push(lhRow(route, x));
	for (const [route, x] of Object.entries(r.lighthouseWithoutWebGL ?? {})) L.push(lhRow(`${route} without WebGL (diagnostic)`, x));
	L.push('', "Lighthouse's KB leave out what a service worker fetches; the byte table above counts it.", '');

	const rd = r.read;
	if (rd) {
		const lt = rd.longTasks;
		L.push(`## Scripted read (${rd.steps} steps, ${r.settings.device}, CPU 4x)`, '');
		if (rd.reads?.count > 1)
			L.push(`The median of ${rd.reads.count} reads by the longest task of the project's own code (each read's: ${rd.reads.ownLongestMs.map((/** @type {number | null} */ v) => (v == null ? 'failed' : `${v} ms`)).join(', ')}); its figures below.`, '');
		L.push('| long tasks | count | longest ms | total ms |', '|---|---:|---:|---:|');
		L.push(`| all (load, map start, read) | ${lt.count} | ${lt.longestMs} | ${lt.totalMs} |`);
		for (const [who, name] of /** @type {const} */ ([
			['own', "project's own code"],
			['maplibre', 'MapLibre (its chunk)'],
			['other', 'mostly no script: rendering, GPU, GC']
		]))
			L.push(`| ${name} | ${lt.byOwner[who].count} | ${lt.byOwner[who].longestMs} | ${lt.byOwner[who].totalMs} |`);
		L.push(`| during the steps only (own code's longest: ${lt.duringSteps.byOwner.own.longestMs} ms) | ${lt.duringSteps.count} | ${lt.duringSteps.longestMs} | ${lt.duringSteps.totalMs} |`, '');
		L.push(`Attribution from long-animation-frame scripts: ${rd.loafSupported ? 'available' : 'not available in this browser (all long tasks are "other")'}.`, '');
		L.push('| while the camera flies | |', '|---|---:|');
		L.push(`| frames | ${rd.frames.flying} |`, `| dropped (> 25 ms) | ${rd.frames.dropped} (${rd.frames.droppedPct}%) |`, `| worst frame | ${rd.frames.worstMs} ms |`);
		L.push(`| frames dropped while still (baseline) | ${rd.frames.stillDropped} of ${rd.frames.still} |`);
		L.push(`| step active → movestart, median / max | ${num(rd.camera.movestartMedianMs, ' ms')} / ${num(rd.camera.movestartMaxMs, ' ms')} (${rd.camera.flights} flights) |`);
		L.push(`| step active → first moved frame, median / max | ${num(rd.camera.firstMoveMedianMs, ' ms')} / ${num(rd.camera.firstMoveMaxMs, ' ms')} |`, '');
		for (const [title, list] of /** @type {const} */ ([
			['Longest tasks', lt.top],
			["The project's own longest tasks", lt.topOwn]
		])) {
			if (!list?.length) continue;
			L.push(`${title}:`, '', '| start ms | ms | owner | own / MapLibre / no script, ms | scripts in it (file, function@char, invoker: ms) |', '|---:|---:|---|---|---|');
			for (const t of list)
				L.push(`| ${t.startMs} | ${t.durationMs} | ${t.owner} | ${t.ownMs} / ${t.maplibreMs} / ${t.unscriptedMs} | ${t.scripts.map((/** @type {any} */ s) => `${s.file} ${s.fn || '(anon)'}@${s.at} ${s.invoker}: ${s.ms}`).join('; ') || '(no script: rendering, GC)'} |`);
			L.push('');
		}
	}

	const fr = r.firstScrollToMap;
	if (fr) {
		L.push('## First scroll → live map (median of runs; a failed run counts as slowest)', '', '| CPU | median ms | runs (ms) | failures |', '|---|---:|---|---|');
		for (const [k, v] of Object.entries(fr)) {
			/** @type {any} */
			const x = v;
			L.push(`| ${k} | ${num(x.medianMs)} | ${x.runs.map((/** @type {number | null} */ t) => t ?? 'failed').join(', ')} | ${x.failures?.join('; ') ?? ''} |`);
		}
		L.push('', 'Each run scrolls once the first screen has settled (loaded, the network quiet for a second). fullSpeed and cpu4x are on this machine\'s own network; slow4g is full speed on a slow 4G link (150 ms latency, 1.6 Mbps down, 750 kbps up), where fetching the map\'s files is most of the wait unless the page readied them while it sat idle.', '');
		// Where the time goes: the map's marks (src/lib/map/marks.ts), median ms from the scroll.
		const names = [...new Set(Object.values(fr).flatMap((/** @type {any} */ x) => Object.keys(x.phases ?? {})))];
		if (names.length) {
			L.push('Where it goes (median ms from the scroll at which the map reached each mark: warm = the countries fetched while the page sat idle (negative: before the scroll), code = MapLibre loaded, geodata = countries decoded, made = map created, loaded = style and first frame, layers = every layer added, ready = live):', '', `| CPU | ${names.join(' | ')} |`, `|---|${names.map(() => '---:').join('|')}|`);
			for (const [k, v] of Object.entries(fr)) L.push(`| ${k} | ${names.map((n) => num(/** @type {any} */ (v).phases?.[n] ?? null)).join(' | ')} |`);
			L.push('');
		}
	}

	const st = r.stillMap;
	if (st) {
		L.push(
			`## Still map (step \`${st.step}\`, ${st.windowMs} ms once the camera has landed and the pulses have played out; Pixel 7, full speed, median of runs)`,
			'',
			'| mode | main thread, % of a core | busy ms | map renders | animation frames | motion came to rest |',
			'|---|---:|---:|---:|---:|---|'
		);
		for (const mode of ['reading', 'presentation', 'embed']) {
			const x = st[mode];
			if (x) L.push(`| ${mode} | ${num(x.cpuPct)} | ${num(x.taskMs)} | ${num(x.renders)} | ${num(x.rafs)} | ${x.rested ? 'yes' : 'no (measured 12 s after landing)'} |`);
		}
		L.push('');
	}

	const ef = r.embedBelowFold;
	if (ef) {
		L.push(
			'## Embed three screens below a host article\'s fold (iframe without loading="lazy"; Pixel 7)',
			'',
			'| | requests to the site | KB | map files (MapLibre, worker, geodata) |',
			'|---|---:|---:|---:|',
			`| before the reader scrolls | ${ef.beforeScroll.requests} | ${kb(ef.beforeScroll.bytes)} | ${ef.beforeScroll.mapRequests} |`,
			`| after scrolling to it (map ${ef.afterScroll.mapStarted ? 'started' : 'did not start'}) | ${ef.afterScroll.requests} | ${kb(ef.afterScroll.bytes)} | ${ef.afterScroll.mapRequests} |`,
			''
		);
	}

	const ref = r.reference;
	if (ref) {
		const lh = ref.lighthouse ?? {};
		const fs = ref.firstScrollToMap ?? {};
		L.push(
			`## Reference: a bare MapLibre ${ref.maplibre} map on this machine (bench/reference.mjs)`,
			'',
			'One background layer, no data, no labels, no project code, measured the way the story is: what any live map costs here, beside what the story\'s map costs.',
			'',
			'| | Lighthouse score | TBT ms | scroll → map load, full speed ms | at 4x CPU ms |',
			'|---|---:|---:|---:|---:|',
			`| bare map, started on load (as /present and /embed start theirs) | ${num(lh.mapOnLoad?.score)} | ${num(lh.mapOnLoad?.tbtMs)} | | |`,
			`| bare map, waiting for a scroll (as / does) | ${num(lh.mapWaits?.score)} | ${num(lh.mapWaits?.tbtMs)} | ${num(fs.fullSpeed?.medianMs)} | ${num(fs.cpu4x?.medianMs)} |`,
			`| bare map with the story's basemap (1:50m countries, borders, coasts; two fills, two lines), readied before the scroll as / readies its map | | | ${num(ref.firstScrollToMapWithBasemap?.fullSpeed?.medianMs)} | ${num(ref.firstScrollToMapWithBasemap?.cpu4x?.medianMs)} |`,
			`| bare map with the story's basemap, started on load (as /present and /embed start theirs) | ${num(lh.basemapOnLoad?.score)} | ${num(lh.basemapOnLoad?.tbtMs)} | | |`,
			`| the story: /present, /embed | ${num(r.lighthouse?.['/present']?.score)}, ${num(r.lighthouse?.['/embed']?.score)} | ${num(r.lighthouse?.['/present']?.tbtMs)}, ${num(r.lighthouse?.['/embed']?.tbtMs)} | | |`,
			`| the story: / and its first scroll → live map | ${num(r.lighthouse?.['/']?.score)} | ${num(r.lighthouse?.['/']?.tbtMs)} | ${num(r.firstScrollToMap?.fullSpeed?.medianMs)} | ${num(r.firstScrollToMap?.cpu4x?.medianMs)} |`,
			''
		);
	}

	if (r.notes?.length) L.push('## Notes', '', ...r.notes.map((/** @type {string} */ n) => `- ${n}`), '');

	const main = changes?.filter((c) => isHeadline(c.key)) ?? [];
	if (main.length) {
		L.push(`## Compared with the previous run (${r.previous?.timestamp ?? '?'})`, '', 'The main figures; `npm run bench` prints every one.', '', '| figure | previous | now | now/previous |', '|---|---:|---:|---:|');
		for (const c of main) L.push(`| ${c.key} | ${num(c.old)} | ${num(c.now)} | ${ratioText(c)} |`);
		L.push('');
	}
	return L.join('\n');
}
