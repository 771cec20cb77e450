import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import staticAdapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './security.config.js';

/** The site's languages, with the root of each (English at the site's root). */
const LANGS = /** @type {const} */ ([
	{ lang: 'en', html: 'en-GB', root: '' },
	{ lang: 'ru', html: 'ru', root: '/ru' },
	{ lang: 'uk', html: 'uk', root: '/uk' }
]);

/** @param {string} file */
const words = (file) => JSON.parse(readFileSync(join('data', 'i18n', file), 'utf8'));

/**
 * The fallback page a static host serves for an unknown address is an empty
 * shell that the app fills in, in the address's language. Give it a title and,
 * for readers without JavaScript, the message and the way back in every
 * language (the shell cannot know which one the reader came for), so it is
 * never a blank page.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} file
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withReadableFallback(adapter, file) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const path = join('build', file); // adapter-static's default pages folder
			const base = builder.config.kit.paths.base;
			const escape = (/** @type {string} */ t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
			const lines = LANGS.map(({ lang, html, root }) => {
				const ui = words(`ui.${lang}.json`);
				const title = words(`${lang}.json`)['story.title'];
				const [before, after] = ui['error.storyHere'].split('{link}');
				return `<section lang="${html}"><h1>${escape(ui['error.notFound'])}</h1><p>${escape(before)}<a href="${base}${root || '/'}">${escape(title)}</a>${escape(after)}</p></section>`;
			});
			const html = readFileSync(path, 'utf8')
				.replace('</head>', `\t<title>${escape(words('ui.en.json')['error.pageTitle'].replace(/\s*·\s*\{title\}/, ''))}</title>\n\t</head>`)
				.replace(
					'<body data-sveltekit-reload>',
					`<body data-sveltekit-reload>\n\t\t<noscript><main style="max-width:40rem;margin:0 auto;padding:3rem 1rem">${lines.join('')}</main></noscript>`
				);
			writeFileSync(path, html);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// 404.html: what a static host serves for an unknown path (a page with a way back, never a blank one).
		adapter: withReadableFallback(staticAdapter({ fallback: '404.html', strict: true }), '404.html'),
		alias: {
			$data: 'data',
			$components: 'src/lib/components'
		},
		csp: { mode: 'hash', directives: cspDirectives },
		// Each page's CSS (a few KB) goes inside its HTML: no render-blocking stylesheet requests
		// before the first words show. MapLibre's stylesheet is loaded with the map, not here.
		inlineStyleThreshold: 8 * 1024,
		// Only presentation mode installs the offline copy (src/lib/modes/present/offline.ts).
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			// Every page crawls from the English one; the embeds are named by no link, only by the code to paste,
			// and the story page's source list by the script that fetches it.
			entries: ['*', '/embed', '/ru/embed', '/uk/embed', '/sources.json', '/ru/sources.json', '/uk/sources.json'],
			// Presentation-mode fragments name a step to open, not an element on the page.
			handleMissingId: ({ path, message }) => {
				if (/^\/(?:(?:ru|uk)\/)?present/.test(path)) return;
				throw new Error(message);
			},
			// Where the site will live, for absolute link-preview URLs; set SITE_URL when building for a host.
			origin: process.env.SITE_URL ?? 'http://localhost:4173'
		}
	}
};

export default config;
