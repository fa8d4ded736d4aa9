import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Debian's Chromium: Playwright cannot download its own browser on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	// Starts its own server the README's way: playwright.start.config.ts.
	testIgnore: '**/readme-start.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 30_000,
	// Sign-ins hash with argon2 and the first render of a network lays out its map: on a busy
	// 2-core machine either can take longer than Playwright's default 5 s.
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		// A fresh database file per run: the app creates and seeds it on first start, as in production.
		command: 'node scripts/e2e-server.js',
		url: `http://127.0.0.1:${PORT}/healthz`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: { PORT: String(PORT), HOST: '127.0.0.1', DATABASE_PATH: 'data/e2e/vakmetro.db', ORIGIN: `http://127.0.0.1:${PORT}` }
	}
});
