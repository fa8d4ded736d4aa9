import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createUser, openPage, signIn } from './e2e-helpers';

/**
 * The security headers and the Content-Security-Policy, in a real browser: every kind of answer
 * carries the headers, personal answers stay out of caches, and the pages still hydrate, draw
 * and export the map and plan routes under the policy without a single violation.
 */

const WELDER_TO_LEADER = 'welder,construction-welder,hygienic-welder,hygienic-fitter,maintenance-mechanic-food-pharma,work-planner,hygienic-design-engineer,project-leader';

/** Records every policy violation a page reports, from before its first script runs. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) console.push(m.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
	});
	return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []))];
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
	expect(headers['x-content-type-options'], what).toBe('nosniff');
	expect(headers['x-frame-options'], what).toBe('DENY');
	expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
	expect(headers['permissions-policy'], what).toContain('camera=()');
	expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
}

test('pages, the API, static files, errors and refusals all carry the security headers', async ({ request }) => {
	const page = await request.get('/en');
	expectSecurityHeaders(page.headers(), 'page');
	const csp = page.headers()['content-security-policy']!;
	// SvelteKit's inline start-up script runs by its hash; no other inline script runs. A hash
	// (not a nonce) because pages kept for readers without a session are answered again as they are.
	expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
	expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	expect(csp).not.toContain("'nonce-");
	expect(csp).toContain("object-src 'none'");
	expect(csp).toContain("base-uri 'self'");
	expect(csp).toContain("form-action 'self'");
	const html = await page.text();
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	expect(inline.length).toBeGreaterThan(0);
	for (const script of inline) expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
	expect((await request.get('/en?route=welder,construction-welder')).headers()['content-security-policy']).not.toBe(csp);

	for (const [path, status] of [
		['/api/stations', 200],
		['/api/stations/nope', 404],
		['/favicon.svg', 200],
		['/en/stations/nope', 404],
		['/healthz', 200]
	] as const) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(status);
		expectSecurityHeaders(res.headers(), path);
	}
	const refused = await request.post('/en/sign-in', { form: { email: 'a@example.nl', password: 'x' }, headers: { origin: 'https://evil.example' } });
	expect(refused.status()).toBe(403);
	expectSecurityHeaders(refused.headers(), 'refusal');
	expect(await refused.text()).toContain('This form was refused to protect your account');
});

test('answers to a signed-in reader are kept out of every cache', async ({ browser, request }) => {
	expect((await request.get('/en')).headers()['cache-control'] ?? '').not.toContain('no-store');
	createUser('cato@example.nl', 'Cato Cache');
	const page = await signIn(browser, 'cato@example.nl');
	for (const path of ['/en/account', '/en/plans', '/en', '/api/me', '/api/me/export', '/api/plans', '/api/stations']) {
		const res = await page.request.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['cache-control'], path).toBe('private, no-store');
	}
	await page.context().close();
});

test('a page cannot be framed by another site', async ({ page }) => {
	const blocked: string[] = [];
	page.on('console', (m) => blocked.push(m.text()));
	await page.setContent(`<iframe src="${new URL('/en', test.info().project.use.baseURL).href}"></iframe>`);
	await expect.poll(() => blocked.some((t) => /frame-ancestors|Refused to (display|frame)/.test(t))).toBe(true);
	// Chromium shows its own error page in the frame instead of the map.
	expect(page.frames()[1]!.url()).toMatch(/^chrome-error:/);
	await expect(page.frames()[1]!.getByTestId('metro-map')).toHaveCount(0);
});

test('under the policy the map hydrates, zooms and exports SVG and PNG, with no violation', async ({ page }) => {
	const violations = await watchPolicy(page);
	await openPage(page, `/en?route=${WELDER_TO_LEADER}`);
	const viewport = () => page.locator('[data-viewport]').getAttribute('transform');
	const before = await viewport();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(viewport).not.toBe(before);
	const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
	expect(readFileSync((await svgFile.path())!, 'utf8')).toContain('Hygienic welder');
	const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
	expect(readFileSync((await pngFile.path())!).subarray(1, 4).toString()).toBe('PNG');
	const seen = await violations();
	// Line colours are style attributes: they must still apply.
	await openPage(page, '/en/lines/welding');
	await expect(page.locator('h1 .swatch')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
	expect([...seen, ...(await violations())]).toEqual([]);
});

test('under the policy the planner plans in the browser and a signed-in reader works, with no violation', async ({ browser }) => {
	createUser('pol@example.nl', 'Pol Policy');
	let read: () => Promise<string[]> = async () => [];
	const page = await signIn(browser, 'pol@example.nl', { prepare: async (p) => void (read = await watchPolicy(p)) });
	const seen: string[] = [...(await read())];
	await openPage(page, '/en/plan');
	await page.getByLabel('Start station (your job today)').selectOption('hygienic-welder');
	await page.getByLabel('End station (the job you want)').selectOption('project-leader');
	await page.getByRole('button', { name: 'Plan routes' }).click();
	await expect(page).toHaveURL(/from=hygienic-welder&to=project-leader/);
	await expect(page.getByTestId('route-card').first()).toBeVisible();
	await expect(page.getByRole('application', { name: 'Metro map with route 1 highlighted' })).toBeVisible();
	seen.push(...(await read()));
	for (const path of ['/en/account', '/en/plans', '/en/stations/hygienic-welder', '/en/search?q=weld']) {
		await openPage(page, path);
		seen.push(...(await read()));
	}
	expect(seen).toEqual([]);
	await page.context().close();
});
