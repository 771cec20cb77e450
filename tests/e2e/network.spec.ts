import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { trackRequests, watchProblems } from './helpers';

/** Every page the build wrote, as a route: what a reader, an embed or a lecturer can open. */
function builtRoutes(dir = process.env.E2E_SITE_DIR ?? 'build'): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) {
				if (name !== '_app') walk(p);
			} else if (name.endsWith('.html') && name !== '404.html') {
				const r = `/${relative(dir, p).replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`;
				out.push(r);
			}
		}
	};
	walk(dir);
	// One single-step page stands for all of them.
	const steps = out.filter((r) => r.startsWith('/step/'));
	return [...out.filter((r) => !r.startsWith('/step/')), ...steps.slice(0, 1)].sort();
}

const routes = builtRoutes();

test('the build has the story, its single-step pages and the snapshot route', () => {
	expect(routes).toEqual(expect.arrayContaining(['/', '/snapshot']));
	expect(routes.some((r) => r.startsWith('/step/'))).toBe(true);
});

for (const route of routes) {
	for (const motion of ['no-preference', 'reduce'] as const) {
		test(`${route} (${motion} motion) asks nothing of any other host and breaks no security policy`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.emulateMedia({ reducedMotion: motion });
			await page.addInitScript(() => {
				const w = window as unknown as { cspViolations: string[] };
				w.cspViolations = [];
				document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
			});
			const problems = watchProblems(page);
			const net = trackRequests(page);
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			await page.goto(route === '/snapshot' ? '/snapshot#' : route);
			if (route.startsWith('/step/')) {
				// A step page sends readers on to the story; what the page itself started is cut off by design.
				await page.waitForURL(/\/#[a-z0-9-]+$/);
				await page.waitForLoadState('load');
				for (let i = problems.length - 1; i >= 0; i--) if (problems[i]!.includes('net::ERR_ABORTED')) problems.splice(i, 1);
			}
			expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), 'the page carries its policy').toBe(1);
			// Read to the end, so everything a reader would load gets loaded.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			for (let y = 0; y < height; y += 2500) await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
			await page.keyboard.press('ArrowRight');
			await net.quiet();
			const state = page.locator('[data-map-state]').first();
			if (await state.count()) await expect(state).toHaveAttribute('data-map-state', /ready/, { timeout: 30_000 });
			expect(problems, 'no failed request, page error or third-party request').toEqual([]);
			expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
			const hosts = new Set(requests.map((u) => new URL(u)).filter((u) => u.protocol.startsWith('http')).map((u) => u.host));
			expect([...hosts]).toEqual([new URL(page.url()).host]);
		});
	}
}
