import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { notAborted, ONCE, SITE_DIR, trackRequests, watchProblems } from './helpers';
import { cheaperMap } from './frames';

// This spec checks the page around the map, not the map's motion: see frames.ts.
test.beforeEach(cheaperMap);

/** Every page the build wrote, as a route: what a reader, an embed or a lecturer can open. */
function builtRoutes(dir = SITE_DIR): string[] {
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
	// One single-step page stands for all of them, in each language.
	const isStep = (r: string) => /^(?:\/(?:ru|uk))?\/step\//.test(r);
	const firstOfEach = [...new Map(out.filter(isStep).sort().map((r) => [r.replace(/\/step\/.*$/, ''), r])).values()];
	return [...out.filter((r) => !isStep(r)), ...firstOfEach].sort();
}

const routes = builtRoutes();

test('the build has the story, its single-step pages and the snapshot route', () => {
	expect(routes).toEqual(expect.arrayContaining(['/', '/snapshot']));
	expect(routes.some((r) => r.startsWith('/step/'))).toBe(true);
});

/**
 * Motion changes what a page loads (the animations' files and timers), the
 * language only its words: every English page is checked under both motions,
 * and each translated page under one, Russian with reduced motion and
 * Ukrainian without, so each motion is seen in a translated language too.
 */
const MOTIONS = { en: ['no-preference', 'reduce'], ru: ['reduce'], uk: ['no-preference'] } as const;
const langOfRoute = (route: string) => (/^\/(ru|uk)(?:\/|$)/.exec(route)?.[1] ?? 'en') as keyof typeof MOTIONS;

for (const route of routes) {
	for (const motion of MOTIONS[langOfRoute(route)]) {
		// The story page is checked on every device; the other pages load the same files whatever the screen.
		test(`${route} (${motion} motion) asks nothing of any other host and breaks no security policy`, route === '/' ? {} : ONCE, async ({ page }) => {
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
			await page.goto(route.endsWith('/snapshot') ? `${route}#` : route);
			if (/\/step\//.test(route)) {
				// A step page sends readers on to the story; what the page itself started is cut off by design.
				await page.waitForURL(/(?:\/|\/ru|\/uk)#[a-z0-9-]+$/);
				await page.waitForLoadState('load');
				problems.splice(0, problems.length, ...notAborted(problems));
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

test('the story page’s first screen loads no script that carries the words its HTML already holds, nor the map’s layers', ONCE, async ({ page }) => {
	const { story } = await import('../../data/story');
	const { sources } = await import('../../data/sources');
	const words = (lang: string): Record<string, string> => JSON.parse(readFileSync(new URL(`../../data/i18n/ui.${lang}.json`, import.meta.url), 'utf8'));
	const [en, ru] = [words('en'), words('ru')];
	// Every script the first screen asks for, read again from the server afterwards: a body read from the
	// browser as it arrives can be gone from its buffer on a busy machine, and an empty one would prove nothing.
	// The first screen ends where the page starts readying the map while it sits idle (src/lib/map/warm.ts):
	// its first request is the list of the map's files.
	const urls = new Set<string>();
	let readying = false;
	page.on('request', (r) => {
		if (r.url().endsWith('/map-files.json')) readying = true;
		else if (!readying && r.url().endsWith('.js')) urls.add(r.url());
	});
	await page.goto('/');
	// Everything the page asks for as it starts: its scripts have run once it follows the reader.
	await expect(page.locator('.scrolly')).toHaveAttribute('data-started', 'true');
	await page.waitForLoadState('networkidle');
	const scripts = await Promise.all(
		[...urls].map(async (u) => {
			const res = await page.request.get(u);
			expect(res.ok(), u).toBe(true);
			return res.text();
		})
	);
	expect(scripts.length).toBeGreaterThan(0);
	const js = scripts.join('\n');
	// A paragraph of a step, a figure's label, a claim a source supports: all in the HTML or the build's checks only.
	const paragraph = story.steps[1]!.body[0]!.replace(/\{cite:[^}]+\}/g, '').slice(0, 60);
	expect(js.includes(paragraph), 'a step paragraph').toBe(false);
	const claim = sources.flatMap((s) => Object.values(s.supports ?? {}))[0]!.slice(0, 60);
	expect(js.includes(claim), 'a source’s claim').toBe(false);
	// The key's layer modules come with the map: none of their MapLibre layer ids before it starts.
	expect(js.includes('airlift-return-core'), 'the airlift layer module').toBe(false);
	// Nor each step's heading or map in words: the page reads them from its cards (src/lib/story/pageWords.ts).
	expect(js.includes(story.steps[1]!.heading), 'a step heading').toBe(false);
	expect(js.includes(story.steps[1]!.alt.slice(0, 60)), 'a step’s map in words').toBe(false);
	// Nor the credits, nor the code that writes the link-preview tags: the page holds both as they are.
	expect(js.includes(story.credits[0]!), 'the credits').toBe(false);
	expect(js.includes('og:locale:alternate'), 'the link-preview tags’ code').toBe(false);
	// What the page's scripts do need is there: each step's id and camera, to follow the reader.
	expect(js.includes(`"id":"${story.steps[1]!.id}"`), 'a step id').toBe(true);
	expect(js.includes(JSON.stringify(story.steps[1]!.camera.bounds)), 'a step camera').toBe(true);
	expect(js.includes(en['announce.step']!), 'the English interface words, on an English page').toBe(true);

	// A Russian page carries its own interface words and not the English ones.
	urls.clear();
	readying = false;
	await page.goto('/ru');
	await expect(page.locator('.scrolly')).toHaveAttribute('data-started', 'true');
	await page.waitForLoadState('networkidle');
	const ruJs = (await Promise.all([...urls].map(async (u) => (await page.request.get(u)).text()))).join('\n');
	expect(ruJs.includes(ru['announce.step']!), 'the Russian interface words').toBe(true);
	expect(ruJs.includes(en['announce.step']!), 'the English interface words, on a Russian page').toBe(false);
});
