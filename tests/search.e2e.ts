import { expect, test } from '@playwright/test';
import { openWithScriptsHeld } from './e2e-helpers';

test('search puts the station named like the query first, in both languages, and never matches inside a word', async ({ page, request }) => {
	await page.goto('/en/search?q=welder');
	const stations = page.getByTestId('results-station').getByRole('link');
	await expect(stations.first()).toHaveText('Welder');
	expect(await stations.allTextContents()).toContain('Hygienic welder');
	await page.goto('/nl/search?q=lasser');
	await expect(page.getByTestId('results-station').getByRole('link').first()).toHaveText('Lasser');
	// "elder" sits inside "welder", "asser" inside "lasser": a match inside a word is no match.
	await page.goto('/en/search?q=elder');
	await expect(page.getByRole('status')).toHaveText('Nothing found for “elder”.');
	const inside = await (await request.get('/api/search?q=asser')).json();
	expect(inside.results).toEqual([]);
});

test('what a reader types before the page comes alive stays: the search field, and a form field', async ({ page }) => {
	const alive = await openWithScriptsHeld(page, '/en/search?q=weld');
	await page.locator('#q').fill('hygienic welder');
	await alive();
	await expect(page.locator('#q')).toHaveValue('hygienic welder');
	// Alive now: the search goes where the typed words say, and the field then shows the question.
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/q=hygienic\+welder/);
	await expect(page.getByTestId('results-station').getByRole('link').first()).toHaveText('Hygienic welder');
	await expect(page.locator('#q')).toHaveValue('hygienic welder');

	// The shared labelled field (sign-up, editors, plans) keeps early typing too.
	const signUp = await openWithScriptsHeld(page, '/en/sign-up');
	await page.getByLabel('Name').fill('Early Typist');
	await signUp();
	await expect(page.getByLabel('Name')).toHaveValue('Early Typist');
});
