import { expect, test, type Locator } from '@playwright/test';

/**
 * How the app's messages read (issue 15, item 8): "learned on the job" is information, shown in
 * the ink colour with an accent mark rather than the danger colour; the planner's steps are
 * numbered without gaps; a refusal names the way on.
 */

const DANGER = 'rgb(164, 22, 26)';

/** The numbers a list draws, by HTML's rule: an item's own value, else one more than the item before; only items with a marker show theirs. */
function shownNumbers(list: Locator): Promise<number[]> {
	return list.evaluate((ol) => {
		let n = Number(ol.getAttribute('start') ?? 1) - 1;
		const shown: number[] = [];
		for (const li of Array.from(ol.children)) {
			if (li.tagName !== 'LI') continue;
			n = li.hasAttribute('value') ? Number(li.getAttribute('value')) : n + 1;
			if (getComputedStyle(li).listStyleType !== 'none') shown.push(n);
		}
		return shown;
	});
}

test('the planner numbers a route’s steps 1, 2, 3 with boarding and changing lines between them', async ({ page }) => {
	// Welder to hygienic fitter: three hops on two lines, so a change of line sits between the steps.
	await page.goto('/en/plan?from=welder&to=hygienic-fitter');
	const steps = page.locator('ol.steps').first();
	await expect(steps.locator('li.hop')).toHaveCount(3);
	await expect(steps.locator('li.board')).not.toHaveCount(0);
	expect(await shownNumbers(steps)).toEqual([1, 2, 3]);
});

const colour = (l: Locator) => l.evaluate((e) => getComputedStyle(e).color);

for (const [lang, words] of [
	['en', 'Learned on the job'],
	['nl', 'Leer je in de praktijk']
] as const) {
	test(`"${words}" is information, not an error (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/plan?from=welder&to=hygienic-fitter`);
		const onRoute = page.locator('ol.steps').first().getByTestId('untaught').first();
		await expect(onRoute).toContainText(words);
		expect(await colour(onRoute)).not.toBe(DANGER);
		await page.goto(`/${lang}/stations/hygienic-welder`);
		const onStation = page.getByTestId('untaught').first();
		await expect(onStation).toContainText(words);
		expect(await colour(onStation)).not.toBe(DANGER);
	});
}

test('a refusal says what to do next: an unknown network, a route with too few transfers allowed', async ({ page }) => {
	const network = await page.goto('/en?network=nowhere');
	expect(network?.status()).toBe(404);
	await expect(page.getByText('Choose another network, or go back to the map.')).toBeVisible();
	await page.goto('/nl/plan?from=welder&to=hygienic-fitter&maxTransfers=0');
	await expect(page.getByTestId('no-route')).toContainText('Sta bij Opties meer overstappen toe.');
});
