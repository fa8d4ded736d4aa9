import { expect, test, type Page } from '@playwright/test';

/**
 * Maps open legibly: station names at least 11 CSS pixels on a phone and on a desktop, no name
 * over another, and a key readable on its own. Local maps of the imported ESCO slice too.
 */

const DRILL = 'esco-occ-bc6649ff-05f8-4c98-9db6-9be0d13883a9';

/** Screen size and box of every station name the reader can see at the opening view. */
async function visibleLabels(page: Page) {
	await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
	return page.evaluate(() => {
		const svg = document.querySelector<SVGSVGElement>('[data-testid="metro-map"]')!;
		const frame = svg.getBoundingClientRect();
		return [...svg.querySelectorAll<SVGTextElement>('.stations text')].flatMap((text) => {
			const box = text.getBoundingClientRect();
			const inside = box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom;
			if (!inside) return [];
			// Font size in map units times map units per screen pixel at the current zoom.
			const px = Number(text.getAttribute('font-size')) * text.getScreenCTM()!.a;
			return [{ name: text.textContent ?? '', px, box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } }];
		});
	});
}

function overlapping(labels: { name: string; box: { left: number; top: number; right: number; bottom: number } }[]): string[] {
	const pairs: string[] = [];
	const slack = 0.5;
	for (let i = 0; i < labels.length; i++)
		for (let j = i + 1; j < labels.length; j++) {
			const [a, b] = [labels[i]!.box, labels[j]!.box];
			if (a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack)
				pairs.push(`${labels[i]!.name} / ${labels[j]!.name}`);
		}
	return pairs;
}

for (const width of [390, 1440]) {
	test.describe(`at ${width} px wide`, () => {
		test.use({ viewport: { width, height: width < 500 ? 844 : 900 } });

		test('the seed map opens with station names of at least 11 px, none over another', async ({ page }) => {
			await page.goto('/en');
			const labels = await visibleLabels(page);
			expect(labels.length).toBeGreaterThan(5);
			for (const l of labels) expect(l.px, l.name).toBeGreaterThanOrEqual(11);
			expect(overlapping(labels)).toEqual([]);
		});

		test('the key is readable on its own: at least 12 px, whatever the zoom', async ({ page }) => {
			await page.goto('/en');
			await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
			const legend = page.getByTestId('map-legend');
			const sizes = await legend.locator('li span').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
			expect(sizes.length).toBeGreaterThan(10);
			for (const s of sizes) expect(s).toBeGreaterThanOrEqual(12);
			await page.getByRole('button', { name: 'Zoom out' }).click();
			expect(await legend.locator('li span').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBe(sizes[0]);
		});

		test('a local map of an ESCO station: its lines and neighbours, legible', async ({ page }) => {
			await page.goto(`/en/map?network=esco&around=${DRILL}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Around laser cutting machine operator');
			const map = page.getByRole('application', { name: /Local metro map/ });
			// The map draws after hydration: wait for it before counting (under load the count ran too early).
			await expect(map.locator(`[data-station="${DRILL}"]`)).toBeVisible();
			expect(await map.locator('[data-station]').count()).toBeGreaterThan(3);
			const labels = await visibleLabels(page);
			for (const l of labels) expect(l.px, l.name).toBeGreaterThanOrEqual(11);
			// Lines named on the map (where a crowded local map ran out of distinct colours) cover no name either.
			const lineNames = await map.locator('[data-line-name] rect').evaluateAll((rects) =>
				rects.map((r) => {
					const b = r.getBoundingClientRect();
					return { name: `line ${r.parentElement!.getAttribute('data-line-name')}`, px: 0, box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom } };
				})
			);
			expect(overlapping([...labels, ...lineNames])).toEqual([]);
		});
	});
}

test('the way into local maps: station page, search and the sectors of ESCO', async ({ page }) => {
	await page.goto(`/en/stations/${DRILL}?network=esco`);
	await expect(page.getByRole('application', { name: /Local metro map/ })).toBeVisible();
	await page.getByTestId('station-map-link').click();
	await expect(page).toHaveURL(new RegExp(`/en/map\\?around=${DRILL}`));
	await page.goto('/en/search?network=esco&q=laser');
	await expect(page.getByRole('link', { name: 'on the map' }).first()).toHaveAttribute('href', /\/en\/map\?around=/);
	await page.goto('/en/map?network=esco');
	await page.getByRole('link', { name: 'Craft and related trades workers' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sector: Craft and related trades workers');
	expect(await page.getByRole('application', { name: /Local metro map/ }).locator('[data-station]').count()).toBeGreaterThan(3);
});

test('"zoom to the route" fits the whole route in the map', async ({ page }) => {
	const ROUTE = 'welder,construction-welder,hygienic-welder,hygienic-fitter,maintenance-mechanic-food-pharma,work-planner,hygienic-design-engineer,project-leader';
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`/en?route=${ROUTE}`);
	await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
	await page.getByRole('button', { name: 'Show the whole map' }).click();
	await page.getByRole('button', { name: 'Zoom to the route' }).click();
	await expect
		.poll(async () =>
			page.evaluate((stops) => {
				const frame = document.querySelector('[data-testid="metro-map"]')!.getBoundingClientRect();
				return stops.every((id) => {
					const marker = document.querySelector(`[data-station="${id}"] .marker`)!.getBoundingClientRect();
					return marker.left >= frame.left && marker.right <= frame.right && marker.top >= frame.top && marker.bottom <= frame.bottom;
				});
			}, ROUTE.split(','))
		)
		.toBe(true);
});
