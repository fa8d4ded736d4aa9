import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createUser, openPage, signIn } from './e2e-helpers';

// Issue 15 items 2-4 in the browser: no dead ends (skill and module pages reached by links,
// "plan from here"), the salary story on a route, a signed-in worker's own skills counted.

test('a station page leads to its skills and modules, and a module page says what it is', async ({ page }) => {
	await openPage(page, '/en/stations/hygienic-welder');
	await page.getByRole('link', { name: 'TIG welding of stainless steel', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/skills\/tig-welding-stainless$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skill: TIG welding of stainless steel');
	// Which stations need it, and which modules teach it (the closed one only for members).
	await expect(page.getByTestId('skill-stations-essential').getByRole('link', { name: 'Hygienic welder' })).toBeVisible();
	const modules = page.getByTestId('skill-modules');
	await expect(modules.getByRole('link').first()).toBeVisible();
	await expect(modules).not.toContainText('Van der Meer');

	await openPage(page, '/en/stations/hygienic-welder');
	const moduleLink = page.getByRole('row').filter({ hasText: 'TIG welding of stainless steel' }).getByRole('link').nth(1);
	const moduleName = (await moduleLink.textContent())!.trim();
	await moduleLink.click();
	await expect(page).toHaveURL(/\/en\/modules\/[a-z0-9-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Module: ${moduleName}`);
	const facts = page.getByTestId('module-facts');
	for (const fact of ['Provider', 'Study hours', 'Price', 'Language', 'Who can take it']) await expect(facts).toContainText(fact);
	await expect(page.getByTestId('module-visibility')).toHaveText('Open to everyone');
	await expect(page.getByTestId('module-teaches').getByRole('link', { name: 'TIG welding of stainless steel' })).toBeVisible();

	// In Dutch, a module that awards a certificate and gives upkeep points says both.
	await openPage(page, '/nl/modules/vca-basis-course');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Module: VCA Basis met examen');
	await expect(page.getByTestId('module-awards')).toContainText('VCA');
	await expect(page.getByText('4 onderhoudspunten per keer voor het behoud van:')).toBeVisible();
});

test('a closed module is a 404 for anyone outside its organisation, the page and the API alike', async ({ page, request }) => {
	const res = await page.goto('/en/modules/vdm-hygienic-welding-practice');
	expect(res!.status()).toBe(404);
	await expect(page.getByText('There is no module “vdm-hygienic-welding-practice” in this network, or it is open only to members of an organisation.')).toBeVisible();
	const api = await request.get('/api/modules/vdm-hygienic-welding-practice');
	expect(api.status()).toBe(404);
	expect((await request.get('/api/modules/vca-basis-course')).status()).toBe(200);
	expect((await request.get('/api/skills/tig-welding-stainless?foo=1')).status()).toBe(400);
});

test('the salary source is explained in the reader’s language', async ({ page }) => {
	await openPage(page, '/nl/stations/hygienic-welder');
	const method = page.getByTestId('salary-method');
	await method.getByText('Hoe deze bedragen zijn gemaakt').click();
	await expect(method).toContainText('Schatting. Uitgangspunt zijn de mediane bruto uurlonen van het CBS');
	await expect(method).not.toContainText('Estimate.');
	await openPage(page, '/en/stations/hygienic-welder');
	await page.getByTestId('salary-method').getByText('How these figures are made').click();
	await expect(page.getByTestId('salary-method')).toContainText("Estimate. The starting point is CBS's median gross hourly wages");
});

test('plan from a station page, and every route tells its salary story in € and %', async ({ page }) => {
	await openPage(page, '/en/stations/welder');
	await page.getByRole('link', { name: 'Plan a route from here' }).click();
	await expect(page).toHaveURL(/\/en\/plan\?from=welder$/);
	await expect(page.getByTestId('no-route')).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByLabel('Start station (your job today)')).toHaveValue('welder');
	await page.getByLabel('End station (the job you want)').selectOption('project-leader');
	await page.getByRole('button', { name: 'Plan routes' }).click();

	const card = page.getByTestId('route-card').first();
	await expect(card.getByTestId('salary-story').first()).toContainText(/€[\d,]+ → €[\d,]+ a month: \+€[\d,]+ \(\+\d+%\) in \d+ years?/);
	const chart = card.getByTestId('salary-curve').first();
	await expect(chart).toContainText('€ a month');
	await expect(chart).toContainText('time on the route');
	await expect(chart).toContainText(/\d years?/);

	// "Plan to here" asks for the start.
	await openPage(page, '/nl/stations/project-leader');
	await page.getByRole('link', { name: 'Plan een route hierheen' }).click();
	await expect(page.getByLabel('Eindstation (het werk dat je wilt)')).toHaveValue('project-leader');
});

test('a hop without a raise is shown as such', async ({ page }) => {
	// Work planner and cost estimator share pay group G: riding from one to the other is no raise.
	await openPage(page, '/en/plan?from=work-planner&to=calculator');
	const card = page.getByTestId('route-card').first();
	await expect(card.getByTestId('salary-story').first()).toContainText(/a month at the start and the end: no change in/);
	await expect(card.getByTestId('flat-hops').first()).toContainText('1 hop without a raise: Work planner → Cost estimator');
	await expect(card.getByTestId('salary-mark-flat')).toHaveCount(1);
	await expect(card.getByTestId('no-raise').first()).toHaveText('no raise');
});

test('a signed-in worker sees how much of each station their skills cover, and which skills a route uses', async ({ browser }) => {
	test.slow();
	createUser('cora@example.nl', 'Cora Coverage');
	const page = await signIn(browser, 'cora@example.nl');
	for (const [skill, level] of [
		['Reading welding symbols (EN ISO 2553)', '3'],
		['Oxy-fuel and plasma cutting', '3']
	] as const) {
		await page.getByLabel('Skill', { exact: true }).selectOption({ label: skill });
		await page.getByLabel('Level', { exact: true }).selectOption(level);
		await page.getByRole('button', { name: 'Add or change skill' }).click();
		await expect(page.getByTestId('profile-skills')).toContainText(skill);
	}
	// The account's skill list links to the skill's page.
	await expect(page.getByTestId('profile-skills').getByRole('link', { name: 'Oxy-fuel and plasma cutting' })).toHaveAttribute('href', '/en/skills/thermal-cutting');

	await openPage(page, '/en/stations/construction-welder');
	await expect(page.getByTestId('coverage')).toContainText(/You have 2 of its \d+ skills \(1 of \d+ essential\)/);
	await expect(page.getByTestId('held-skill').first()).toContainText('you have it (level 3)');

	// On the map: a badge by each station they partly cover, and the same in the station panel.
	await openPage(page, '/en');
	await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
	await expect(page.getByTestId('coverage-overlay').locator('[data-coverage="construction-welder"]')).toHaveCount(1);
	// The map opens zoomed in: the station may lie outside the view until it has focus.
	await page.locator('[data-station="construction-welder"]').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('panel-coverage')).toContainText(/You have 2 of its \d+ skills/);

	// The planner counts them and says which each route uses.
	await openPage(page, '/en/plan?from=welder&to=construction-welder');
	await expect(page).toHaveURL(/profile=used/);
	await expect(page.getByTestId('route-card').first().getByTestId('skills-used')).toContainText('Uses 1 of your skills: Reading welding symbols (EN ISO 2553)');
	await page.getByTestId('route-card').first().getByTestId('skills-used').getByRole('link').click();
	await expect(page).toHaveURL(/\/en\/skills\/welding-symbols$/);
});

test.describe('accessibility (axe) of the new pages', () => {
	for (const path of ['/en/skills/tig-welding-stainless', '/nl/skills/orbital-welding-thin-wall-stainless', '/nl/modules/vca-basis-course', '/en/plan?from=welder&to=project-leader']) {
		test(`${path} has no axe violations`, async ({ page }) => {
			await openPage(page, path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		});
	}
});
