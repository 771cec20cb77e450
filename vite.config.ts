import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { clientData } from './data/scripts/client-data.ts';

export default defineConfig({
	plugins: [clientData(), sveltekit()],
	server: { port: 5173 },
	preview: { port: 4173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
