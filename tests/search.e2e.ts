import { expect, test } from '@playwright/test';

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
