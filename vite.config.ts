import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { clientData } from './data/scripts/client-data.ts';
import { mapFiles } from './data/scripts/map-files.ts';

/** The reading page's own modules, grouped into one chunk (see `codeSplitting` below), with the motion setting and the About line. */
const READING = /src[\\/]lib[\\/](story|scroll|components|share)[\\/]|src[\\/]lib[\\/]modes[\\/]motion\.svelte\.ts$|data[\\/]about\.ts$/;
/**
 * Of those, the ones the reading page does not run in the browser: the story's checks, the About
 * page's HTML, the step-text builders and components that embeds, slides and step pages use
 * (the reading page adopts its prerendered cards), and the translation of the story and the
 * headlines, which those pages load in Russian and Ukrainian (the reading page's copy comes
 * translated). A group takes its modules' dependencies too,
 * so leaving these out keeps the charts' code and data out of the reading page's first screen.
 */
const BUILD_ONLY = /src[\\/]lib[\\/](story[\\/](validate|checks|sourceRules|aboutHtml|html|translate|inWords|headlines)\.ts|components[\\/]Step(Text|Picture)\.svelte)$/;
/** And the ones it runs only after its first screen, each loaded when it is needed: the source list's fetching. */
const LATER = /src[\\/]lib[\\/]story[\\/]sourceList\.ts$/;

export default defineConfig({
	plugins: [clientData(), mapFiles(), sveltekit()],
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
						{ name: 'story', test: (id: string) => READING.test(id) && !BUILD_ONLY.test(id) && !LATER.test(id) }
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
