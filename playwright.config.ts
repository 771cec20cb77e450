import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/e2e/browser';
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 90_000,
	expect: { timeout: 15_000 },
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	// A test that fails runs once more, with a full trace (actions, DOM snapshots, console, network,
	// a film strip); it still fails the run, even if it passes the second time (failOnFlakyTests).
	// A passing test records nothing. Recording every test cost time on this 2-core machine: the a11y and
	// network specs took 263 s summed with full traces, 208 s with traces but no DOM snapshots, 203 s with none.
	retries: 1,
	failOnFlakyTests: true,
	// The slowest spec files are printed at the end, so CI's log shows where the time goes.
	reporter: [['list'], ['./tests/e2e/slowest-reporter.ts']],
	use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'on-first-retry', screenshot: 'only-on-failure' },
	projects: [
		// What a still map costs, when an embed loads its map, how the map readies while the page sits idle
		// and the order its layers stack in do not depend on the screen: desktop only.
		// Tests tagged @once (tests/e2e/helpers.ts) do not depend on the device either. What each step's map
		// draws is checked on the smaller phone (phone-390), the harder case for a phone screen.
		{ name: 'phone', testIgnore: /(still|embed-lazy|layers|warm|first-map)\.spec\.ts/, grepInvert: /@once/, use: { ...devices['Pixel 7'], launchOptions } },
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, launchOptions } },
		// The smaller common phone (390×844), for what the map draws at each step.
		{ name: 'phone-390', testMatch: /layers\.spec\.ts/, use: { ...devices['iPhone 13'], browserName: 'chromium', launchOptions } }
	],
	webServer: {
		command: `node data/scripts/serve.mjs --dir ${process.env.E2E_SITE_DIR ?? 'build'} --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
