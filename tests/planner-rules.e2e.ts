import { expect, test } from '@playwright/test';
import { createUser, openPage, signIn } from './e2e-helpers';

// Issue 12 in the browser: real alternatives with their trade-off, variants, setbacks marked,
// and the traveller's own skills.

test('alternatives say what they gain and give up; a near-copy is a variant on its route card', async ({ page, request }) => {
	await openPage(page, '/en/plan?from=welder&to=project-leader');
	const cards = page.getByTestId('route-card');
	await expect(cards.first()).toBeVisible();
	// The route via the cost estimator is shown inside route 1's card, not as a card of its own.
	const variant = cards.first().getByTestId('route-variant').filter({ hasText: 'Variant of route 1, via Cost estimator instead of Hygienic design engineer' });
	await expect(variant).toBeVisible();
	await expect(variant).toContainText(/Against route 1: gains .* fewer study hours/);

	await openPage(page, '/nl/plan?from=hygienic-welder&to=project-leader');
	expect(await cards.count()).toBeGreaterThanOrEqual(2);
	await expect(cards.nth(1).getByTestId('versus')).toContainText(/^Tegenover route 1: /);

	const body = await (await request.get('/api/routes?from=hygienic-welder&to=project-leader')).json();
	expect(body.routes[0].versus).toBeNull();
	expect(body.routes[1].versus.against).toBe(1);
	expect(body.routes[1].text.versus.en).toMatch(/^Against route 1: /);
	expect(body.routes[1].text.versus.nl).toMatch(/^Tegenover route 1: /);
	const welder = await (await request.get('/api/routes?from=welder&to=project-leader')).json();
	const variants = welder.routes.flatMap((r: { variants: { stations: string[] }[] }) => r.variants);
	expect(variants.some((v: { stations: string[] }) => v.stations.includes('calculator'))).toBe(true);
});

test('setbacks only when allowed, and marked on the route; no climbing above the destination', async ({ page, request }) => {
	await openPage(page, '/en/plan?from=maintenance-mechanic&to=hygienic-fitter');
	await expect(page.getByTestId('no-route')).toContainText('Allow setbacks under Options');

	await openPage(page, '/en/plan?from=maintenance-mechanic&to=hygienic-fitter&backwards=true');
	const card = page.getByTestId('route-card').first();
	await expect(card.getByTestId('setbacks')).toContainText('riding backwards from Maintenance mechanic (food & pharma) to Hygienic fitter');
	// The first route's steps are open: the backward ride is tagged where it happens.
	await expect(card.getByTestId('backward-ride').first()).toBeVisible();

	const body = await (await request.get('/api/routes?from=maintenance-mechanic&to=hygienic-fitter&backwards=true&k=20')).json();
	for (const r of body.routes) {
		expect(r.stations).not.toContain('work-planner');
		expect(r.setbacks.length).toBeGreaterThan(0);
	}
	const cut = await (await request.get('/api/routes?from=press-brake-operator&to=production-manager&backwards=true')).json();
	expect(cut.routes[0].setbacks).toEqual([{ kind: 'pay-cut', hop: 1, from: 'machining-operator', to: 'production-operator' }]);
	expect(cut.routes[0].hops[1].payCut).toBe(true);
});

test('a destination that pays less is the traveller\'s choice: routed without setbacks, its drop tagged as a pay cut', async ({ page, request }) => {
	const body = await (await request.get('/api/routes?from=machining-operator&to=production-operator')).json();
	expect(body.routes.length).toBeGreaterThan(0);
	expect(body.routes[0].setbacks).toEqual([]);
	expect(body.routes[0].hops.at(-1).payCut).toBe(true);

	await openPage(page, '/nl/plan?from=machining-operator&to=production-operator');
	const card = page.getByTestId('route-card').first();
	await expect(card.getByTestId('pay-cut').first()).toBeVisible();
	await expect(card.getByTestId('setbacks')).toHaveCount(0);
});

test('a signed-in traveller plans with their profile skills, sees which were used, and can leave them out', async ({ browser }) => {
	// Signs up, edits a profile and plans three times: slower than one page on a shared machine.
	test.slow();
	createUser('sam@example.nl', 'Sam Symbols');
	const page = await signIn(browser, 'sam@example.nl');
	await page.getByLabel('Skill', { exact: true }).selectOption({ label: 'Reading welding symbols (EN ISO 2553)' });
	await page.getByLabel('Level', { exact: true }).selectOption('3');
	await page.getByRole('button', { name: 'Add or change skill' }).click();
	await expect(page.getByTestId('profile-skills')).toContainText('Reading welding symbols');

	// The form, as a traveller fills it in: no skill ticked in the general list.
	await openPage(page, '/en/plan');
	const profile = page.getByTestId('profile-skills');
	await expect(profile.getByRole('checkbox', { name: 'Reading welding symbols (EN ISO 2553)' })).toBeChecked();
	await page.getByLabel('Start station (your job today)').selectOption('welder');
	await page.getByLabel('End station (the job you want)').selectOption('construction-welder');
	await page.getByRole('button', { name: 'Plan routes' }).click();
	await expect(page).toHaveURL(/skills=welding-symbols%3A3/);
	await expect(page.getByTestId('profile-used')).toContainText('Planned with 1 skill from your profile: Reading welding symbols');
	// The module teaching it, "Reading welding symbols (ISO 2553)", is not charged.
	const steps = page.getByTestId('route-card').first();
	await expect(steps).toBeVisible();
	await expect(steps).not.toContainText('Reading welding symbols (ISO 2553)');

	// Untick it for this question: the module that teaches it is charged again.
	await page.getByTestId('profile-skills').getByRole('checkbox', { name: 'Reading welding symbols (EN ISO 2553)' }).uncheck();
	await page.getByRole('button', { name: 'Plan routes' }).click();
	await expect(page).toHaveURL(/profile=used/);
	await expect(page).not.toHaveURL(/skills=welding-symbols/);
	await expect(page.getByTestId('profile-used')).toContainText('No skills from your profile count for this question.');
	await expect(page.getByTestId('profile-skills').getByRole('checkbox', { name: 'Reading welding symbols (EN ISO 2553)' })).not.toBeChecked();
	await expect(page.getByTestId('route-card').first()).toContainText('Reading welding symbols (ISO 2553)');
});
