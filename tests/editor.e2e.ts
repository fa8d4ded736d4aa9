import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { DATABASE_PATH, ORIGIN, PASSWORD, createUser, grantRole, openPage, postAction, signIn } from './e2e-helpers';

/**
 * Regions and schools editing the network, in a real browser against the built app on a fresh
 * SQLite file. Accounts are made the way tests/accounts.e2e.ts makes them: the administrator
 * and the region editor with the user:create CLI, the school through the app's own sign-up and
 * the admin page. Regio Foodvalley's region editor edits Gelderland; the seed maps
 * aircraft-structures-fitter only in Zuid-Holland and Noord-Brabant.
 *
 * The suite edits its own copy of the seed network, made with `npm run import:seed`, so the
 * other suites sharing this server keep seeing the seed as it is; every browser context
 * chooses that network the way a reader does (the network cookie).
 */

const NET = 'editor-e2e';

function importSeedCopy() {
	execFileSync('node', ['--import', 'tsx', 'scripts/import-seed.ts', '--network', NET, '--dir', 'graph-seed', '--yes'], { env: { ...process.env, DATABASE_PATH }, stdio: 'pipe' });
}

async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await browser.newContext(options);
	await context.addCookies([{ name: 'network', value: NET, url: ORIGIN }]);
	return context.newPage();
}

/** Signs in on a browser context that reads this suite's copy of the network. */
function signInHere(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	return signIn(browser, email, { ...options, prepare: (page) => page.context().addCookies([{ name: 'network', value: NET, url: ORIGIN }]) });
}


async function networkVersion(page: Page): Promise<number> {
	const text = (await page.getByTestId('edit-meta').textContent()) ?? '';
	return Number(/version (\d+)/.exec(text)?.[1]);
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);

