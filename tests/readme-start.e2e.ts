import { expect, test, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PASSWORD } from './e2e-helpers';

/**
 * `npm ci && npm start`, exactly as the README says: the built app served by `node
 * scripts/serve.js` (what `npm start` runs after building), started in a fresh directory holding
 * only the seed network, with no setting but the port. Forms must work on http://localhost and
 * http://127.0.0.1, and a post the server refuses must say why instead of showing nothing.
 */
// The port of playwright.start.config.ts (3000 unless E2E_PORT says otherwise).
const PORT = Number(process.env.E2E_PORT ?? 3000);
let server: ChildProcess;
let dir: string;
let output = '';

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'vakmetro-start-'));
	symlinkSync(resolve('graph-seed'), join(dir, 'graph-seed'));
	// Only what a shell always has, and the port: no ORIGIN, HOST, PROTOCOL_HEADER or DATABASE_PATH.
	const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, PORT: String(PORT) };
	server = spawn(process.execPath, [resolve('scripts/serve.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (server.exitCode !== null) throw new Error(`the server stopped: ${output}`);
		const ok = await fetch(`http://localhost:${PORT}/healthz`).then((r) => r.ok, () => false);
		if (ok) break;
		if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s: ${output}`);
		await new Promise((r) => setTimeout(r, 250));
	}
});

test.afterAll(async () => {
	if (server && server.exitCode === null) {
		const stopped = new Promise((r) => server.once('exit', r));
		server.kill('SIGTERM');
		await stopped;
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function signIn(browser: Browser, origin: string, email: string, javaScriptEnabled = true) {
	const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
	await page.goto(`${origin}/en/sign-in`, { waitUntil: 'networkidle' });
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await expect(page.getByLabel('Email address')).toHaveValue(email);
	await page.getByRole('button', { name: 'Sign in' }).click();
	return page;
}

test('the README’s start command listens on plain http with no ORIGIN set', () => {
	expect(output).toContain(`Listening on http://localhost:${PORT}`);
});

test('sign-up and sign-in work on http://localhost, with and without JavaScript', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/en/sign-up', { waitUntil: 'networkidle' });
	await page.getByLabel('Your name').fill('Sanne Start');
	await page.getByLabel('Email address').fill('sanne@example.nl');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/en\/account$/);
	await expect(page.getByText('Signed in as Sanne Start (sanne@example.nl)')).toBeVisible();
	await context.close();

	for (const javaScript of [true, false]) {
		const signedIn = await signIn(browser, `http://localhost:${PORT}`, 'sanne@example.nl', javaScript);
		await expect(signedIn).toHaveURL(/\/en\/account$/);
		await signedIn.context().close();
	}
});

test('sign-in works on http://127.0.0.1 too', async ({ browser }) => {
	const page = await signIn(browser, `http://127.0.0.1:${PORT}`, 'sanne@example.nl');
	await expect(page).toHaveURL(/\/en\/account$/);
	await expect(page.getByText('Signed in as Sanne Start')).toBeVisible();
	await page.context().close();
});

test('a post the origin check refuses says why, in the reader’s language, and signs nobody in', async ({ browser }) => {
	// Opened under a name that is not this machine's, without ORIGIN the server takes the site to
	// be https://vakmetro.test:PORT, so the browser's http:// post does not come from the site.
	const site = `http://vakmetro.test:${PORT}`;
	const expected = `https://vakmetro.test:${PORT}`;
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(`${site}/nl/sign-in`, { waitUntil: 'networkidle' });
		await page.getByLabel('E-mailadres').fill('sanne@example.nl');
		await page.getByLabel('Wachtwoord').fill(PASSWORD);
		await expect(page.getByLabel('E-mailadres')).toHaveValue('sanne@example.nl');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await expect(page.getByText(`het kwam van ${site}, terwijl deze site ${expected} is`)).toBeVisible();
		await expect(page.getByText('Er is niets gewijzigd.')).toBeVisible();
		expect((await context.cookies()).find((c) => c.name === 'session'), `JavaScript ${javaScriptEnabled}`).toBeUndefined();
		await context.close();
	}
});
