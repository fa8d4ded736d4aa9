import { expect, type APIRequestContext, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/** What every end-to-end suite shares: the server's database, accounts and signing in. */

export const PASSWORD = 'correct horse battery staple';
/** The app's own origin (playwright.config.ts): form posts from it pass the CSRF check. */
export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
/** The database file the e2e server runs on (playwright.config.ts). */
export const DATABASE_PATH = 'data/e2e/vakmetro.db';

/**
 * Accounts made with the CLI, the way an operator makes the first admin (there is no default
 * password). An account left by an earlier attempt of the same test (a retry) is reused.
 */
export function createUser(email: string, name: string, ...flags: string[]): void {
	try {
		execFileSync('node', ['--import', 'tsx', 'scripts/user-create.ts', '--email', email, '--name', name, ...flags], {
			env: { ...process.env, DATABASE_PATH, VAKMETRO_PASSWORD: PASSWORD },
			stdio: 'pipe'
		});
	} catch (e) {
		if (!String((e as { stderr?: Buffer }).stderr ?? '').includes('already registered')) throw e;
	}
}

/**
 * Opens a page and waits until the app has taken it over: typing into a form before hydration
 * can be undone by it on a busy machine.
 */
export async function openPage(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'networkidle' });
}

/**
 * Opens a page with the app's scripts held back, as a slow phone loads them: the reader can type
 * before the page comes alive. Call the returned function to let the scripts load.
 */
export async function openWithScriptsHeld(page: Page, url: string): Promise<() => Promise<void>> {
	let release = () => {};
	const loaded = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await loaded;
		await route.continue();
	});
	await page.goto(url, { waitUntil: 'commit' });
	return async () => {
		release();
		await page.waitForLoadState('networkidle');
	};
}

/** Nothing on the page is wider than the screen: the page itself never scrolls sideways. */
export async function expectNoOverflow(page: Page, url: string): Promise<void> {
	await openPage(page, url);
	const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
	expect(widths.page, `${url} is ${widths.page} px wide on a ${widths.screen} px screen`).toBeLessThanOrEqual(widths.screen);
}

/** Signs in on a page of a new browser context and lands on the account page. */
export async function signIn(browser: Browser, email: string, options: BrowserContextOptions & { prepare?: (page: Page) => Promise<void> } = {}): Promise<Page> {
	const { prepare, ...contextOptions } = options;
	const page = await (await browser.newContext(contextOptions)).newPage();
	await prepare?.(page);
	await openPage(page, '/en/sign-in');
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await expect(page.getByLabel('Email address')).toHaveValue(email);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/en\/account(\?network=[a-z0-9-]+)?$/);
	return page;
}

/** A form post from this site (passes SvelteKit's CSRF origin check) with a page's cookies. */
export function postAction(request: APIRequestContext, path: string, form: Record<string, string>) {
	return request.post(path, { form, headers: { origin: ORIGIN, accept: 'application/json', 'x-sveltekit-action': 'true' }, maxRedirects: 0 });
}

/**
 * The admin gives a role the way the admin page asks for it: find the user, open their roles,
 * choose organisation and role, and confirm.
 */
export async function grantRole(admin: Page, email: string, organisation: string, role: string): Promise<void> {
	await openPage(admin, `/en/admin?q=${encodeURIComponent(email)}`);
	const row = admin.locator(`[data-testid="user-row"][data-email="${email}"]`);
	await row.getByRole('link', { name: /^Change the roles of / }).click();
	const editor = admin.getByTestId('role-editor');
	await editor.getByLabel('Organisation', { exact: true }).selectOption(organisation);
	await editor.getByLabel('Role', { exact: true }).selectOption(role);
	await editor.getByRole('button', { name: 'Add role' }).click();
	await admin.getByTestId('role-confirm').getByRole('button', { name: 'Yes, change it' }).click();
	await expect(admin.getByTestId('form-message')).toHaveText('Saved.');
}

/** Many accounts at once, straight into the server's store (they never sign in): for paging through users. */
export function createBulkUsers(prefix: string, count: number): void {
	execFileSync('node', ['--import', 'tsx', 'tests/e2e-bulk-users.ts', prefix, String(count)], { env: { ...process.env, DATABASE_PATH }, stdio: 'pipe' });
}