test.describe.serial('regions and schools edit the network', () => {
	test.describe.configure({ timeout: 60_000 });
	let admin: Page;
	let editor: Page;
	let school: Page;

	test.beforeAll(() => {
		importSeedCopy();
		createUser('edith@example.nl', 'Edith Admin', '--admin');
		createUser('gea@example.nl', 'Gea Gelderland', '--organisation', 'regio-foodvalley', '--role', 'region-editor');
	});

	test('a region editor edits a station: the version goes up, the change is audited and the map shows it', async ({ browser }) => {
		editor = await signInHere(browser, 'gea@example.nl');
		await editor.goto('/en/edit');
		await expect(editor.getByTestId('editor-roles')).toContainText('Gelderland');
		await editor.goto('/en/edit/stations/hygienic-welder');
		const before = await networkVersion(editor);
		await field(editor, 'label.en').fill('Hygienic welder (orbital)');
		await editor.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(editor.getByTestId('form-message')).toContainText('Saved');
		expect(await networkVersion(editor)).toBe(before + 1);
		await expect(editor.getByTestId('history')).toContainText('Gea Gelderland');
		await expect(editor.getByTestId('history')).toContainText('label');

		const map = await (await editor.request.get(`/api/map?lang=en&network=${NET}`)).json();
		expect(map.version).toBe(before + 1);
		expect(map.stations.find((s: { id: string }) => s.id === 'hygienic-welder').label.en).toBe('Hygienic welder (orbital)');
		expect(map.layout.stations.some((s: { id: string }) => s.id === 'hygienic-welder')).toBe(true);
		await editor.goto('/en');
		await expect(editor.locator('main')).toContainText('Hygienic welder (orbital)');
	});

	test('an editor pins a station where it is on the map, and the next layout keeps it there', async () => {
		type Placed = { id: string; x: number; y: number };
		const before = await (await editor.request.get(`/api/map?lang=nl&network=${NET}`)).json();
		const placed = before.layout.stations.find((s: Placed) => s.id === 'hygienic-fitter') as Placed;
		await editor.goto('/en/edit/stations/hygienic-fitter');
		await editor.getByLabel('Pin it where it is on the map now').check();
		await editor.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(editor.getByTestId('form-message')).toContainText('Saved');
		await expect(field(editor, 'position.x')).toHaveValue(String(placed.x));
		await expect(editor.getByLabel('Pinned at this position')).toBeChecked();
		const after = await (await editor.request.get(`/api/map?lang=nl&network=${NET}`)).json();
		expect(after.version).toBe(before.version + 1);
		const kept = after.layout.stations.find((s: Placed) => s.id === 'hygienic-fitter') as Placed;
		expect({ x: kept.x, y: kept.y }).toEqual({ x: placed.x, y: placed.y });
	});

	test('a bad field is shown next to it and nothing is saved', async () => {
		await editor.goto('/en/edit/stations/hygienic-welder');
		const before = await networkVersion(editor);
		await field(editor, 'level').fill('12');
		await field(editor, 'requires.0.skill').fill('underwater-welding');
		await editor.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(editor.locator('#level-error')).toHaveText('At most 8.');
		await expect(field(editor, 'requires.0.skill')).toHaveValue('underwater-welding');
		// References are checked once every field is well-formed.
		await field(editor, 'level').fill('4');
		await editor.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(editor.locator('[id="requires.0.skill-error"]')).toHaveText('There is no skill “underwater-welding”.');
		await expect(editor.locator('#level-error')).toHaveCount(0);
		await editor.goto('/en/edit/stations/hygienic-welder');
		expect(await networkVersion(editor)).toBe(before);
	});

	test('a region editor adds a stop to a line and moves it, without JavaScript too', async ({ browser }) => {
		await editor.goto('/en/edit/lines/hygienic-design');
		await field(editor, 'stops.6.station').fill('maintenance-engineer');
		await field(editor, 'stops.6.months').fill('24');
		await editor.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(editor.getByTestId('form-message')).toContainText('Saved');
		await editor.goto('/en/lines/hygienic-design');
		await expect(editor.getByRole('listitem').filter({ hasText: 'Maintenance engineer' })).toBeVisible();

		const plain = await signInHere(browser, 'gea@example.nl', { javaScriptEnabled: false });
		await plain.goto('/en/edit/lines/hygienic-design');
		await plain.getByRole('button', { name: 'Move up: maintenance-engineer' }).click();
		await expect(field(plain, 'stops.5.station')).toHaveValue('maintenance-engineer');
		await expect(field(plain, 'stops.6.station')).toHaveValue('project-leader');
		await plain.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(plain.getByTestId('form-message')).toContainText('Saved');
		const line = await (await plain.request.get(`/api/lines/hygienic-design?network=${NET}`)).json();
		expect(line.line.stops.map((s: { station: { id: string } }) => s.station.id).slice(-2)).toEqual(['maintenance-engineer', 'project-leader']);
	});

	test('two editors save the same item: the second is refused, shown both versions, and loses nothing', async ({ browser }) => {
		admin = await signInHere(browser, 'edith@example.nl');
		await admin.goto('/en/edit/skills/mma-welding');
		await editor.goto('/en/edit/skills/mma-welding');
		await field(admin, 'group').fill('Arc welding');
		await admin.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(admin.getByTestId('form-message')).toContainText('Saved');

		await field(editor, 'group').fill('Stick welding');
		await editor.getByRole('button', { name: 'Save', exact: true }).click();
		const conflict = editor.getByTestId('conflict');
		await expect(conflict).toContainText('Someone else saved this skill');
		await expect(conflict).toContainText('Edith Admin');
		await expect(conflict.getByRole('row', { name: /group/ })).toContainText('Arc welding');
		await expect(conflict.getByRole('row', { name: /group/ })).toContainText('Stick welding');
		await expect(field(editor, 'group')).toHaveValue('Stick welding');
		const stored = await (await editor.request.get(`/api/networks/${NET}/skills/mma-welding`)).json();
		expect(stored.item.group).toBe('Arc welding');

		await editor.getByRole('button', { name: 'Save my version' }).click();
		await expect(editor.getByTestId('form-message')).toContainText('Saved');
		expect((await (await editor.request.get(`/api/networks/${NET}/skills/mma-welding`)).json()).item.group).toBe('Stick welding');
	});

	test('the API refuses a stale revision with 409 and a bad field with 400 naming it', async () => {
		const { item, revision } = await (await editor.request.get(`/api/networks/${NET}/skills/mma-welding`)).json();
		const stale = await editor.request.put(`/api/networks/${NET}/skills/mma-welding`, { data: { revision: revision - 1, item } });
		expect(stale.status()).toBe(409);
		expect((await stale.json()).current.revision).toBe(revision);
		const bad = await editor.request.put(`/api/networks/${NET}/stations/hygienic-welder`, {
			data: { revision: 1, item: { id: 'hygienic-welder', label: { nl: 'x', en: 'x' }, level: 'high' } }
		});
		expect(bad.status()).toBe(400);
		expect((await bad.json()).error.field).toBe('item.level');
	});

	test('an editor of one region cannot change another region’s station', async () => {
		await editor.goto('/en/edit/stations/aircraft-structures-fitter');
		await expect(editor.getByTestId('edit-refusal')).toContainText('mapped only in regions you do not edit');
		await expect(editor.getByTestId('edit-form')).toHaveCount(0);
		const forged = await postAction(editor.request, '/en/edit/stations/aircraft-structures-fitter?/save', { revision: '1', 'label.nl': 'x', 'label.en': 'x' });
		expect(forged.status()).toBe(403);
		const { item, revision } = await (await editor.request.get(`/api/networks/${NET}/stations/aircraft-structures-fitter`)).json();
		const put = await editor.request.put(`/api/networks/${NET}/stations/aircraft-structures-fitter`, { data: { revision, item: { ...item, level: 4 } } });
		expect(put.status()).toBe(403);
		expect((await (await editor.request.get(`/api/stations/aircraft-structures-fitter?network=${NET}`)).json()).station.label.en).toBe('Aircraft structures fitter');
	});

	test('deleting asks first, and what is in use is not deleted', async () => {
		await editor.goto('/en/edit/skills/mma-welding');
		await expect(editor.getByTestId('used-by')).toContainText('Welder');
		await expect(editor.getByTestId('delete-section')).toContainText('cannot be deleted while other items use it');
		const forced = await postAction(editor.request, '/en/edit/skills/mma-welding?/delete', { confirm: 'yes' });
		expect(await forced.json()).toMatchObject({ type: 'failure', status: 409 });
		expect((await editor.request.get(`/api/networks/${NET}/skills/mma-welding`)).status()).toBe(200);

		await editor.goto('/en/edit/skills/new');
		await field(editor, 'id').fill('cheese-vat-welding');
		await field(editor, 'label.nl').fill('Kaasvaten lassen');
		await field(editor, 'label.en').fill('Cheese vat welding');
		await editor.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(editor).toHaveURL(/\/en\/edit\/skills\/cheese-vat-welding\?saved=1/);
		await editor.getByRole('link', { name: 'Delete this skill…' }).click();
		await expect(editor.getByTestId('confirm-delete')).toContainText('Delete skill “Cheese vat welding”?');
		await editor.getByRole('button', { name: 'Yes, delete it' }).click();
		await expect(editor).toHaveURL(/\/en\/edit\/skills\?deleted=cheese-vat-welding/);
		await expect(editor.getByTestId('form-message')).toContainText('“cheese-vat-welding” was deleted.');
	});

	test('a school creates a curriculum for its own school, sees which stations it feeds, and cannot edit lines', async ({ browser }) => {
		const page = await newPage(browser);
		await openPage(page, '/en/sign-up');
		await page.getByLabel('Your name').fill('Sam School');
		await page.getByLabel('Email address').fill('sam@example.nl');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page).toHaveURL(/\/en\/account(\?network=[a-z0-9-]+)?$/);
		school = page;
		await grantRole(admin, 'sam@example.nl', 'da-vinci-college', 'school');
		await expect(admin.locator('[data-testid="user-row"][data-email="sam@example.nl"]')).toContainText('Da Vinci College · school');

		await school.goto('/en/schools/da-vinci-college');
		await school.getByTestId('new-curriculum').click();
		await field(school, 'id').fill('da-vinci-hygienic-welder');
		await field(school, 'label.nl').fill('Hygiënisch lasser (mbo 3)');
		await field(school, 'label.en').fill('Hygienic welder (MBO level 3)');
		await field(school, 'crebo').fill('1234');
		await field(school, 'level').selectOption('mbo-3');
		await field(school, 'leadsTo').selectOption(['hygienic-welder']);
		await field(school, 'teaches.0.skill').fill('orbital-welding-thin-wall-stainless');
		await field(school, 'teaches.0.level').selectOption('3');
		await school.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(school.locator('[id="crebo-error"]')).toHaveText('A crebo code has five digits.');
		await field(school, 'crebo').fill('12345');
		await school.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(school).toHaveURL(/\/en\/edit\/curricula\/da-vinci-hygienic-welder\?saved=1/);

		await school.goto('/en/schools/da-vinci-college');
		await expect(school.getByTestId('school-curricula')).toContainText('Hygienic welder (MBO level 3)');
		await expect(school.locator('[data-testid="school-fed"] tr[data-station="hygienic-welder"]')).toContainText('Hygienic welder (MBO level 3)');

		expect((await school.goto('/en/edit/lines/new'))?.status()).toBe(403);
		const forged = await postAction(school.request, '/en/edit/lines/hygienic-design?/save', { revision: '1' });
		expect(forged.status()).toBe(403);
		const { item, revision } = await (await school.request.get(`/api/networks/${NET}/lines/hygienic-design`)).json();
		expect((await school.request.put(`/api/networks/${NET}/lines/hygienic-design`, { data: { revision, item } })).status()).toBe(403);
		const other = await school.request.put(`/api/networks/${NET}/curricula/albeda-x`, {
			data: { revision: 0, item: { id: 'albeda-x', label: { nl: 'x', en: 'x' }, school: 'albeda', level: 'mbo-2' } }
		});
		expect(other.status()).toBe(403);
	});

	test('the region dashboard lists forgotten craftsmanship, sorts it, exports CSV and compares regions', async () => {
		await editor.goto('/en/regions/gelderland');
		const rows = editor.locator('[data-testid="gaps"] tbody tr');
		await expect(rows.first()).toBeVisible();
		await editor.locator('a[data-sort="station"]').click();
		await expect(editor).toHaveURL(/sort=station&dir=asc/);
		const names = await editor.locator('[data-testid="gaps"] tbody th').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		const csv = await editor.request.get('/en/regions/gelderland/forgotten.csv?sort=station&dir=asc');
		expect(csv.headers()['content-disposition']).toMatch(new RegExp(`^attachment; filename="forgotten-craftsmanship-gelderland-${NET}-v\\d+\\.csv"$`));
		expect(await csv.text()).toContain('Hygienic design engineer');
		await editor.goto('/en/regions/compare?a=gelderland&b=limburg');
		await expect(editor.locator('[data-testid="compare"] tr[data-station="hygienic-welder"]')).toContainText('not mapped here');
	});

	test('a broken import changes nothing; a good one shows a preview, then applies', async () => {
		await admin.goto('/en/import');
		const exported = await admin.request.get(`/api/networks/${NET}/export`);
		expect(exported.headers()['content-disposition']).toMatch(new RegExp(`attachment; filename="vakmetro-${NET}-v\\d+\\.yaml"`));
		const bundle = await exported.text();
		const versionBefore = (await (await admin.request.get(`/api/map?lang=en&network=${NET}`)).json()).version;

		const broken = bundle.replace('id: welder\n', 'id: Welder Two\n');
		await admin.locator('#files').setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) });
		await admin.getByRole('button', { name: 'Show what would change' }).click();
		await expect(admin.getByTestId('import-problems')).toContainText('broken.yaml › stations');
		await expect(admin.getByTestId('import-preview')).toHaveCount(0);
		expect((await (await admin.request.get(`/api/map?lang=en&network=${NET}`)).json()).version).toBe(versionBefore);

		const good = bundle.replace(/(- id: welder\n {4}label:\n {6}nl: Lasser\n {6}en: )Welder\n/, '$1Welder (imported)\n');
		expect(good).not.toBe(bundle);
		await admin.locator('#files').setInputFiles({ name: 'seed.yaml', mimeType: 'application/yaml', buffer: Buffer.from(good) });
		await admin.getByRole('button', { name: 'Show what would change' }).click();
		await expect(admin.getByTestId('import-totals')).toHaveText('0 added, 1 changed, 0 removed.');
		await expect(admin.getByTestId('import-stations')).toContainText('welder changed: label');
		expect((await (await admin.request.get(`/api/map?lang=en&network=${NET}`)).json()).version).toBe(versionBefore);
		await admin.getByRole('button', { name: /^Apply:/ }).click();
		await expect(admin.getByTestId('form-message')).toContainText(`now at version ${versionBefore + 1}`);
		expect((await (await admin.request.get(`/api/stations/welder?network=${NET}`)).json()).station.label.en).toBe('Welder (imported)');
	});
});
