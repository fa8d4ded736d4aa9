import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createUser, expectNoOverflow, openPage, signIn } from './e2e-helpers';

/**
 * The pages added for workers and advisors (issue #15), in both languages: no axe violations,
 * and at a phone's 390 and a desktop's 1440 px no page wider than the screen. A full-page
 * screenshot of each is attached to the report, for a person to look at.
 */

/** An ESCO occupation on lines in the e2e server's ESCO slice (drilling machine operator). */
const ESCO_STATION = 'esco-occ-bc6649ff-05f8-4c98-9db6-9be0d13883a9';

const PAGES = [
	'/skills/tig-welding-stainless',
	'/modules/vca-basis-course',
	'/stations/welder',
	'/plan?from=welder&to=project-leader',
	'/explore?from=hygienic-welder&months=60&hours=500',
	`/explore?network=esco&from=${ESCO_STATION}&months=120&hours=5000`,
	'/map?network=esco',
	`/map?network=esco&around=${ESCO_STATION}`
];

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Axe at desktop width, then the overflow check with a screenshot at both widths. */
async function checkPage(page: Page, url: string): Promise<void> {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openPage(page, url);
	await expectNoAxeViolations(page);
	for (const width of [1440, 390]) {
		await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
		await expectNoOverflow(page, url);
		await test.info().attach(`${url} at ${width} px`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	}
}

for (const lang of ['en', 'nl']) {
	test.describe(`new pages in ${lang === 'en' ? 'English' : 'Dutch'}`, () => {
		test.describe.configure({ timeout: 90_000 });
		for (const path of PAGES) test(`${path}: axe, and no overflow at 390 and 1440 px`, async ({ page }) => checkPage(page, `/${lang}${path}`));
	});
}

test('the explore page on ESCO marks the start and the best places within reach on its map', async ({ page }) => {
	await openPage(page, `/en/explore?network=esco&from=${ESCO_STATION}&months=120&hours=5000`);
	const reached = await page.getByTestId('reach-item').evaluateAll((els) => els.slice(0, 9).map((e) => e.getAttribute('data-station')!));
	expect(reached.length).toBeGreaterThan(0);
	const map = page.getByTestId('metro-map');
	await expect(map).toBeVisible();
	for (const id of [ESCO_STATION, ...reached]) await expect(map.locator(`[data-highlight="${id}"]`)).toHaveCount(1);
});

test.describe.serial('a saved plan, signed in', () => {
	test.describe.configure({ timeout: 120_000 });
	test('the plan page and its print view: axe in both languages, no overflow at 390 and 1440 px', async ({ browser }) => {
		createUser('pages-petra@example.nl', 'Petra Pages');
		const page = await signIn(browser, 'pages-petra@example.nl');
		await openPage(page, '/en/plans/new?from=construction-welder&to=hygienic-fitter&rank=1');
		await page.getByLabel('Title').fill('Towards hygienic fitter');
		await page.getByRole('button', { name: 'Save plan' }).click();
		await expect(page).toHaveURL(/\/en\/plans\/[a-z0-9]+$/);
		const plan = new URL(page.url()).pathname.replace(/^\/en/, '');
		for (const lang of ['en', 'nl']) for (const path of [plan, `${plan}/print`]) await checkPage(page, `/${lang}${path}`);
	});
});
