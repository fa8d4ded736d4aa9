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
