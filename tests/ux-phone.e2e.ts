import { expect, test, type Browser, type Page } from '@playwright/test';
import { PASSWORD, createBulkUsers, createUser, expectNoOverflow, openPage, signIn } from './e2e-helpers';

/**
 * Vakmetro on a phone (390 px wide) and the pieces a worker and an admin use at real size: no
 * page wider than the screen, the plan with its route on the map, its salary story and one
 * "done" toggle per module, the print view for the advisor, "sign in to save" in the planner,
 * and the admin's search, pages and role changes with a confirmation.
 */

const PHONE = { viewport: { width: 390, height: 844 } };
const COMPANY = 'van-der-meer-machinebouw';
const PLANNER = '/en/plan?from=construction-welder&to=hygienic-fitter';

async function phonePage(browser: Browser, email?: string): Promise<Page> {
	if (email) return signIn(browser, email, PHONE);
	return (await browser.newContext(PHONE)).newPage();
}

test.describe.serial('on a phone', () => {
	test.describe.configure({ timeout: 90_000 });
	let worker: Page;
	let admin: Page;
	let planUrl: string;

	test.beforeAll(() => {
		createUser('phone-root@example.nl', 'Phone Root', '--admin');
		createUser('phone-wim@example.nl', 'Phone Wim', '--organisation', COMPANY, '--role', 'worker');
		createBulkUsers('fitter', 30);
	});

	test('the planner signed out offers "sign in to save this route" and comes back to the same question', async ({ browser }) => {
		const page = await phonePage(browser);
		await openPage(page, PLANNER);
		await expect(page.getByTestId('route-card').first()).toBeVisible();
		const link = page.getByTestId('sign-in-to-save');
		await expect(link).toHaveText('Sign in to save this route');
		const next = new URL(await link.getAttribute('href') ?? '', 'http://x').searchParams.get('next');
		expect(next).toBe(PLANNER);
		await link.click();
		await page.getByLabel('Email address').fill('phone-wim@example.nl');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(/\/en\/plan\?from=construction-welder&to=hygienic-fitter/);
		await expect(page.getByTestId('sign-in-to-save')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Save as my plan' }).first()).toBeVisible();
		worker = page;
	});

	test('a worker sees no "Edit" in the navigation, but the regions; an admin sees both', async ({ browser }) => {
		const nav = worker.getByRole('navigation', { name: 'Main navigation' });
		await openPage(worker, '/nl');
		await expect(worker.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
		await openPage(worker, '/en');
		await expect(nav.getByRole('link', { name: 'Edit' })).toHaveCount(0);
		await nav.getByRole('link', { name: 'Regions' }).click();
		await expect(worker).toHaveURL(/\/en\/regions$/);
		admin = await phonePage(browser, 'phone-root@example.nl');
		await openPage(admin, '/en');
		await expect(admin.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Edit' })).toBeVisible();
	});

	test('the plan shows its route on the map and its salary story; progress is one toggle per module, done today', async () => {
		await openPage(worker, '/en/plans/new?from=construction-welder&to=hygienic-fitter&rank=1');
		await worker.getByLabel('Title').fill('Phone plan');
		await worker.getByRole('button', { name: 'Save plan' }).click();
		await expect(worker).toHaveURL(/\/en\/plans\/[a-z0-9]+$/);
		planUrl = new URL(worker.url()).pathname;

		const story = worker.getByTestId('plan-route-story');
		await expect(story.getByTestId('metro-map')).toBeVisible();
		await expect(story.getByRole('img', { name: 'Salary along the route, by month' })).toBeVisible();
		// The route is drawn over the network: its stations carry the origin and destination marks.
		await expect(story.getByTestId('metro-map').getByRole('link', { name: /^Structural metal worker.*start of your route/ })).toHaveCount(1);

		const steps = worker.getByTestId('plan-stops');
		await expect(steps.locator('input[type="date"]')).toHaveCount(0);
		const toggles = steps.getByTestId('done-toggle');
		expect(await toggles.count()).toBe(await steps.getByTestId('plan-module').count());
		const first = steps.getByTestId('plan-module').first();
		await expect(first.getByTestId('done-toggle')).toHaveAttribute('aria-pressed', 'false');
		await first.getByTestId('done-toggle').click();
		await expect(first.getByTestId('done-toggle')).toHaveAttribute('aria-pressed', 'true');
		const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date());
		await expect(first).toContainText(`done on ${today}`);
		await expect(worker.getByTestId('plan-percent')).not.toHaveText('0%');
		await first.getByTestId('done-toggle').click();
		await expect(first.getByTestId('done-toggle')).toHaveAttribute('aria-pressed', 'false');
		await expect(worker.getByTestId('plan-percent')).toHaveText('0%');
	});

	test('the done toggle works without JavaScript too', async ({ browser }) => {
		const page = await signIn(browser, 'phone-wim@example.nl', { ...PHONE, javaScriptEnabled: false });
		await page.goto(planUrl);
		const second = page.getByTestId('plan-module').nth(1);
		await second.getByTestId('done-toggle').click();
		await expect(page.getByTestId('plan-module').nth(1).getByTestId('done-toggle')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByTestId('plan-percent')).not.toHaveText('0%');
	});

	test('the print view for the advisor has the route diagram and the salary story, on paper too', async () => {
		await openPage(worker, `${planUrl}/print`);
		const view = worker.getByTestId('print-view');
		await worker.emulateMedia({ media: 'print' });
		await expect(view.getByTestId('metro-map')).toBeVisible();
		await expect(view.getByRole('img', { name: 'Salary along the route, by month' })).toBeVisible();
		await expect(view.getByTestId('plan-stops')).toBeVisible();
		await worker.emulateMedia({ media: 'screen' });
	});

	test('nothing is wider than the screen: home, plan, print, account, plans, admin, editor', async () => {
		for (const url of ['/en', '/nl', PLANNER, '/nl/regions/zuid-holland']) await expectNoOverflow(worker, url);
		for (const url of [planUrl, `${planUrl}/print`, planUrl.replace('/en/', '/nl/'), '/en/account', '/nl/account', '/en/plans']) await expectNoOverflow(worker, url);
		for (const url of ['/en/admin', '/nl/admin', '/en/edit/stations', '/en/edit/stations/hygienic-welder', '/en/edit/lines/welding', '/en/edit/learning-tracks/track-safety-basics', '/en/import'])
			await expectNoOverflow(admin, url);
		// The station table is a list of cards: each row fits the screen, its line chips wrap inside it.
		await openPage(worker, '/nl');
		for (const row of await worker.getByTestId('stations-table').locator('tbody tr').all()) {
			const box = (await row.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(390);
		}
	});

	test('the map keys show only to keyboard users and stay its description', async () => {
		await openPage(worker, '/en');
		const map = worker.getByTestId('metro-map');
		const help = worker.locator(`[id="${await map.getAttribute('aria-describedby')}"]`);
		await expect(help).toContainText('arrow keys');
		const hidden = async () => (await help.boundingBox())!.width <= 1;
		expect(await hidden()).toBe(true);
		// A click or a tap is no keyboard use.
		await worker.getByRole('button', { name: 'Zoom in' }).click();
		expect(await hidden()).toBe(true);
		await worker.keyboard.press('Tab');
		await expect.poll(hidden).toBe(false);
	});

	test('the skill picker groups the skills and filters them as you type', async () => {
		await openPage(worker, '/en/account');
		const picker = worker.getByLabel('Skill', { exact: true });
		expect(await picker.locator('optgroup').count()).toBeGreaterThan(1);
		const all = await picker.locator('option').count();
		await worker.getByTestId('skill-filter').fill('stainless');
		await expect.poll(() => picker.locator('option').count()).toBeLessThan(all);
		const shown = await picker.locator('option:not([value=""])').allTextContents();
		expect(shown.length).toBeGreaterThan(0);
		for (const name of shown) expect(name.toLowerCase()).toMatch(/stainless/);
		await picker.selectOption({ label: 'TIG welding of stainless steel' });
		await worker.getByRole('button', { name: 'Add or change skill' }).click();
		await expect(worker.getByTestId('profile-skills')).toContainText('TIG welding of stainless steel');
	});

	test('the admin searches and pages users and changes a role in one place, after confirming', async () => {
		await openPage(admin, '/en/admin?q=bulk.example');
		await expect(admin.getByTestId('user-count')).toHaveText('30 users match “bulk.example”.');
		await expect(admin.getByTestId('user-row')).toHaveCount(25);
		await expect(admin.getByTestId('admin-users').locator('select')).toHaveCount(0);
		await admin.getByTestId('user-pager').getByRole('link', { name: 'Next page' }).click();
		await expect(admin.getByTestId('user-pager')).toContainText('Page 2 of 2');
		await expect(admin.getByTestId('user-row')).toHaveCount(5);
		await expect(admin.getByTestId('user-row').first()).toHaveAttribute('data-email', 'fitter25@bulk.example');

		await admin.getByLabel('Name or email').fill('phone-wim');
		await admin.getByRole('button', { name: 'Search' }).click();
		const row = admin.locator('[data-testid="user-row"][data-email="phone-wim@example.nl"]');
		await row.getByRole('link', { name: 'Change the roles of Phone Wim' }).click();
		const editor = admin.getByTestId('role-editor');
		await expect(editor.getByLabel('Organisation', { exact: true })).toHaveValue('');
		await editor.getByLabel('Role', { exact: true }).selectOption('advisor');
		await editor.getByRole('button', { name: 'Add role' }).click();
		// No organisation is chosen for the admin: the form does not go until one is (the server refuses it too).
		expect(await editor.getByLabel('Organisation', { exact: true }).evaluate((s: HTMLSelectElement) => s.validity.valueMissing)).toBe(true);
		await expect(admin.getByTestId('role-confirm')).toHaveCount(0);
		await editor.getByLabel('Organisation', { exact: true }).selectOption(COMPANY);
		await editor.getByLabel('Role', { exact: true }).selectOption('advisor');
		await editor.getByRole('button', { name: 'Add role' }).click();
		const confirm = admin.getByTestId('role-confirm');
		await expect(confirm).toContainText('Give Phone Wim the role career advisor in Van der Meer Machinebouw?');
		await expect(row).not.toContainText('career advisor');
		await confirm.getByRole('button', { name: 'Yes, change it' }).click();
		await expect(row).toContainText('Van der Meer Machinebouw · career advisor');
		await expect(admin.getByTestId('role-editor')).toContainText('Van der Meer Machinebouw · career advisor');
		await expect(admin.getByTestId('role-confirm')).toHaveCount(0);
	});
});
