import { expect, test } from '@playwright/test';

test('home shows the network map and the station table in Dutch by default', async ({ page }) => {
	await page.goto('/nl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loopbaan-metrokaart');
	await expect(page.getByRole('application', { name: /Metrokaart/ })).toBeVisible();
	const rows = page.getByTestId('stations-table').locator('tbody tr');
	expect(await rows.count()).toBeGreaterThanOrEqual(45);
});

test('the language follows Accept-Language when the URL has none', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career metro map');
	await context.close();
});

test('a station page shows skills, modules, salary and lines', async ({ page }) => {
	await page.goto('/en/stations/hygienic-welder');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hygienic welder');
	await expect(page.getByRole('heading', { name: 'Required skills' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Salary' })).toBeVisible();
	await expect(page.getByText(/per month \(median/)).toBeVisible();
	await expect(page.getByRole('link', { name: /Hygienic design/ }).first()).toBeVisible();
	expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(3);
});

test('a line page lists its stops in order and links to them', async ({ page }) => {
	await page.goto('/en/lines/hygienic-design');
	const stops = page.locator('ol.stops > li');
	expect(await stops.count()).toBeGreaterThanOrEqual(6);
	await expect(stops.first().locator('a').first()).toHaveText('Hygienic welder');
	await stops.nth(1).locator('a').first().click();
	await expect(page).toHaveURL(/\/en\/stations\//);
});

test('search finds stations in both languages and works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/nl/search');
	await page.getByLabel('Zoek stations, vaardigheden en modules').fill('hygienic welder');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page).toHaveURL(/q=hygienic\+welder/);
	await expect(page.getByTestId('results-station').getByRole('link', { name: 'Hygiënisch lasser' })).toBeVisible();
	await page.goto('/en/search?q=lasser');
	await expect(page.getByTestId('results-station').getByRole('link').first()).toBeVisible();
	await context.close();
});

test('the language switch keeps the page and changes the language', async ({ page }) => {
	await page.goto('/nl/lines/hygienic-design');
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/en\/lines\/hygienic-design$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByText('first stop')).toBeVisible();
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/nl\/lines\/hygienic-design$/);
	await expect(page.getByText('eerste halte')).toBeVisible();
});

test('unknown stations get a translated 404 page', async ({ page }) => {
	const res = await page.goto('/en/stations/astronaut');
	expect(res?.status()).toBe(404);
	await expect(page.getByText("There is no station “astronaut”.")).toBeVisible();
});
