import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Welder to project leader: the welding line, a transfer at hygienic welder, then the hygienic-design line. */
const ROUTE = 'welder,construction-welder,hygienic-welder,hygienic-fitter,maintenance-mechanic-food-pharma,work-planner,hygienic-design-engineer,project-leader';

async function mapData(page: Page) {
	const res = await page.request.get('/api/map?lang=en');
	expect(res.status()).toBe(200);
	return (await res.json()) as {
		layout: { lines: { id: string; stations: string[] }[]; edges: { from: string; to: string; lines: string[]; points: [number, number][] }[] };
		stations: { id: string; lines: string[] }[];
		lines: { id: string; label: { en: string } }[];
	};
}

/** Neighbouring stops of every line, both ways: what an arrow key may lead to. */
function neighbours(lines: { stations: string[] }[]): Set<string> {
	const pairs = new Set<string>();
	for (const l of lines)
		for (let i = 1; i < l.stations.length; i++) {
			pairs.add(`${l.stations[i - 1]}>${l.stations[i]}`);
			pairs.add(`${l.stations[i]}>${l.stations[i - 1]}`);
		}
	return pairs;
}

/** The arrow key pointing most nearly along a drawn segment (y grows downwards). */
function arrowTowards([x0, y0]: [number, number], [x1, y1]: [number, number]): string {
	const [dx, dy] = [x1 - x0, y1 - y0];
	return Math.abs(dx) >= Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp';
}

const focusedStation = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-station') ?? null);
const viewportTransform = (page: Page) => page.locator('[data-viewport]').getAttribute('transform');

test('the map draws every station of the seed network', async ({ page }) => {
	const { stations } = (await (await page.request.get('/api/stations')).json()) as { stations: unknown[] };
	await page.goto('/en');
	const map = page.getByRole('application', { name: /Metro map/ });
	await expect(map).toBeVisible();
	await expect(map.locator('[data-station]')).toHaveCount(stations.length);
	expect(await map.locator('[data-line]').count()).toBe((await mapData(page)).layout.lines.length);
});

test('GET /api/map gives the layout with names and refuses unknown parameters', async ({ request }) => {
	const map = await mapData({ request } as Page);
	expect(map.stations.find((s) => s.id === 'hygienic-welder')?.lines.length).toBeGreaterThan(1);
	const bad = await request.get('/api/map?lang=fr');
	expect(bad.status()).toBe(400);
	expect((await bad.json()).error.field).toBe('lang');
	expect((await request.get('/api/map?zoom=2')).status()).toBe(400);
});

test('zoom buttons and the mouse wheel zoom the map; "whole map" shows all of it', async ({ page }) => {
	await page.goto('/en');
	await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
	const before = await viewportTransform(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => viewportTransform(page)).not.toBe(before);
	await page.getByRole('button', { name: 'Show the whole map' }).click();
	await expect.poll(() => viewportTransform(page)).toBe('translate(0 0) scale(1)');
	// Pointing at the map loads its gestures (d3-zoom is not part of the page's first load).
	await page.getByTestId('metro-map').hover();
	await expect(page.locator('[data-testid="metro-map"][data-zoomable]')).toBeVisible();
	await page.mouse.wheel(0, -400);
	await expect.poll(() => viewportTransform(page)).not.toBe(before);
});

test('pinching with two fingers zooms the map (touch)', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, viewport: { width: 800, height: 900 } });
	const page = await context.newPage();
	await page.goto('/en');
	const map = page.getByRole('application', { name: /Metro map/ });
	const box = (await map.boundingBox())!;
	const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
	const cdp = await context.newCDPSession(page);
	const fingers = (type: 'touchStart' | 'touchMove' | 'touchEnd', apart: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [{ x: cx - apart, y: cy, id: 1 }, { x: cx + apart, y: cy, id: 2 }]
		});
	// The first touch loads the map's gestures; the pinch comes once they listen.
	await fingers('touchStart', 20);
	await fingers('touchEnd', 0);
	await expect(page.locator('[data-testid="metro-map"][data-zoomable]')).toBeVisible();
	await fingers('touchStart', 20);
	for (const apart of [40, 60, 80, 100]) await fingers('touchMove', apart);
	await fingers('touchEnd', 0);
	const scale = Number(/scale\(([\d.]+)\)/.exec((await viewportTransform(page)) ?? '')?.[1]);
	expect(scale).toBeGreaterThan(2);
	await context.close();
});

