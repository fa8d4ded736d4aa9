import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DATABASE_PATH } from './e2e-helpers';

/**
 * Where two lines that meet have colours a reader cannot tell apart, the map writes their names
 * on them, beside no station name, and the downloads keep them. The network (two reds that
 * share a stretch, a blue apart) is imported the way an operator imports graph-seed files.
 */

test.beforeAll(() => {
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import-seed.ts', '--network', 'close-colours', '--dir', 'tests/fixtures/close-colours', '--yes'], {
		env: { ...process.env, DATABASE_PATH },
		stdio: 'pipe'
	});
});

type Rect = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Screen boxes of the line names, the station names and the station markers. */
async function boxes(page: Page) {
	return page.evaluate(() => {
		const svg = document.querySelector('[data-testid="metro-map"]')!;
		const rect = (e: Element) => {
			const b = e.getBoundingClientRect();
			return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
		};
		return {
			names: [...svg.querySelectorAll('[data-line-name]')].map((g) => ({ line: g.getAttribute('data-line-name')!, text: g.textContent!.trim(), box: rect(g.querySelector('rect')!) })),
			labels: [...svg.querySelectorAll('.stations text')].map((t) => ({ text: t.textContent!, box: rect(t) })),
			markers: [...svg.querySelectorAll('.stations .marker')].map(rect)
		};
	});
}

for (const width of [390, 1440]) {
	test(`at ${width} px the two red lines carry their names, over no station name or marker`, async ({ page }) => {
		await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
		await page.goto('/en?network=close-colours');
		await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
		// The whole map, so every name is on screen.
		await page.getByRole('button', { name: 'Show the whole map' }).click();
		const { names, labels, markers } = await boxes(page);
		expect(new Set(names.map((n) => n.line))).toEqual(new Set(['red', 'crimson']));
		expect(names.find((n) => n.line === 'red')!.text).toBe('Red line');
		expect(names.find((n) => n.line === 'crimson')!.text).toBe('Crimson');
		expect(labels.length).toBe(8);
		const hits: string[] = [];
		for (const n of names) {
			for (const l of labels) if (overlap(n.box, l.box)) hits.push(`${n.text} over ${l.text}`);
			if (markers.some((m) => overlap(n.box, m))) hits.push(`${n.text} over a station`);
			for (const o of names) if (o !== n && overlap(n.box, o.box)) hits.push(`${n.text} over ${o.text}`);
		}
		expect(hits).toEqual([]);
	});
}

test('the names are in Dutch on the Dutch map, and the seed (whose meeting lines stand apart) has none', async ({ page }) => {
	await page.goto('/nl?network=close-colours');
	await expect(page.locator('[data-line-name="crimson"]').first()).toHaveText('Karmijnlijn');
	await page.goto('/en?network=seed');
	await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
	await expect(page.locator('[data-line-name]')).toHaveCount(0);
});

test('the SVG and PNG downloads keep the line names', async ({ page }) => {
	await page.goto('/en?network=close-colours');
	await expect(page.locator('[data-testid="metro-map"][data-opened]')).toBeVisible();
	const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
	const svg = readFileSync((await svgFile.path())!, 'utf8');
	expect(svg.match(/>Red line</g)?.length).toBe(await page.locator('[data-line-name="red"]').count());
	expect(svg).toContain('>Crimson<');

	// In the PNG, a name's pill is there in its line's colour (the PNG is drawn at twice the map's size).
	const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
	const png = readFileSync((await pngFile.path())!).toString('base64');
	const pixel = await page.evaluate(async (data) => {
		const svg = document.querySelector<SVGSVGElement>('[data-testid="metro-map"]')!;
		const [vx, vy] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number) as [number, number];
		const pill = svg.querySelector('[data-line-name="crimson"] rect')!;
		const x = Number(pill.getAttribute('x')) + 3;
		const y = Number(pill.getAttribute('y')) + Number(pill.getAttribute('height')) / 2;
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth;
		canvas.height = image.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		return [...context.getImageData(Math.round((x - vx) * 2), Math.round((y - vy) * 2), 1, 1).data];
	}, png);
	// #C8202F
	expect(Math.abs(pixel[0]! - 0xc8)).toBeLessThan(24);
	expect(Math.abs(pixel[1]! - 0x20)).toBeLessThan(24);
	expect(Math.abs(pixel[2]! - 0x2f)).toBeLessThan(24);
});
