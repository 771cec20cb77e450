import { describe, expect, it } from 'vitest';
import { fileTable, nearestPairs, suiteMarkdown, suiteRun, timeByFile, type SuiteRun } from '../../bench/suitefigures.mjs';

/** A Playwright JSON report in the shape the json reporter writes: files, nested describes, projects, retries. */
const report = {
	stats: { startTime: '2026-12-04T10:00:00.000Z', duration: 125_400, expected: 3, skipped: 1, unexpected: 0, flaky: 1 },
	suites: [
		{
			file: 'a11y.spec.ts',
			specs: [
				{
					file: 'a11y.spec.ts',
					tests: [
						{ projectName: 'phone', status: 'expected', results: [{ duration: 4000, status: 'passed' }] },
						{ projectName: 'desktop', status: 'expected', results: [{ duration: 6000, status: 'passed' }] }
					]
				}
			],
			suites: [
				{
					specs: [
						{
							file: 'a11y.spec.ts',
							tests: [{ projectName: 'desktop', status: 'skipped', results: [{ duration: 0, status: 'skipped' }] }]
						}
					]
				}
			]
		},
		{
			file: 'read.spec.ts',
			specs: [
				{
					file: 'read.spec.ts',
					tests: [
						{
							projectName: 'desktop',
							status: 'flaky',
							results: [
								{ duration: 30_000, status: 'failed' },
								{ duration: 20_500, status: 'passed' }
							]
						}
					]
				}
			]
		}
	]
};

const run = (tree: 'baseline' | 'now', start: string, wallS: number, summedS: number, files: Record<string, number>): SuiteRun => ({
	tree,
	commit: tree === 'now' ? 'b'.repeat(40) : 'a'.repeat(40),
	start,
	wallS,
	summedS,
	passed: 10,
	skipped: 0,
	failed: 0,
	flaky: 0,
	cpuBusyCoreS: summedS,
	files: Object.fromEntries(Object.entries(files).map(([f, s]) => [f, { ms: s * 1000, tests: 2, byProject: {} }]))
});

describe('the suite benchmark: one run', () => {
	it('sums test time by spec file over projects, nested describes and retries, and counts no skipped test', () => {
		const files = timeByFile(report);
		expect(files['a11y.spec.ts']).toEqual({ ms: 10_000, tests: 2, byProject: { phone: 4000, desktop: 6000 } });
		// A retried test's time is both attempts: the run paid for both.
		expect(files['read.spec.ts']).toEqual({ ms: 50_500, tests: 1, byProject: { desktop: 50_500 } });
	});
	it("takes the runner's wall time, the summed test time and the outcomes", () => {
		const r = suiteRun(report, { tree: 'now', commit: 'c', start: '2026-12-04T10:00:00.000Z', cpuBusyCoreS: 240 });
		expect(r).toMatchObject({ wallS: 125.4, summedS: 60.5, passed: 3, skipped: 1, failed: 0, flaky: 1, cpuBusyCoreS: 240 });
	});
});

describe('the suite benchmark: a sitting', () => {
	// Baseline, now, now, baseline: the host slows through the sitting.
	const runs = [
		run('baseline', '2026-12-04T10:00:00Z', 1320, 2600, { 'a.spec.ts': 2000, 'b.spec.ts': 600 }),
		run('now', '2026-12-04T10:23:00Z', 640, 1250, { 'a.spec.ts': 1000, 'b.spec.ts': 250 }),
		run('now', '2026-12-04T10:35:00Z', 700, 1300, { 'a.spec.ts': 1050, 'b.spec.ts': 250 }),
		run('baseline', '2026-12-04T10:47:00Z', 1400, 2800, { 'a.spec.ts': 2100, 'b.spec.ts': 700, 'c.spec.ts': 0 })
	];
	it('compares each current run with the baseline run nearest to it in time, midpoint to midpoint', () => {
		const pairs = nearestPairs(runs);
		expect(pairs.map((p) => runs.indexOf(p.baseline))).toEqual([0, 3]);
		expect(pairs[0]).toMatchObject({ wall: 0.48, summed: 0.48 });
		expect(pairs[1]).toMatchObject({ wall: 0.5, summed: 0.46 });
		expect(nearestPairs(runs.filter((r) => r.tree === 'now'))).toEqual([]);
		// Started 26 minutes after the first baseline run started and 24 before the second, but nearer
		// the first by midpoint (the first ran 10:00–10:22, the second 10:50–11:13; this one 10:26–10:37).
		const between = run('now', '2026-12-04T10:26:00Z', 660, 1280, {});
		const first = run('baseline', '2026-12-04T10:00:00Z', 1320, 2600, {});
		const second = run('baseline', '2026-12-04T10:50:00Z', 1400, 2800, {});
		expect(nearestPairs([first, between, second])[0]?.baseline).toBe(first);
	});
	it("gives each file's mean on each side, slowest baseline file first", () => {
		expect(fileTable(runs)).toEqual([
			{ file: 'a.spec.ts', baselineS: 2050, baselineTests: 2, nowS: 1025, nowTests: 2, ratio: 0.5 },
			{ file: 'b.spec.ts', baselineS: 650, baselineTests: 2, nowS: 250, nowTests: 2, ratio: 0.38 },
			{ file: 'c.spec.ts', baselineS: 0, baselineTests: 2, nowS: 0, nowTests: 0, ratio: null }
		]);
	});
	it('writes the runs in order, the pairings, the means and a warning when a run had failures', () => {
		const result = {
			timestamp: '2026-12-04T11:10:00.000Z',
			machine: { cpus: 2, model: 'Test CPU', chromium: 'Chromium 1' },
			baseline: { commit: 'a'.repeat(40), patch: 'bench/suite-baseline.patch' },
			now: { commit: 'b'.repeat(40), dirty: false },
			args: [],
			runs
		};
		const md = suiteMarkdown(result);
		expect(md).toContain('the tests of aaaaaaa with `bench/suite-baseline.patch` applied');
		expect(md).toContain('| 2 | 10:23 | now | 10 | 0 | 0 | 0 | 10.7 min | 1,250.0 s | 1,250 core-s | ×0.48, ×0.48, ×0.48 (to #1) |');
		expect(md).toContain('**Means**: wall 22.7 min → 11.2 min (×0.49); test time 2,700.0 s → 1,275.0 s (×0.47).');
		expect(md).toContain('| a.spec.ts | 2,050.0 (2) | 1,025.0 (2) | ×0.50 |');
		expect(md).not.toContain('failed or flaky');
		const failing = suiteMarkdown({ ...result, runs: runs.slice(0, 2).map((r) => (r.tree === 'now' ? { ...r, failed: 2 } : r)) });
		expect(failing).toContain('**1 run(s) had failed or flaky tests** (#2)');
	});
});
