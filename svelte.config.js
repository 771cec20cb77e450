import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './security.config.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// 404.html: what a static host serves for an unknown path (a page with a way back, never a blank one).
		adapter: adapter({ fallback: '404.html', strict: true }),
		alias: {
			$data: 'data',
			$components: 'src/lib/components'
		},
		csp: { mode: 'hash', directives: cspDirectives },
		// Only presentation mode installs the offline copy (src/lib/modes/present/offline.ts).
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			// Presentation-mode fragments name a step to open, not an element on the page.
			handleMissingId: ({ path, message }) => {
				if (path.startsWith('/present')) return;
				throw new Error(message);
			},
			// Where the site will live, for absolute link-preview URLs; set SITE_URL when building for a host.
			origin: process.env.SITE_URL ?? 'http://localhost:4173'
		}
	}
};

export default config;
