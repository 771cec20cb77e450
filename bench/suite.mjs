// @ts-check
/**
 * `npm run bench:suite -- [--runs=N] [--no-build] [--baseline=FILE] [-- playwright args]`
 * `npm run bench:suite -- --report` writes SUITE.md again from suite.json.
 *
 * How long the Playwright suite takes, now and at its baseline, side by side in one sitting.
 * This machine's speed drifts by several per cent an hour, so two runs made apart cannot say
 * whether the suite got quicker. This script builds the site once, then runs the current tests
 * (the working tree) and the baseline tests (a commit checked out beside it, with a patch applied,
 * both named in the baseline file) against the same built site, one run at a time, taking turns
 * (baseline then now, then now then baseline, …) so a slow spell hits both. Each run is
 * `CI=true npx playwright test`, as CI runs it; the figures come from Playwright's JSON report
 * and /proc/stat. Writes bench/suite.json (every run, every file) and bench/SUITE.md.
 * Arguments after `--` go to Playwright on both sides (a spec file, `--project desktop`) for a
 * quicker look; a full sitting of two rounds takes about 70 minutes on a 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkoutBeside, run } from './checkout.mjs';
import { suiteMarkdown, suiteRun } from './suitefigures.mjs';

const argv = process.argv.slice(2);
const dashDash = argv.indexOf('--');
const own = dashDash < 0 ? argv : argv.slice(0, dashDash);
const passThrough = dashDash < 0 ? [] : argv.slice(dashDash + 1);
const opt = (/** @type {string} */ name) => own.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const runs = Math.max(1, Number(opt('runs') ?? 2) || 2);
const root = fileURLToPath(new URL('..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const baselineFile = resolve(root, opt('baseline') ?? 'bench/suite-baseline.patch');
const chromePath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const log = (/** @type {string} */ msg) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** The baseline file names its commit on a `base: <sha>` line before the patch itself. */
function readBaseline() {
	const text = readFileSync(baselineFile, 'utf8');
	const commit = /^base: ([0-9a-f]{7,40})\s*$/m.exec(text)?.[1];
	if (!commit) throw new Error(`${relative(root, baselineFile)}: no "base: <commit>" line before the patch`);
	return { commit: run('git', ['rev-parse', `${commit}^{commit}`], root), hasPatch: /^diff --git /m.test(text) };
}

/** The whole machine's busy time so far, in core-seconds (null where /proc is missing). */
function cpuBusy() {
	try {
		const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
		const [user, nice, system, , , irq, softirq, steal] = f.map(Number);
		const hz = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
		return (user + nice + system + irq + softirq + steal) / hz;
	} catch {
		return null;
	}
}

/** A port nothing listens on, so a server left over from an earlier run cannot answer for this one. */
function freePort() {
	return new Promise((res, rej) => {
		const s = createServer();
		s.once('error', rej);
		s.listen(0, '127.0.0.1', () => {
			const addr = s.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			s.close(() => res(port));
		});
	});
}

/**
 * One Playwright run of the tests in `dir` against the built site in `site`.
 * @param {'baseline' | 'now'} tree
 * @param {string} dir
 * @param {string} commit
 * @param {string} site
 * @param {string} scratch
 * @param {number} n
 */
async function playwright(tree, dir, commit, site, scratch, n) {
	const report = join(scratch, `run-${n}-${tree}.json`);
	const out = join(scratch, `run-${n}-${tree}.log`);
	const port = await freePort();
	const start = new Date().toISOString();
	const before = cpuBusy();
	const fd = openSync(out, 'w');
	const r = spawnSync('npx', ['playwright', 'test', '--reporter=dot,json', ...passThrough], {
		cwd: dir,
		stdio: ['ignore', fd, fd],
		env: { ...process.env, CI: 'true', E2E_SITE_DIR: site, E2E_PORT: String(port), PLAYWRIGHT_JSON_OUTPUT_FILE: report }
	});
	closeSync(fd);
	const after = cpuBusy();
	let parsed;
	try {
		parsed = JSON.parse(await readFile(report, 'utf8'));
	} catch {
		throw new Error(`run ${n} (${tree}) left no report (exit ${r.status}); its output:\n${(await readFile(out, 'utf8')).split('\n').slice(-20).join('\n')}`);
	}
	const busy = before != null && after != null ? Math.round(after - before) : null;
	if (parsed.stats?.unexpected || parsed.stats?.flaky) {
		console.log((await readFile(out, 'utf8')).split('\n').slice(-60).join('\n'));
	}
	return suiteRun(parsed, { tree, commit, start, cpuBusyCoreS: busy });
}

/** `--report`: write SUITE.md again from the last sitting's suite.json, running nothing. */
async function report() {
	const md = suiteMarkdown(JSON.parse(await readFile(join(here, 'suite.json'), 'utf8')));
	await writeFile(join(here, 'SUITE.md'), md);
	console.log(md);
}

async function main() {
	if (own.includes('--report')) return report();
	const baseline = readBaseline();
	const nowCommit = run('git', ['rev-parse', 'HEAD'], root);
	const dirty = run('git', ['status', '--porcelain', '--untracked-files=no'], root) !== '';
	const chromium = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'Chromium (version unknown)';
	const scratch = await mkdtemp(join(tmpdir(), 'bench-suite-'));
	const site = join(scratch, 'site');
	/** @type {(() => void) | null} */
	let removeTree = null;
	try {
		if (!own.includes('--no-build')) {
			log('building the site');
			run('npx', ['vite', 'build'], root);
		}
		await cp(join(root, 'build'), site, { recursive: true });

		log(`baseline: ${baseline.commit.slice(0, 7)}${baseline.hasPatch ? ` + ${relative(root, baselineFile)}` : ''}`);
		const { tree, remove } = await checkoutBeside(root, baseline.commit, 'bench-suite-baseline-');
		removeTree = remove;
		if (baseline.hasPatch) run('git', ['apply', baselineFile], tree);
		run('npx', ['svelte-kit', 'sync'], tree);

		/** @type {import('./suitefigures.mjs').SuiteRun[]} */
		const done = [];
		for (let round = 0; round < runs; round++) {
			const order = round % 2 === 0 ? /** @type {const} */ (['baseline', 'now']) : /** @type {const} */ (['now', 'baseline']);
			for (const side of order) {
				const n = done.length + 1;
				log(`run ${n}: ${side}`);
				const result = await playwright(side, side === 'now' ? root : tree, side === 'now' ? nowCommit : baseline.commit, site, scratch, n);
				done.push(result);
				log(
					`run ${n}: ${side}: ${result.passed} passed, ${result.skipped} skipped, ${result.failed} failed, ${result.flaky} flaky; wall ${result.wallS} s, test time ${result.summedS} s, CPU ${result.cpuBusyCoreS ?? '–'} core-s`
				);
			}
		}

		/** @type {import('./suitefigures.mjs').SuiteResult} */
		const result = {
			timestamp: new Date().toISOString(),
			machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', chromium },
			baseline: { commit: baseline.commit, patch: baseline.hasPatch ? relative(root, baselineFile) : null },
			now: { commit: nowCommit, dirty },
			args: [...own, ...(passThrough.length ? ['--', ...passThrough] : [])],
			runs: done
		};
		await writeFile(join(here, 'suite.json'), JSON.stringify(result, null, '\t') + '\n');
		const md = suiteMarkdown(result);
		await writeFile(join(here, 'SUITE.md'), md);
		console.log(`\n${md}`);
	} finally {
		removeTree?.();
		await rm(scratch, { recursive: true, force: true });
	}
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
