/**
 * Prints the slowest spec files at the end of a Playwright run (summed over
 * projects and retries), so CI's log shows where the suite's time goes.
 * `SLOWEST=N` shows N files (default 10).
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { relative } from 'node:path';

export default class SlowestFiles implements Reporter {
	private byFile = new Map<string, { ms: number; tests: number; byProject: Map<string, number> }>();

	onTestEnd(test: TestCase, result: TestResult): void {
		const file = relative(process.cwd(), test.location.file);
		const entry = this.byFile.get(file) ?? { ms: 0, tests: 0, byProject: new Map() };
		entry.ms += result.duration;
		entry.tests += 1;
		const project = test.parent.project()?.name ?? '';
		entry.byProject.set(project, (entry.byProject.get(project) ?? 0) + result.duration);
		this.byFile.set(file, entry);
	}

	onEnd(_result: FullResult): void {
		const rows = [...this.byFile.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(process.env.SLOWEST ?? 10));
		if (!rows.length) return;
		const total = [...this.byFile.values()].reduce((s, e) => s + e.ms, 0);
		const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		const lines = rows.map(
			([file, e]) => `  ${s(e.ms).padStart(8)}  ${String(e.tests).padStart(3)} tests  ${file}  (${[...e.byProject].map(([p, ms]) => `${p || 'default'} ${s(ms)}`).join(', ')})`
		);
		console.log(`\nSlowest test files (test time summed over projects; ${s(total)} in all):\n${lines.join('\n')}`);
	}

	printsToStdio(): boolean {
		return false;
	}
}
