import { expect, test } from '@playwright/test';
import { createUser, openPage, signIn } from './e2e-helpers';

test('plan hygienic welder → project leader in the browser: alternatives, one with a transfer', async ({ page }) => {
	await openPage(page, '/en/plan');
	await page.getByLabel('Start station (your job today)').selectOption('hygienic-welder');
	await page.getByLabel('End station (the job you want)').selectOption('project-leader');
	await page.getByRole('button', { name: 'Plan routes' }).click();
	await expect(page).toHaveURL(/from=hygienic-welder&to=project-leader/);
	const cards = page.getByTestId('route-card');
	await expect(cards.first()).toBeVisible();
	expect(await cards.count()).toBeGreaterThanOrEqual(2);
	const transfers = await page.getByTestId('transfers').allTextContents();
	expect(transfers.some((t) => Number(t) > 0)).toBe(true);
	await expect(page.getByText(/change to the .* line/).first()).toBeAttached();
	await expect(page.getByRole('img', { name: /Salary along route 1/ })).toBeVisible();
	// The first route is highlighted on the map; another card's link highlights that one instead.
	await expect(page.getByRole('application', { name: 'Metro map with route 1 highlighted' })).toBeVisible();
	await expect(page.locator('.metro-map.has-route')).toBeVisible();
	await cards.nth(1).getByRole('link', { name: 'Show on the map' }).click();
	await expect(page).toHaveURL(/show=2/);
	await expect(page.getByRole('application', { name: 'Metro map with route 2 highlighted' })).toBeVisible();
	await expect(cards.nth(1).getByText('Shown on the map')).toBeVisible();
});

test('the planner works without JavaScript and the query is a shareable link', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/nl/plan?from=hygienic-welder&to=project-leader&k=3');
	expect(await page.getByTestId('route-card').count()).toBeGreaterThanOrEqual(2);
	await expect(page.getByText('snelst').first()).toBeVisible();
	await context.close();
});

test('via and avoid options shape the routes', async ({ page }) => {
	await openPage(page, '/en/plan');
	await page.getByLabel('Start station (your job today)').selectOption('hygienic-welder');
	await page.getByLabel('End station (the job you want)').selectOption('project-leader');
	await page.getByText('Options').click();
	await page.getByLabel('Via station (optional)').selectOption('work-planner');
	await page.getByRole('button', { name: 'Plan routes' }).click();
	await expect(page).toHaveURL(/via=work-planner/);
	const cards = page.getByTestId('route-card');
	await expect(cards.first()).toBeVisible();
	const body = await (await page.request.get('/api/routes?from=hygienic-welder&to=project-leader&via=work-planner')).json();
	for (const r of body.routes) expect(r.stations).toContain('work-planner');
	const avoided = await (await page.request.get('/api/routes?from=hygienic-welder&to=project-leader&avoidStations=work-planner')).json();
	for (const r of avoided.routes) expect(r.stations).not.toContain('work-planner');
});

test('the station filter narrows the choices by Dutch or English name', async ({ page }) => {
	await openPage(page, '/nl/plan');
	await page.getByRole('searchbox', { name: 'Filter op naam' }).first().fill('hygienic');
	const options = page.locator('#from-select option:not([disabled])');
	await expect(options.first()).toHaveText('Hygiënisch lasser');
});

test('a bad option is shown, not a crash', async ({ page }) => {
	const res = await page.goto('/en/plan?from=welder&to=welder');
	expect(res?.status()).toBe(200);
	await expect(page.getByRole('alert')).toContainText('choose an end station other than the start station');
	await page.goto('/nl/plan?from=welder&to=astronaut');
	await expect(page.getByRole('alert')).toContainText('een van de stations bestaat niet in dit netwerk');
});

test('GET /api/routes answers routes and clear errors', async ({ request }) => {
	const ok = await request.get('/api/routes?from=hygienic-welder&to=project-leader');
	expect(ok.status()).toBe(200);
	const body = await ok.json();
	expect(body.routes.length).toBeGreaterThanOrEqual(2);
	expect(body.routes[0]).toHaveProperty('legs');
	expect(body.routes[0].labels.length).toBeGreaterThan(0);
	const same = await request.get('/api/routes?from=welder&to=welder');
	expect(same.status()).toBe(400);
	expect((await same.json()).error.field).toBe('to');
	const unknownOption = await request.get('/api/routes?from=welder&to=project-leader&fast=1');
	expect((await unknownOption.json()).error).toMatchObject({ status: 400, field: 'fast' });
	const badK = await request.get('/api/routes?from=welder&to=project-leader&k=99');
	expect((await badK.json()).error.field).toBe('k');
	const unknownStation = await request.get('/api/routes?from=astronaut&to=project-leader');
	expect(unknownStation.status()).toBe(404);
	expect((await unknownStation.json()).error.message).toContain("'astronaut'");
});

test('a signed-in traveller plans with the skills in their profile and can save a route as a plan', async ({ browser }) => {
	createUser('pia@example.nl', 'Pia Planner');
	const page = await signIn(browser, 'pia@example.nl');
	await page.getByLabel('Skill', { exact: true }).selectOption({ label: 'TIG welding of stainless steel' });
	await page.getByLabel('Level', { exact: true }).selectOption('4');
	await page.getByRole('button', { name: 'Add or change skill' }).click();
	await expect(page.getByTestId('profile-skills')).toContainText('TIG welding of stainless steel');

	await page.goto('/en/plan?from=hygienic-welder&to=project-leader');
	await expect(page).toHaveURL(/skills=tig-welding-stainless%3A4/);
	await page.getByRole('link', { name: 'Save as my plan' }).first().click();
	await expect(page).toHaveURL(/\/en\/plans\/new\?.*rank=1/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
