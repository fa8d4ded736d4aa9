import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Membership } from '$lib/schemas/account';
import { startApp, type AppContext } from '$lib/server/app';
import type { Account } from '$lib/server/auth/roles';
import * as modulePage from '../src/routes/[[lang=locale]]/modules/[id]/+page.server';
import * as skillPage from '../src/routes/[[lang=locale]]/skills/[id]/+page.server';
import * as moduleApi from '../src/routes/api/modules/[id]/+server';
import * as skillApi from '../src/routes/api/skills/[id]/+server';
import { outcomeOf, routeEvent } from './route-event';

/**
 * Skill and module pages and their JSON twins, called the way SvelteKit calls them on the real
 * seed network: a closed module is there for members of its organisation and a 404 for everyone
 * else — the page and the API alike, and the same 404 as a module that never existed.
 */

// Outside a server, SvelteKit has no current request; helpers that read it get the one under test.
const request = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => request.current }));

const COMPANY = 'van-der-meer-machinebouw';
const CLOSED = 'vdm-hygienic-welding-practice';
let app: AppContext;
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-catalogue-'));
const cast = {} as Record<'member' | 'outsider' | 'loner', Account>;

async function person(name: string, memberships: Membership[]): Promise<Account> {
	const user = await app.users.createUser({ email: `${name}@example.nl`, name, passwordHash: 'not-used' });
	for (const m of memberships) await app.users.addMembership(user.id, m);
	return { user, memberships };
}

beforeAll(async () => {
	app = await startApp({ DATABASE_PATH: join(dir, 'vakmetro.db'), SEED_DIR: 'graph-seed' });
	cast.member = await person('mia', [{ organisation: COMPANY, role: 'worker' }]);
	cast.outsider = await person('olaf', [{ organisation: 'oom', role: 'advisor' }]);
	cast.loner = await person('lou', []);
});
afterAll(async () => {
	await app.users.close();
	await app.store.close();
	rmSync(dir, { recursive: true, force: true });
});

function call(who: Account | null, route: string, path: string, id: string) {
	const event = routeEvent(who, route, path, { params: { id } });
	request.current = event;
	return event;
}
const page = (who: Account | null, id: string) =>
	outcomeOf(() => modulePage.load(call(who, '/[[lang=locale]]/modules/[id]', `/en/modules/${id}`, id) as never));
const api = (who: Account | null, id: string, query = '') =>
	outcomeOf(() => moduleApi.GET(call(who, '/api/modules/[id]', `/api/modules/${id}${query}`, id) as never));

describe('module pages and /api/modules/[id]', () => {
	it('a member of the organisation sees the closed module on its page and in the API', async () => {
		const p = await page(cast.member, CLOSED);
		expect(p.status).toBe(200);
		expect(p.body).toMatchObject({ module: { id: CLOSED, closed: true, organisation: { id: COMPANY } } });
		const a = await api(cast.member, CLOSED);
		expect(a.status).toBe(200);
		expect(a.body).toMatchObject({ network: 'seed', module: { id: CLOSED, closed: true } });
	});

	it('anyone else gets the 404 of a module that does not exist, on the page and in the API', async () => {
		for (const who of [cast.outsider, cast.loner, null]) {
			const p = await page(who, CLOSED);
			const missing = await page(who, 'no-such-module');
			expect(p.status).toBe(404);
			expect(p.body).toEqual({ message: `There is no module “${CLOSED}” in this network.` });
			expect(missing.body).toEqual({ message: 'There is no module “no-such-module” in this network.' });
			const a = await api(who, CLOSED);
			expect(a.status).toBe(404);
			expect(a.body).toEqual({ error: { status: 404, code: 'not-found', message: `module '${CLOSED}' does not exist` } });
		}
	});

	it('a public module is there for everyone', async () => {
		expect((await page(null, 'vca-basis-course')).body).toMatchObject({ module: { id: 'vca-basis-course', awards: [{ id: 'vca-basis' }] } });
		expect((await api(null, 'vca-basis-course')).status).toBe(200);
	});

	it('the API refuses an unknown query parameter, naming it', async () => {
		const a = await api(null, 'vca-basis-course', '?utm_source=x');
		expect(a.status).toBe(400);
		expect(a.body).toMatchObject({ error: { field: 'utm_source', message: "unknown parameter 'utm_source'" } });
	});
});

describe('skill pages and /api/skills/[id]', () => {
	const skill = (who: Account | null, id: string) =>
		outcomeOf(() => skillPage.load(call(who, '/[[lang=locale]]/skills/[id]', `/en/skills/${id}`, id) as never));
	const skillJson = (who: Account | null, id: string, query = '') =>
		outcomeOf(() => skillApi.GET(call(who, '/api/skills/[id]', `/api/skills/${id}${query}`, id) as never));
	const moduleIds = (body: unknown, key: 'skill') => (body as Record<typeof key, { modules: { id: string }[] }>)[key].modules.map((m) => m.id);

	it('lists the closed module teaching it only to members, on the page and in the API', async () => {
		expect(moduleIds((await skill(cast.member, 'tig-welding-stainless')).body, 'skill')).toContain(CLOSED);
		expect(moduleIds((await skill(cast.outsider, 'tig-welding-stainless')).body, 'skill')).not.toContain(CLOSED);
		expect(moduleIds((await skillJson(cast.member, 'tig-welding-stainless')).body, 'skill')).toContain(CLOSED);
		expect(moduleIds((await skillJson(null, 'tig-welding-stainless')).body, 'skill')).not.toContain(CLOSED);
	});

	it('an unknown skill is a 404 page and a 404 in the API; unknown parameters are refused', async () => {
		expect(await skill(null, 'no-such-skill')).toEqual({ status: 404, body: { message: 'There is no skill “no-such-skill” in this network.' } });
		expect((await skillJson(null, 'no-such-skill')).status).toBe(404);
		expect((await skillJson(null, 'tig-welding-stainless', '?foo=1')).status).toBe(400);
	});
});
