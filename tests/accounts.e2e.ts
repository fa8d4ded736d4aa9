import { expect, test, type Page } from '@playwright/test';
import { ORIGIN, PASSWORD, createUser, grantRole, openPage, postAction, signIn } from './e2e-helpers';

/**
 * Accounts, plans and who may see what, in a real browser against the built app on a fresh
 * SQLite file. One story, in order: people sign up and are given roles, a worker saves a plan,
 * the advisor of their company comments, and everyone else is refused.
 */

const COMPANY = 'van-der-meer-machinebouw';
const CLOSED_MODULE = 'Van der Meer: hygienic welding on our frames';

test.describe.serial('accounts, roles and plans', () => {
	// Several browsers sign in per step, each paying for argon2 and a first page render.
	test.describe.configure({ timeout: 60_000 });
	let worker: Page;
	let advisor: Page;
	let otherAdvisor: Page;
	let admin: Page;
	let planUrl: string;
	let planId: string;

	test.beforeAll(() => {
		createUser('root@example.nl', 'Root Admin', '--admin');
		createUser('ada@example.nl', 'Ada Advisor', '--organisation', COMPANY, '--role', 'advisor');
		createUser('otto@example.nl', 'Otto Elsewhere', '--organisation', 'oom', '--role', 'advisor');
	});

	test('sign-up shows errors next to the fields, then signs the new worker in', async ({ browser }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await openPage(page, '/en/sign-up');
		await page.getByLabel('Your name').fill('Wim Worker');
		await page.getByLabel('Email address').fill('wim@example.nl');
		await page.getByLabel('Password').fill('short');
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page.locator('#password-error')).toHaveText('Use at least 10 characters.');
		await expect(page.getByLabel('Email address')).toHaveValue('wim@example.nl');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page).toHaveURL(/\/en\/account$/);
		await expect(page.getByText('Signed in as Wim Worker (wim@example.nl)')).toBeVisible();
		const cookie = (await context.cookies()).find((c) => c.name === 'session')!;
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
		worker = page;
	});

	test('the same message for an unknown email and a wrong password', async ({ page }) => {
		const attempt = async (email: string) => {
			await openPage(page, '/en/sign-in');
			await page.getByLabel('Email address').fill(email);
			await page.getByLabel('Password').fill('not the password at all');
			await page.getByRole('button', { name: 'Sign in' }).click();
			return page.getByTestId('form-message').textContent();
		};
		const wrong = await attempt('ada@example.nl');
		expect(wrong).toBe('The email address or password is not correct. Check both and try again.');
		expect(await attempt('nobody@example.nl')).toBe(wrong);
	});

	test('the worker sets skills and a certificate on the profile', async () => {
		await worker.getByLabel('Skill', { exact: true }).selectOption({ label: 'TIG welding of stainless steel' });
		await worker.getByLabel('Level', { exact: true }).selectOption('3');
		await worker.getByRole('button', { name: 'Add or change skill' }).click();
		await expect(worker.getByTestId('profile-skills')).toContainText('TIG welding of stainless steel');
		await expect(worker.getByTestId('profile-skills')).toContainText('3 – skilled');
		await worker.getByLabel('Certificate', { exact: true }).selectOption({ label: 'VCA Basic safety' });
		await worker.getByLabel('Obtained on').fill('2020-05-01');
		await worker.getByRole('button', { name: 'Add or change certificate' }).click();
		await expect(worker.getByTestId('profile-certificates')).toContainText('2030-05-01');
	});

	test('the admin gives the worker a role in the example company; others cannot reach the admin page', async ({ browser }) => {
		admin = await signIn(browser, 'root@example.nl');
		await grantRole(admin, 'wim@example.nl', COMPANY, 'worker');
		await expect(admin.locator('[data-testid="user-row"][data-email="wim@example.nl"]')).toContainText('Van der Meer Machinebouw · worker');
		expect((await worker.goto('/en/admin'))?.status()).toBe(403);
		const grant = await postAction(worker.request, '/en/admin?/changeRole', { change: 'grant', userId: 'a'.repeat(24), organisation: COMPANY, role: 'advisor', confirmed: 'yes' });
		expect(grant.status()).toBe(403);
	});

	test('a member sees the closed module on the station page, in search and in the API; others do not', async ({ browser, request }) => {
		otherAdvisor = await signIn(browser, 'otto@example.nl');
		await worker.goto('/en/stations/hygienic-welder');
		await expect(worker.getByText(CLOSED_MODULE).first()).toBeVisible();
		await worker.goto('/en/search?q=Van+der+Meer+hygienic');
		await expect(worker.getByText(CLOSED_MODULE).first()).toBeVisible();
		expect(await (await worker.request.get('/api/stations/hygienic-welder')).text()).toContain(CLOSED_MODULE);
		expect(await (await worker.request.get('/api/search?q=van+der+meer')).text()).toContain(CLOSED_MODULE);
		for (const page of [otherAdvisor, await (await browser.newContext()).newPage()]) {
			await page.goto('/en/stations/hygienic-welder');
			await expect(page.getByRole('heading', { name: 'Required skills' })).toBeVisible();
			await expect(page.getByText(CLOSED_MODULE)).toHaveCount(0);
			await page.goto('/en/search?q=Van+der+Meer+hygienic');
			await expect(page.getByText(CLOSED_MODULE)).toHaveCount(0);
			expect(await (await page.request.get('/api/stations/hygienic-welder')).text()).not.toContain(CLOSED_MODULE);
			expect(await (await page.request.get('/api/search?q=van+der+meer')).text()).not.toContain(CLOSED_MODULE);
		}
		expect(await (await request.get('/api/search?q=van+der+meer')).text()).not.toContain(CLOSED_MODULE);
	});

	test('the advisor links the worker in the group overview', async ({ browser }) => {
		advisor = await signIn(browser, 'ada@example.nl');
		await advisor.goto('/en/plans/group');
		await advisor.getByLabel('Member of Van der Meer Machinebouw').selectOption({ label: 'Wim Worker' });
		await advisor.getByRole('button', { name: 'Link employee' }).click();
		await expect(advisor.getByTestId(`group-${COMPANY}`)).toContainText('Wim Worker');
		expect((await otherAdvisor.goto('/en/plans/group'))?.status()).toBe(200);
		await expect(otherAdvisor.getByText('Wim Worker')).toHaveCount(0);
		expect((await worker.goto('/en/plans/group'))?.status()).toBe(403);
	});

	test('the worker saves a planned route as a plan shared with the company', async () => {
		await worker.goto('/en/plans/new?from=construction-welder&to=hygienic-fitter&rank=1');
		await expect(worker.getByTestId('new-plan-stops')).toContainText('Hygienic fitter');
		await worker.getByLabel('Title').fill('Towards hygienic fitter');
		await worker.getByLabel('Share with').selectOption(COMPANY);
		await worker.getByRole('button', { name: 'Save plan' }).click();
		await expect(worker).toHaveURL(/\/en\/plans\/[a-z0-9]+$/);
		planUrl = new URL(worker.url()).pathname;
		planId = planUrl.split('/').pop()!;
		await expect(worker.getByRole('heading', { level: 1 })).toHaveText('Towards hygienic fitter');
		await expect(worker.getByTestId('plan-status')).toHaveText('accepted');
		await expect(worker.getByTestId('plan-percent')).toHaveText('0%');
		await expect(worker.getByTestId('next-step')).toBeVisible();
		await expect(worker.getByTestId('upkeep')).toContainText('VCA Basic safety');
	});

	test('the worker marks a module done and progress moves', async () => {
		const firstModule = worker.getByTestId('plan-module').first();
		await firstModule.getByTestId('done-toggle').click();
		await expect(worker.getByTestId('plan-module').first()).toContainText('done on');
		await expect(worker.getByTestId('plan-module').first().getByTestId('done-toggle')).toHaveAttribute('aria-pressed', 'true');
		await expect(worker.getByTestId('plan-percent')).not.toHaveText('0%');
	});

	test('the advisor of the same company sees the plan and comments; the worker reads it', async () => {
		await advisor.goto('/en/plans');
		await advisor.getByTestId('advised-plans').getByRole('link', { name: 'Towards hygienic fitter' }).click();
		await expect(advisor).toHaveURL(new RegExp(`${planUrl}$`));
		await expect(advisor.getByTestId('done-toggle')).toHaveCount(0);
		await advisor.getByLabel('Your comment').fill('Good choice. Start with the TIG course in September.');
		await advisor.getByRole('button', { name: 'Add comment' }).click();
		await expect(advisor.getByTestId('comments')).toContainText('Ada Advisor');
		await worker.goto(planUrl);
		await expect(worker.getByTestId('comments')).toContainText('Start with the TIG course in September.');
	});

	test('an advisor of another organisation, a signed-out visitor and the advisor doing the owner’s part are refused, changing nothing', async ({ browser }) => {
		expect((await otherAdvisor.goto(planUrl))?.status()).toBe(404);
		expect((await otherAdvisor.goto(`${planUrl}/print`))?.status()).toBe(404);
		expect((await otherAdvisor.request.get(`/api/plans/${planId}`)).status()).toBe(404);
		expect((await postAction(otherAdvisor.request, `${planUrl}?/comment`, { body: 'let me in' })).status()).toBe(404);
		const apiComment = await otherAdvisor.request.post(`/api/plans/${planId}/comments`, { data: { body: 'let me in' }, headers: { origin: ORIGIN } });
		expect(apiComment.status()).toBe(404);
		expect((await otherAdvisor.request.get('/api/plans')).ok()).toBe(true);
		expect(await (await otherAdvisor.request.get('/api/plans')).text()).not.toContain(planId);

		const anonymous = await (await browser.newContext()).newPage();
		await anonymous.goto(planUrl);
		await expect(anonymous).toHaveURL(/\/en\/sign-in\?next=/);
		expect((await anonymous.request.get(`/api/plans/${planId}`)).status()).toBe(401);
		expect((await postAction(anonymous.request, `${planUrl}?/comment`, { body: 'hi' })).status()).toBe(401);
		expect((await anonymous.request.get('/api/me/export')).status()).toBe(401);

		expect((await postAction(advisor.request, `${planUrl}?/delete`, {})).status()).toBe(403);
		expect((await postAction(advisor.request, `${planUrl}?/rename`, { title: 'Hijacked' })).status()).toBe(403);
		const put = await advisor.request.put(`/api/plans/${planId}/progress`, { data: { module: 'x', doneOn: null }, headers: { origin: ORIGIN } });
		expect(put.status()).toBe(403);

		await worker.goto(planUrl);
		await expect(worker.getByRole('heading', { level: 1 })).toHaveText('Towards hygienic fitter');
		await expect(worker.getByTestId('comments').locator('li')).toHaveCount(1);
	});

	test('a form post from another site is refused by the CSRF origin check', async () => {
		const res = await worker.request.post(`${planUrl}?/rename`, { form: { title: 'Forged' }, headers: { origin: 'https://evil.example' } });
		expect(res.status()).toBe(403);
		await worker.goto(planUrl);
		await expect(worker.getByRole('heading', { level: 1 })).toHaveText('Towards hygienic fitter');
	});

	test('the print view and the export of my own data', async () => {
		await worker.goto(`${planUrl}/print`);
		await expect(worker.getByTestId('print-view')).toContainText('Towards hygienic fitter');
		await expect(worker.locator('nav')).toBeVisible();
		await worker.emulateMedia({ media: 'print' });
		await expect(worker.locator('header')).toBeHidden();
		await worker.emulateMedia({ media: 'screen' });
		const exported = await (await worker.request.get('/api/me/export')).json();
		expect(exported.user.email).toBe('wim@example.nl');
		expect(exported.profile.skills).toEqual([{ skill: 'tig-welding-stainless', level: 3 }]);
		expect(exported.plans.map((p: { id: string }) => p.id)).toEqual([planId]);
		expect(exported.plans[0].comments).toHaveLength(1);
		expect(JSON.stringify(exported)).not.toContain('argon2');
	});

	test('signing in and out works without JavaScript', async ({ browser }) => {
		const page = await signIn(browser, 'ada@example.nl', { javaScriptEnabled: false });
		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page).toHaveURL(/\/en$/);
		await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
		expect((await page.request.get('/api/me')).status()).toBe(401);
	});
});
