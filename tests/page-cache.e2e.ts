import { expect, request as newRequest, test, type APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { DATABASE_PATH, ORIGIN, createUser, signIn } from './e2e-helpers';

/**
 * Pages kept for readers without a session (src/lib/server/http/page-cache.ts), against the
 * built app: the same page is answered again unchanged and its policy still lets exactly its own
 * start-up script run; an edit shows at once; a signed-in reader is never answered a kept page,
 * nor is their page kept for others. The suite edits its own copy of the seed network.
 */

const NET = 'page-cache-e2e';
const STATION = `/en/stations/hygienic-welder?network=${NET}`;

/** A reader without a session or any cookie: a new request context per question. */
async function anonymous(path: string) {
	const context: APIRequestContext = await newRequest.newContext({ baseURL: ORIGIN });
	try {
		const res = await context.get(path);
		return { status: res.status(), headers: res.headers(), text: await res.text() };
	} finally {
		await context.dispose();
	}
}

test.describe.serial('pages kept for readers without a session', () => {
	test.describe.configure({ timeout: 60_000 });

	test.beforeAll(() => {
		execFileSync('node', ['--import', 'tsx', 'scripts/import-seed.ts', '--network', NET, '--dir', 'graph-seed', '--yes'], { env: { ...process.env, DATABASE_PATH }, stdio: 'pipe' });
		createUser('petra@example.nl', 'Petra Pages', '--admin');
	});

	test('a kept page the browser asks again (304, not modified) still loads its style and scripts', async ({ page }) => {
		const refused: string[] = [];
		page.on('console', (m) => {
			if (m.text().includes('Content Security Policy')) refused.push(m.text());
		});
		// Asked enough to be kept and gzip'd, then asked again by the same browser, which sends the
		// page's ETag and stores the 304's headers over the page's own.
		for (let i = 0; i < 3; i++) await page.goto(STATION);
		await page.reload();
		await expect(page.locator('[data-testid="metro-map"], main').first()).toBeVisible();
		expect(refused).toEqual([]);
		expect(await page.locator('#network-select').evaluate((e) => getComputedStyle(e).maxWidth)).not.toBe('none');
	});

	test('the same page is answered again unchanged, and its policy names its own start-up script', async () => {
		const first = await anonymous(STATION);
		const second = await anonymous(STATION);
		expect(first.status).toBe(200);
		expect(second.headers['x-page-cache']).toBe('hit');
		expect(second.text).toBe(first.text);
		const csp = second.headers['content-security-policy']!;
		expect(csp).toBe(first.headers['content-security-policy']);
		// No nonce to reuse: the inline script runs by its hash (tests/security.e2e.ts), which the same HTML keeps.
		expect(csp).toMatch(/'sha256-/);
		expect(csp).not.toContain("'nonce-");
	});

	test('after an edit the page shows the new name at once; a signed-in reader is never answered a kept page', async ({ browser }) => {
		expect((await anonymous(STATION)).text).toContain('Hygienic welder');
		const admin = await signIn(browser, 'petra@example.nl');
		// Signed in: this reader's own page (their account link), not the one kept for others.
		const own = await admin.request.get(STATION);
		expect(own.headers()['x-page-cache']).toBeUndefined();
		expect(await own.text()).toContain('data-testid="account-link"');
		expect((await anonymous(STATION)).text).not.toContain('data-testid="account-link"');

		const { item, revision } = await (await admin.request.get(`/api/networks/${NET}/stations/hygienic-welder`)).json();
		const put = await admin.request.put(`/api/networks/${NET}/stations/hygienic-welder`, { data: { revision, item: { ...item, label: { ...item.label, en: 'Hygienic welder (kept no more)' } } } });
		expect(put.status()).toBe(200);
		const after = await anonymous(STATION);
		expect(after.headers['x-page-cache']).toBe('miss');
		expect(after.text).toContain('Hygienic welder (kept no more)');
		expect((await anonymous(STATION)).headers['x-page-cache']).toBe('hit');
		await admin.context().close();
	});
});
