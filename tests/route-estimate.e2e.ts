import { expect, test } from '@playwright/test';

// The e2e server imports a real slice of ESCO next to the seed (scripts/e2e-server.js): its lines
// are ladders of the transition model and no module teaches its skills, so every hop carries an
// effort estimate with its basis and a reason.
test('an ESCO route card shows each hop with its estimate, basis and reason, in English and Dutch', async ({ page, request }) => {
	const lines = (await (await request.get('/api/lines?network=esco')).json()).lines as { id: string; from: string; to: string }[];
	expect(lines.length).toBeGreaterThan(0);
	const line = lines[0]!;
	const api = await (await request.get(`/api/routes?network=esco&from=${line.from}&to=${line.to}`)).json();
	const hops = api.routes[0].hops.length as number;
	expect(api.routes[0].explanations).toHaveLength(hops);

	await page.goto(`/en/plan?network=esco&from=${line.from}&to=${line.to}`);
	const card = page.getByTestId('route-card').first();
	await expect(card.getByTestId('hop-estimate')).toHaveCount(hops);
	await expect(card.getByTestId('hop-estimate').first()).toContainText('study hours (estimate:');
	await expect(card.getByTestId('hop-estimate').first()).toContainText('months of experience');
	await expect(card.getByTestId('hop-estimate').first()).toContainText('cost unknown');
	await expect(card.getByTestId('hop-reason')).toHaveCount(hops);
	await expect(card.getByTestId('hop-reason').first()).toContainText(/already has \d+ of \d+ required skills/);
	await expect(card.getByTestId('hop-reason').first()).toContainText(/(career step of|viable move in) the transition model \(score 0[.,]\d+\)/);

	await page.goto(`/nl/plan?network=esco&from=${line.from}&to=${line.to}`);
	const kaart = page.getByTestId('route-card').first();
	await expect(kaart.getByTestId('hop-estimate').first()).toContainText('studie-uren (schatting:');
	await expect(kaart.getByTestId('hop-estimate').first()).toContainText('kosten onbekend');
	await expect(kaart.getByTestId('hop-reason').first()).toContainText(/heeft al \d+ van de \d+ vereiste vaardigheden/);
	await expect(kaart.getByTestId('hop-reason').first()).toContainText(/(loopbaanstap van|haalbare overstap in) het overstapmodel \(score 0[.,]\d+\)/);
});

// Welder (O*NET required level: high-school diploma) → mechanical engineering technician
// (associate's degree): the card says which part of the hours is the degree, and on what basis.
test('an ESCO route card names the education step in a hop estimate, in English and Dutch', async ({ page, request }) => {
	const from = 'esco-occ-7aedaa07-3884-4c5b-88f9-80997b2aa54b';
	const to = 'esco-occ-b31e404e-9af6-457d-a58a-208f612eeba3';
	const api = await (await request.get(`/api/routes?network=esco&from=${from}&to=${to}`)).json();
	const route = api.routes[0] as { hops: { educationHours: number }[]; explanations: { estimate: { basis: { education: { hours: number } | null } } | null }[] };
	const i = route.hops.findIndex((h) => h.educationHours > 0);
	expect(i).toBeGreaterThanOrEqual(0);
	expect(route.explanations[i]!.estimate!.basis.education!.hours).toBe(route.hops[i]!.educationHours);

	await page.goto(`/en/plan?network=esco&from=${from}&to=${to}`);
	const card = page.getByTestId('route-card').first();
	await expect(card.getByTestId('hop-education').first()).toContainText(/of which ≈ [\d,]+ hours formal education: .+ → .+, \d+ ECTS credits at 28 hours/);
	await expect(card.getByTestId('hop-education').last()).toContainText("→ associate's degree");
	await page.goto(`/nl/plan?network=esco&from=${from}&to=${to}`);
	const kaart = page.getByTestId('route-card').first();
	await expect(kaart.getByTestId('hop-education').first()).toContainText(/waarvan ≈ [\d.]+ uur formele opleiding: .+ → .+, \d+ EC van 28 uur/);
	await expect(kaart.getByTestId('hop-education').last()).toContainText('→ associate degree');
});
