import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	test: {
		include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// SQLite files and the seed are real; give slow CI machines room.
		testTimeout: 30_000,
		pool: 'forks'
	}
});