test('the keyboard reaches a station, arrows ride along a line, L changes line, Enter opens the panel', async ({ page }) => {
	const map = await mapData(page);
	const hops = neighbours(map.layout.lines);
	await page.goto('/en');
	await page.getByRole('button', { name: 'Download PNG' }).focus();
	await page.keyboard.press('Tab');
	const first = await focusedStation(page);
	expect(first).not.toBeNull();

	const ride = async (from: string | null) => {
		for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
			await page.keyboard.press(key);
			const at = await focusedStation(page);
			if (at !== from) return at;
		}
		return from;
	};
	const moved = await ride(first);
	expect(moved).not.toBe(first);
	expect(hops.has(`${first}>${moved}`)).toBe(true);

	// At an interchange, L announces the next line, and the arrows then ride that line.
	await page.locator('[data-station="hygienic-welder"]').focus();
	await page.keyboard.press('l');
	const live = page.locator('[aria-live="polite"]');
	await expect(live).toContainText('Hygienic welder, on line');
	const lineName = (await live.textContent())!.replace('Hygienic welder, on line ', '').trim();
	const line = map.lines.find((l) => l.label.en === lineName)!;
	const edge = map.layout.edges.find((e) => e.lines.includes(line.id) && (e.from === 'hygienic-welder' || e.to === 'hygienic-welder'))!;
	const points = edge.from === 'hygienic-welder' ? edge.points : [...edge.points].reverse();
	await page.keyboard.press(arrowTowards(points[0]!, points[1]!));
	const onLine = neighbours(map.layout.lines.filter((l) => l.id === line.id));
	expect(onLine.has(`hygienic-welder>${await focusedStation(page)}`)).toBe(true);
	await page.locator('[data-station="hygienic-welder"]').focus();

	await page.keyboard.press('Enter');
	const panel = page.getByRole('dialog', { name: 'Hygienic welder' });
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('link', { name: 'Open the station page' })).toHaveAttribute('href', '/en/stations/hygienic-welder');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	expect(await focusedStation(page)).toBe('hygienic-welder');
});

test('a route is highlighted, the rest dimmed, transfers marked and told as steps', async ({ page }) => {
	await page.goto(`/en?route=${ROUTE}`);
	const map = page.getByTestId('metro-map');
	await expect(map.locator('[data-route-leg]')).toHaveCount(2);
	await expect(map.locator('[data-route-leg="welding"]')).toHaveCount(1);
	await expect(map.locator('[data-route-role="transfer"]')).toHaveAttribute('data-station', 'hygienic-welder');
	await expect(map.locator('[data-route-role="origin"]')).toHaveAttribute('data-station', 'welder');
	expect(await map.locator('path.line.dimmed').count()).toBe(await map.locator('[data-line]').count());
	await expect(map.locator('[data-station="production-manager"]')).toHaveClass(/dimmed/);
	const steps = page.getByTestId('route-steps').locator('li');
	await expect(steps).toHaveCount(5);
	await expect(steps.nth(2)).toHaveText('Change at Hygienic welder to Hygienic design & installation.');

	const before = await viewportTransform(page);
	await page.getByRole('button', { name: 'Zoom to the route' }).click();
	await expect.poll(() => viewportTransform(page)).not.toBe(before);
});

test('a route that is not a ride is refused', async ({ page }) => {
	expect((await page.goto('/en?route=welder,project-leader'))?.status()).toBe(400);
	expect((await page.goto('/en?route=welder,astronaut'))?.status()).toBe(400);
	expect((await page.goto('/en?route=Not%20an%20id'))?.status()).toBe(400);
});

test('the map is plain SVG without JavaScript: every station is a link with its name', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/nl');
	const map = page.getByRole('group', { name: /Metrokaart/ });
	await expect(map.locator('[data-station]').first()).toBeVisible();
	await expect(map.getByText('Hygiënisch lasser')).toBeVisible();
	await map.locator('[data-station="hygienic-welder"]').click();
	await expect(page).toHaveURL(/\/nl\/stations\/hygienic-welder$/);
	await context.close();
});

test('the map downloads as SVG with every station and as PNG', async ({ page }) => {
	await page.goto(`/en?route=${ROUTE}`);
	const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
	expect(svgFile.suggestedFilename()).toBe('vakmetro-seed.svg');
	const svg = readFileSync((await svgFile.path())!, 'utf8');
	expect(svg).toContain('<svg');
	expect(svg).not.toContain('data-viewport');
	const { stations } = await mapData(page);
	expect(svg.match(/\/en\/stations\//g)?.length).toBe(stations.length);
	expect(svg).toContain('Hygienic welder');

	const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
	const png = readFileSync((await pngFile.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
});

test('printing a route shows the map and the steps without navigation', async ({ page }) => {
	await page.goto(`/en?route=${ROUTE}`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Download SVG' })).toBeHidden();
	await expect(page.getByTestId('stations-table')).toBeHidden();
	await expect(page.getByTestId('metro-map')).toBeVisible();
	await expect(page.getByTestId('route-steps')).toBeVisible();
});

test.describe('accessibility (axe)', () => {
	for (const path of ['/en', '/nl', `/en?route=${ROUTE}`, '/en/stations/hygienic-welder']) {
		test(`${path} has no axe violations`, async ({ page }) => {
			await page.goto(path);
			await page.locator('[data-station]').first().or(page.getByRole('heading', { level: 1 })).first().waitFor();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		});
	}

	test('the open station panel has no axe violations', async ({ page }) => {
		await page.goto('/en');
		await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
		// The map opens zoomed in: the station may lie outside the view until it has focus.
		await page.locator('[data-station="hygienic-welder"]').focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('dialog')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	});
});
