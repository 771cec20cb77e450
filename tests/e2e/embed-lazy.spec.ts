/**
 * An embed far down a host's article waits to be seen: until the reader scrolls
 * to it, the frame requests no map file (MapLibre's chunk or worker, geodata; the map has no
 * font file of its own); scrolled to, it starts its map; scrolled away again, it draws nothing.
 * The host page is on an origin of its own (tests/e2e/hosts/server.ts).
 */
import { expect, test as base, type Page, type Request } from '@playwright/test';
import { story } from '../../data/story';
import { iframeTag } from '../../src/lib/modes/embed/snippets';
import { startHostServer, type HostServer } from './hosts/server';
import { SITE_DIR, trackRequests } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const test = base.extend<object, { host: HostServer }>({
	host: [
		async ({}, use) => {
			const server = await startHostServer();
			await use(server);
			await server.close();
		},
		{ scope: 'worker' }
	]
});

const STEP = story.steps[Math.floor(story.steps.length / 2)]!.id;

/** A newsroom's article with the embed three screens below the fold. */
function article(iframe: string): string {
	const para = '<p style="font:18px/1.6 serif;max-width:40em">The article goes on. '.padEnd(600, 'Text ') + '</p>';
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host article</title></head>
<body style="margin:0 1em"><h1>A host article</h1><div style="min-height:300vh">${para.repeat(12)}</div>${iframe}<div style="height:150vh">${para}</div></body></html>`;
}

/** Map files: MapLibre's worker, the geodata, and the chunk that carries MapLibre (it names the worker). */
function watchMapFiles(page: Page) {
	const js = new Set<string>();
	const files: string[] = [];
	page.on('request', (r: Request) => {
		const path = new URL(r.url()).pathname;
		// The map draws its labels in the page's own Noto Sans and has no font file of its own
		// (src/lib/map/style.ts): the font files are the embed's type.
		if (path.startsWith('/fonts/')) return;
		if (/maplibre-gl-worker|^\/geo\//.test(path)) files.push(path);
		else if (path.endsWith('.js')) js.add(r.url());
	});
	return {
		files,
		/** The JS the page fetched that carries MapLibre's code. */
		maplibreChunks: async () => {
			const out: string[] = [];
			// Read from the built site on disk, not over a second HTTP connection the server may already have closed.
			for (const url of js) if (readFileSync(join(SITE_DIR, new URL(url).pathname), 'utf8').includes('maplibre-gl-worker')) out.push(new URL(url).pathname);
			return out;
		}
	};
}

for (const lazy of [false, true]) {
	test(`an embed three screens down ${lazy ? '(the snippet’s loading="lazy" iframe)' : '(an iframe without loading="lazy")'} loads no map file until the reader scrolls to it, and stops drawing when scrolled away`, async ({ page, host, baseURL }) => {
		const src = `${baseURL}/embed?step=${STEP}`;
		let tag = iframeTag({ src, origin: baseURL!, title: 'The story', height: 600 });
		if (!lazy) tag = tag.replace(' loading="lazy"', '');
		else expect(tag).toContain('loading="lazy"');
		const path = `/article-${lazy ? 'lazy' : 'eager'}.html`;
		host.setPage(path, article(tag.replace('<iframe ', '<iframe id="story-embed" ')));
		const map = watchMapFiles(page);
		const net = trackRequests(page);
		await page.goto(`${host.origin}${path}`);
		const iframe = page.locator('#story-embed');
		const frame = page.frameLocator('#story-embed');
		if (!lazy) await expect(frame.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'waiting');
		await net.quiet(1500);
		expect(map.files, 'map files requested before the reader scrolled near the embed').toEqual([]);
		expect(await map.maplibreChunks(), 'MapLibre requested before the reader scrolled near the embed').toEqual([]);

		await iframe.scrollIntoViewIfNeeded();
		await expect(frame.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
		expect(map.files.some((f) => f.startsWith('/geo/')), 'geodata once the embed is seen').toBe(true);
		expect((await map.maplibreChunks()).length, 'MapLibre once the embed is seen').toBeGreaterThan(0);

		// Scrolled away, the embedded map draws no frames.
		await expect(frame.locator('[data-map]')).toHaveAttribute('data-moving', 'false');
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect(frame.locator('[data-map]')).toHaveAttribute('data-animating', 'false');
		const renders = await frame.locator('[data-map]').evaluate(
			(el) =>
				new Promise<number>((resolve) => {
					const m = (el as HTMLElement & { __map: { on: Function; off: Function } }).__map;
					let n = 0;
					const count = () => n++;
					m.on('render', count);
					setTimeout(() => {
						m.off('render', count);
						resolve(n);
					}, 2000);
				})
		);
		expect(renders, 'map renders in 2 s scrolled out of view').toBeLessThanOrEqual(2);
	});
}
