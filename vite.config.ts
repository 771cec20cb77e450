import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { clientData } from './data/scripts/client-data.ts';

/** The reading page's own modules, grouped into one chunk (see `codeSplitting` below), with the motion setting and the About line. */
const READING = /src[\\/]lib[\\/](story|scroll|components|share)[\\/]|src[\\/]lib[\\/]modes[\\/]motion\.svelte\.ts$|data[\\/]about\.ts$/;
/** Of those, the ones the reading page does not run: the story's checks and the About page's HTML. */
const BUILD_ONLY = /src[\\/]lib[\\/]story[\\/](validate|checks|sourceRules|aboutHtml)\.ts$/;

export default defineConfig({
	plugins: [clientData(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// The story page's first screen in a few files instead of two dozen: Svelte's and
				// SvelteKit's runtime in one, the reading page's own modules in another. Each file
				// costs a request and its headers, and small files compress worse. Modules only the
				// map, the modes or the build use (the story checks) stay out of the group, since
				// a group takes its modules' dependencies with it.
				codeSplitting: {
					groups: [
						{ name: 'runtime', test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/ },
						{ name: 'story', test: (id: string) => READING.test(id) && !BUILD_ONLY.test(id) }
					]
				}
			}
		}
	},
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
