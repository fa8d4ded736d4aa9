import { expect, test } from '@playwright/test';

test('a shared planner link with utm_*, fbclid and gclid still plans, and the API names the parameter', async ({ page, request }) => {
	await page.goto('/nl/plan?from=hygienic-welder&to=project-leader&utm_source=nieuwsbrief&utm_medium=email&fbclid=IwAR0abc&gclid=Cj0KCQ&foo=bar');
	await expect(page.getByTestId('route-card').first()).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	// The links the page builds carry the route question only.
	const show = page.getByRole('link', { name: 'Toon op de kaart' }).first();
	await expect(show).toHaveAttribute('href', /from=hygienic-welder/);
	await expect(show).not.toHaveAttribute('href', /utm_|fbclid|gclid|foo/);
	const api = await request.get('/api/routes?from=hygienic-welder&to=project-leader&utm_source=nieuwsbrief');
	expect(api.status()).toBe(400);
	expect((await api.json()).error).toMatchObject({ field: 'utm_source', message: "unknown parameter 'utm_source'" });
});

test('the heading over no routes names the stations, never their ids', async ({ page }) => {
	await page.goto('/nl/plan?from=project-leader&to=welder');
	await expect(page.getByRole('heading', { name: 'Geen routes van Projectleider naar Lasser' })).toBeVisible();
	await page.goto('/en/plan?from=project-leader&to=welder');
	await expect(page.getByRole('heading', { name: 'No routes from Project leader to Welder' })).toBeVisible();
});

test('the same start and end station is said once, beside the end station', async ({ page }) => {
	await page.goto('/en/plan?from=welder&to=welder');
	await expect(page.getByRole('alert')).toHaveCount(1);
	await expect(page.getByText(/choose an end station other than the start station/)).toHaveCount(1);
	await expect(page.getByRole('combobox', { name: 'End station (the job you want)' })).toHaveAttribute('aria-invalid', 'true');
});

test('durations over a year read as years and months on route cards, steps, lines and stations', async ({ page }) => {
	await page.goto('/nl/plan?from=hygienic-welder&to=project-leader');
	const card = page.getByTestId('route-card').first();
	await expect(card.locator('.totals dd').first()).toHaveText(/^\d+ jaar( en [\d,]+ maand(en)?)?$/);
	await expect(card.getByText(/· 1 jaar/).first()).toBeAttached();
	await page.goto('/en/plan?from=hygienic-welder&to=project-leader');
	await expect(page.getByTestId('route-card').first().locator('.totals dd').first()).toHaveText(/^\d+ years?( and [\d.]+ months?)?$/);
	await page.goto('/nl/lines/hygienic-design');
	await expect(page.getByText('na 1 jaar op de vorige halte (1 jaar vanaf het begin)')).toBeVisible();
	await expect(page.getByText('na 1 jaar en 6 maanden op de vorige halte (3 jaar en 6 maanden vanaf het begin)')).toBeVisible();
	await page.goto('/en/stations/hygienic-welder');
	await expect(page.getByText(/\(1 year\)\./).first()).toBeVisible();
});
