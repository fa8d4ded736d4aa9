import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { DATABASE_PATH, expectNoOverflow, openPage, openWithScriptsHeld } from './e2e-helpers';

/**
 * On a network too big to list its stations in the forms (more than 400, as ESCO and O*NET), the
 * planner and explore take a typed job title: the browser suggests names from the search API and
 * the server looks the name up. The network is the seed with 420 more stations, imported the way
 * an operator imports graph-seed files.
 */
const NETWORK = 'typed-stations';
let dir = '';

test.beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'vakmetro-typed-'));
	cpSync('graph-seed', dir, { recursive: true });
	const stations = parse(readFileSync(join(dir, 'stations.yaml'), 'utf8')) as { id: string; label: { nl: string; en: string } }[];
	const welder = stations.find((s) => s.id === 'welder')!;
	for (let i = 1; i <= 420; i++) stations.push({ ...welder, id: `welder-copy-${i}`, label: { nl: `Lasser kopie ${i}`, en: `Welder copy ${i}` } });
	// Two stations that share their Dutch name, as ESCO's "banketbakker" pair does.
	for (const twin of ['a', 'b']) stations.push({ ...welder, id: `twin-${twin}`, label: { nl: 'Tweelinglasser', en: `Twin welder ${twin.toUpperCase()}` } });
	writeFileSync(join(dir, 'stations.yaml'), stringify(stations, { aliasDuplicateObjects: false }));
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import-seed.ts', '--network', NETWORK, '--dir', dir, '--yes'], {
		env: { ...process.env, DATABASE_PATH },
		stdio: 'pipe'
	});
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('on a phone, a Dutch worker types both jobs, sees suggestions, and gets routes with the names kept', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openPage(page, `/nl/plan?network=${NETWORK}`);
	// No list of 427 stations in the page: the fields are text with suggestions.
	await expect(page.locator('select#from-select')).toHaveCount(0);
	expect(await page.locator('option').count()).toBeLessThan(20);
	const from = page.getByLabel('Beginstation (je werk nu)');
	// Names are asked for when the reader pauses, not on each of the 9 keystrokes that could ask.
	const searches: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/api/search')) searches.push(r.url());
	});
	await from.pressSequentially('Lasser kop');
	await expect(page.locator('#from-names option').first()).toHaveAttribute('value', /^Lasser kopie \d+$/);
	expect(searches.length).toBeGreaterThanOrEqual(1);
	expect(searches.length).toBeLessThanOrEqual(3);
	await from.fill('Lasser');
	await page.getByLabel('Eindstation (het werk dat je wilt)').fill('lascoördinator (iws)');
	await page.getByRole('button', { name: 'Routes plannen' }).click();
	await expect(page).toHaveURL(/from=welder&to=welding-coordinator/);
	await expect(page.getByTestId('route-card').first()).toBeVisible();
	await expect(page.getByLabel('Beginstation (je werk nu)')).toHaveValue('Lasser');
	await expect(page.getByLabel('Eindstation (het werk dat je wilt)')).toHaveValue('Lascoördinator (IWS)');
	await expectNoOverflow(page, page.url());
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a name that fits several stations offers them beside the field, in English; one fitting none says so', async ({ page }) => {
	await openPage(page, `/en/plan?network=${NETWORK}&from=Welder&to=copy`);
	// Nothing is planned and the fields keep what was typed, so the reader can correct it.
	await expect(page.getByLabel('Start station (your job today)')).toHaveValue('Welder');
	await expect(page.getByLabel('End station (the job you want)')).toHaveValue('copy');
	await expect(page.getByTestId('route-card')).toHaveCount(0);
	await expect(page.locator('#to-error')).toContainText('No station is called “copy”');
	const suggestions = page.locator('.suggestions a');
	expect(await suggestions.count()).toBeGreaterThan(1);
	await suggestions.first().click();
	await expect(page).toHaveURL(/from=welder&to=welder-copy-\d+/);
	await expect(page.getByLabel('End station (the job you want)')).toHaveValue(/^Welder copy \d+$/);

	await openPage(page, `/en/plan?network=${NETWORK}&from=Welder&to=qqqzz`);
	await expect(page.locator('#to-error')).toContainText('Check the spelling');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await expect(page.getByTestId('route-card')).toHaveCount(0);
});

test('stations that share a name are told apart by their name in the other language', async ({ page }) => {
	await openPage(page, `/nl/plan?network=${NETWORK}&from=Lasser&to=Tweelinglasser`);
	await expect(page.locator('.suggestions a')).toHaveText(['Tweelinglasser (Twin welder A)', 'Tweelinglasser (Twin welder B)']);
});

test('explore takes a typed start too', async ({ page }) => {
	await openPage(page, `/en/explore?network=${NETWORK}`);
	await page.getByLabel('Your job today').fill('welder');
	// As a reader does: the suggestions come, then the button (no answer lands mid-navigation).
	await expect(page.locator('#from-names option').first()).toHaveAttribute('value', 'Welder');
	await page.getByRole('button', { name: 'Show where I can get' }).click();
	await expect(page).toHaveURL(/from=welder(&|$)/);
	await expect(page.getByLabel('Your job today')).toHaveValue('Welder');
});

test('a name typed before the page comes alive is kept, and the page then works with it', async ({ page }) => {
	const alive = await openWithScriptsHeld(page, `/en/explore?network=${NETWORK}`);
	await page.getByLabel('Your job today').fill('welder');
	await alive();
	await expect(page.getByLabel('Your job today')).toHaveValue('welder');
	// Alive now: the browser suggests names, and the form goes where the typed name says.
	await page.getByLabel('Your job today').fill('Welder cop');
	await expect(page.locator('#from-names option').first()).toHaveAttribute('value', /^Welder copy \d+$/);
	await page.getByLabel('Your job today').fill('welder');
	await page.getByRole('button', { name: 'Show where I can get' }).click();
	await expect(page).toHaveURL(/from=welder(&|$)/);
	await expect(page.getByLabel('Your job today')).toHaveValue('Welder');
});
