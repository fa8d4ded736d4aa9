import { expect, test, type Page } from '@playwright/test';
import { ORIGIN, createUser, postAction, signIn } from './e2e-helpers';

/**
 * Hostile input against the built server, where only a real server shows the effect: a
 * prototype pollution would break every later page of the process, a body over the limit is
 * refused by adapter-node before any route sees it, and unknown API paths are routed by
 * SvelteKit itself.
 */

const OVER_LIMIT = 'x'.repeat(600 * 1024);

test.describe.serial('hostile input', () => {
	let editor: Page;
	let loner: Page;

	test.beforeAll(() => {
		createUser('ines@example.nl', 'Ines Input', '--organisation', 'regio-foodvalley', '--role', 'region-editor');
		createUser('lou.input@example.nl', 'Lou Input');
	});

	test('a polluting editor form is refused and every page still answers', async ({ browser }) => {
		editor = await signIn(browser, 'ines@example.nl');
		loner = await signIn(browser, 'lou.input@example.nl');
		for (const field of ['__proto__.polluted', 'constructor.prototype.polluted']) {
			const refused = await postAction(editor.request, '/en/edit/stations/new?/save', { id: 'x', [field]: '1' });
			expect(refused.status(), field).toBe(400);
			expect(JSON.stringify(await refused.json())).toContain(field);
			const noRole = await postAction(loner.request, '/en/edit/stations/new?/save', { id: 'x', [field]: '1' });
			expect(noRole.status(), field).toBe(403);
		}
		for (const path of ['/en', '/en/stations/hygienic-welder', '/en/plan', '/en/edit/stations/new']) expect((await editor.request.get(path)).status(), path).toBe(200);
		const stations = await editor.request.get('/api/stations');
		expect(stations.status()).toBe(200);
		expect((await stations.json()).stations.length).toBeGreaterThan(40);
	});

	test('a row index far beyond any form is refused at once, and the server stays responsive', async () => {
		const refused = await postAction(editor.request, '/en/edit/stations/new?/save', { id: 'x', 'requires.4294967294.skill': 'x' });
		expect(refused.status()).toBe(400);
		expect(JSON.stringify(await refused.json())).toContain('1000');
		expect((await editor.request.get('/healthz')).status()).toBe(200);
	});

	test('a form post over the body limit answers 413 naming the limit, in the reader’s language', async ({ request }) => {
		const enhanced = await postAction(request, '/en/sign-in', { email: 'a@example.nl', password: OVER_LIMIT });
		expect(enhanced.status()).toBe(413);
		expect(JSON.stringify(await enhanced.json())).toContain('larger than the limit of 512 KB');
		const plain = await request.post('/nl/sign-in', { form: { email: 'a@example.nl', password: OVER_LIMIT }, headers: { origin: ORIGIN, accept: 'text/html' }, maxRedirects: 0 });
		expect(plain.status()).toBe(413);
		expect(await plain.text()).toContain('groter dan de grens van 512 KB');
	});

	test('an import is refused before its body is read by one who may not import; over the limit 413; without files 400', async () => {
		// The permission is checked before the body is read (in a worker thread): a body over the limit is refused as not allowed.
		const denied = await postAction(loner.request, '/en/import?/apply', { bundle: OVER_LIMIT, baseVersion: '1' });
		expect(denied.status()).toBe(403);
		expect(JSON.stringify(await denied.json())).toContain('Only administrators and region editors import');
		const over = await postAction(editor.request, '/en/import?/apply', { bundle: OVER_LIMIT, baseVersion: '1' });
		expect(over.status()).toBe(413);
		expect(JSON.stringify(await over.json())).toContain('larger than the limit of 512 KB');
		for (const [action, form, field] of [
			['preview', { files: '' }, 'files'],
			['apply', { baseVersion: '1' }, 'bundle'],
			['apply', { bundle: 'network:\n  id: seed\n' }, 'baseVersion']
		] as const) {
			// A failed form action answers its status inside the action result; its detail names the field.
			const none = await (await postAction(editor.request, `/en/import?/${action}`, form)).json();
			expect(none, field).toMatchObject({ type: 'failure', status: 400 });
			expect(none.data, field).toContain('Choose the graph-seed files to import.');
			expect(none.data, field).toContain(`"${field}"`);
		}
		expect((await editor.request.get('/healthz')).status()).toBe(200);
	});

	test('an API body over the limit answers 413 JSON naming the limit', async () => {
		const res = await editor.request.put('/api/networks/seed/skills/big', { data: { revision: 0, item: { id: 'big', label: { nl: OVER_LIMIT, en: 'x' } } } });
		expect(res.status()).toBe(413);
		expect(await res.json()).toMatchObject({ error: { status: 413, code: 'too-large', message: expect.stringContaining('512 KB') } });
	});

	test('the API refuses a change from another site and answers unknown paths with JSON', async () => {
		const crossSite = await editor.request.delete('/api/networks/seed/skills/tig-welding', { headers: { origin: 'https://evil.example' } });
		expect(crossSite.status()).toBe(403);
		expect((await crossSite.json()).error.code).toBe('cross-site');
		for (const [method, path] of [['GET', '/api/nothing'], ['POST', '/api/stations/x/y'], ['GET', '/api/me/export/extra']] as const) {
			const res = await editor.request.fetch(path, { method });
			expect(res.status(), `${method} ${path}`).toBe(404);
			expect(await res.json()).toEqual({ error: { status: 404, code: 'not-found', message: `there is no API endpoint '${path}'` } });
		}
		const exportWithJunk = await editor.request.get('/api/me/export?format=csv');
		expect(exportWithJunk.status()).toBe(400);
		expect((await exportWithJunk.json()).error.field).toBe('format');
	});
});
