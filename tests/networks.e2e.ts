import { expect, test } from '@playwright/test';
import { openPage } from './e2e-helpers';

// The e2e server imports a real slice of ESCO next to the seed (scripts/e2e-server.js).
const DRAWER = 'esco-occ-000e93a3-d956-4e45-aacb-f12c83fedf84';

test('the reader chooses the ESCO network; its attribution and English-only skill names show', async ({ page }) => {
	// The switch submits on change once the page is alive (without JavaScript it has a button).
	await openPage(page, '/en');
	await page.getByLabel('Network', { exact: true }).selectOption('esco');
	await expect(page).toHaveURL(/network=esco/);
	await expect(page.getByTestId('attribution')).toContainText('This service uses the ESCO classification of the European Commission.');
	// The choice is remembered on the next page without the parameter.
	await page.goto(`/nl/stations/${DRAWER}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('operator draadtrekmachine');
	await expect(page.getByTitle('Engelse naam; de bron heeft geen Nederlandse naam').first()).toBeVisible();
	await page.goto('/en?network=seed');
	await expect(page.getByTestId('attribution')).toContainText('example network');
});

test('a link copied from the address bar opens the same ESCO route in another browser', async ({ page, browser, request }) => {
	const lines = (await (await request.get('/api/lines?network=esco')).json()).lines as { id: string; from: string; to: string }[];
	const line = lines.find((l) => l.id === `line-${DRAWER}`)!;
	await page.goto('/en?network=esco');
	// Planned with the form, the network chosen by cookie alone: the address still names it.
	await page.goto(`/en/plan?from=${line.from}&to=${line.to}`, { waitUntil: 'networkidle' });
	await expect(page.getByTestId('route-card').first()).toBeVisible();
	await expect(page).toHaveURL(/network=esco/);
	// Without JavaScript the form sends it.
	await expect(page.locator('form.planner input[type=hidden][name=network]')).toHaveValue('esco');
	const other = await browser.newContext();
	const shared = await other.newPage();
	await shared.goto(page.url());
	await expect(shared.getByTestId('route-card').first()).toBeVisible();
	await expect(shared.getByTestId('attribution')).toContainText('ESCO');
	await other.close();
	// The default network needs no parameter.
	await page.goto('/en?network=seed');
	await page.goto('/en/explore', { waitUntil: 'networkidle' });
	await expect(page).not.toHaveURL(/network=/);
});

test('a real ESCO route end to end through the API', async ({ request }) => {
	const stations = (await (await request.get('/api/lines?network=esco')).json()).lines as { id: string; from: string; to: string }[];
	const line = stations.find((l) => l.id === `line-${DRAWER}`)!;
	const res = await request.get(`/api/routes?network=esco&from=${line.from}&to=${line.to}`);
	expect(res.status()).toBe(200);
	const body = await res.json();
	expect(body.network).toBe('esco');
	expect(body.routes.length).toBeGreaterThan(0);
	expect(body.routes[0].stations[0]).toBe(line.from);
	expect(body.routes[0].stations.at(-1)).toBe(line.to);
});
