import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openPage } from './e2e-helpers';

/** The strength the map gives each highlighted station, by station id. */
async function highlights(page: Page): Promise<Map<string, number>> {
	const marks = page.locator('[data-highlight]');
	const out = new Map<string, number>();
	for (const mark of await marks.all()) out.set((await mark.getAttribute('data-highlight'))!, Number(await mark.getAttribute('data-strength')));
	return out;
}

test('signed out, in English: from a station to the jobs within reach, listed and highlighted on the map', async ({ page }) => {
	await openPage(page, '/en');
	await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Explore' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Where can I get from here?' })).toBeVisible();
	await page.getByLabel('Your job today').selectOption('hygienic-welder');
	await page.getByLabel('Time (months)').fill('60');
	await page.getByLabel('Study hours in all').fill('500');
	await page.getByRole('button', { name: 'Show where I can get' }).click();
	await expect(page).toHaveURL(/from=hygienic-welder/);

	const items = page.getByTestId('reach-item');
	await expect(items.first()).toBeVisible();
	const reached = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-station')!));
	expect(reached.length).toBeGreaterThan(2);
	await expect(page.getByRole('heading', { level: 2 })).toContainText(`${reached.length} jobs within 5 years and 500 study hours from Hygienic welder`);

	// Every listed job is marked on the map, the start strongest; the rest of the map is dimmed.
	await expect(page.getByRole('application', { name: 'Metro map with the jobs within reach highlighted' })).toBeVisible();
	const marks = await highlights(page);
	expect(marks.get('hygienic-welder')).toBe(1);
	expect([...marks.keys()].sort()).toEqual([...reached, 'hygienic-welder'].sort());
	await expect(page.locator('[data-station="project-leader"]')).toHaveClass(/dimmed/);
	// Nearer in time is stronger: hygienic fitter is one hop (a year) away, work planner three.
	expect(marks.get('hygienic-fitter')!).toBeGreaterThan(marks.get('work-planner')!);

	// The route behind a job opens in the planner with the same question.
	const fitter = items.filter({ has: page.getByRole('link', { name: 'Hygienic fitter' }) });
	await fitter.getByRole('link', { name: 'Plan this route' }).click();
	await expect(page).toHaveURL(/\/en\/plan\?from=hygienic-welder&to=hygienic-fitter/);
	await expect(page.getByTestId('route-card').first()).toBeVisible();
});

test('in Dutch, without JavaScript: the form, the list and the map highlight all work', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/nl');
	await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Verkennen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Waar kan ik komen vanaf hier?' })).toBeVisible();
	await page.getByLabel('Je baan van nu').selectOption('hygienic-welder');
	await page.getByLabel('Tijd (maanden)').fill('60');
	await page.getByLabel('Studie-uren in totaal').fill('500');
	await page.getByRole('button', { name: 'Toon waar ik kan komen' }).click();
	await expect(page).toHaveURL(/\/nl\/explore\?from=hygienic-welder&months=60&hours=500/);
	const items = page.getByTestId('reach-item');
	expect(await items.count()).toBeGreaterThan(2);
	await expect(page.getByRole('heading', { level: 2 })).toContainText('binnen 5 jaar en 500 studie-uren vanaf Hygiënisch lasser');
	await expect(items.first().getByRole('link', { name: 'Plan deze route' })).toBeVisible();
	const marks = await highlights(page);
	expect(marks.size).toBe((await items.count()) + 1);
	await context.close();
});

test('a budget with nothing in reach says what to try, and a bad budget says how to fix it', async ({ page }) => {
	await page.goto('/en/explore?from=project-leader&months=6&hours=0');
	await expect(page.getByTestId('reach-none')).toContainText('Try more time');
	await expect(page.locator('[data-highlight]')).toHaveCount(0);
	const bad = await page.goto('/en/explore?from=hygienic-welder&months=0');
	expect(bad?.status()).toBe(200);
	await expect(page.getByRole('alert')).toContainText('from 1 to 600 months');
});

test('GET /api/reach answers on the seed and on a real (ESCO) network, strict about its query', async ({ request }) => {
	const seed = await request.get('/api/reach?from=hygienic-welder&months=60&hours=500');
	expect(seed.status()).toBe(200);
	expect((await seed.json()).destinations.length).toBeGreaterThan(2);
	const bad = await request.get('/api/reach?from=hygienic-welder&hours=lots');
	expect(bad.status()).toBe(400);
	expect((await bad.json()).error.field).toBe('hours');
	expect((await request.get('/api/reach?from=astronaut')).status()).toBe(404);

	const lines = (await (await request.get('/api/lines?network=esco')).json()).lines as { stops: unknown[]; id: string }[];
	const line = (await (await request.get(`/api/lines/${lines[0]!.id}?network=esco`)).json()).line as { stops: { station: { id: string } }[] };
	const from = line.stops[0]!.station.id;
	const esco = await request.get(`/api/reach?network=esco&from=${from}&months=120&hours=5000`);
	expect(esco.status()).toBe(200);
	const body = await esco.json();
	expect(body.network).toBe('esco');
	expect(body.destinations.map((d: { station: string }) => d.station)).toContain(line.stops[1]!.station.id);
});

test('the explore page with an answer has no axe violations', async ({ page }) => {
	await page.goto('/nl/explore?from=hygienic-welder&months=60&hours=500');
	await page.getByTestId('reach-item').first().waitFor();
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
