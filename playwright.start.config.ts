import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The README's start command, tested as a reader runs it: tests/readme-start.e2e.ts starts the
 * server itself, from a fresh directory, with PORT as its only setting (no ORIGIN, HOST or
 * database path). Only the port differs from the README's 3000, through E2E_PORT, so a run does
 * not collide with an app someone already serves on 3000 or with another run on this machine.
 */
const START_PORT = Number(process.env.E2E_PORT ?? 3000);

export default defineConfig({
	...base,
	testMatch: 'readme-start.e2e.ts',
	testIgnore: [],
	webServer: undefined,
	// Starting from an empty directory builds the database and lays out the seed map first.
	timeout: 60_000,
	use: {
		...base.use,
		baseURL: `http://localhost:${START_PORT}`,
		launchOptions: {
			...base.use?.launchOptions,
			// A name that is not this machine's, so the server must treat it as an https site (no ORIGIN).
			args: [...(base.use?.launchOptions?.args ?? []), '--host-resolver-rules=MAP vakmetro.test 127.0.0.1']
		}
	}
});
