import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate } from '$lib/i18n';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Membership } from '$lib/schemas/account';
import { startApp, type AppContext } from '$lib/server/app';
import type { Account } from '$lib/server/auth/roles';
import { skillCoverage, type Coverage } from '$lib/skill-coverage';
import * as homePage from '../src/routes/[[lang=locale]]/+page.server';
import * as modulePage from '../src/routes/[[lang=locale]]/modules/[id]/+page.server';
import * as planPage from '../src/routes/[[lang=locale]]/plan/+page.server';
import * as stationPage from '../src/routes/[[lang=locale]]/stations/[id]/+page.server';
import * as skillPage from '../src/routes/[[lang=locale]]/skills/[id]/+page.server';
import * as moduleApi from '../src/routes/api/modules/[id]/+server';
import * as skillApi from '../src/routes/api/skills/[id]/+server';
import { outcomeOf, routeEvent } from './route-event';

/**
 * The pages of issue #15 (items 2-4), called the way SvelteKit calls them on the real seed
 * network. Skill and module pages and their JSON twins: a closed module is there for members of
 * its organisation and a 404 for everyone else — the page and the API alike, and the same 404 as
 * a module that never existed. A signed-in worker's own skills: how much of a station they cover
 * (map and station page, never inside the shared map data) and which of them a route uses.
 */

// Outside a server, SvelteKit has no current request; helpers that read it get the one under test.
const request = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => request.current }));

const COMPANY = 'van-der-meer-machinebouw';
const CLOSED = 'vdm-hygienic-welding-practice';
let app: AppContext;
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-catalogue-'));
const cast = {} as Record<'member' | 'outsider' | 'loner' | 'welder', Account>;

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
	cast.welder = await person('wes', [{ organisation: COMPANY, role: 'worker' }]);
	await app.users.setProfileSkill(cast.welder.user.id, 'welding-symbols', 3);
	await app.users.setProfileSkill(cast.welder.user.id, 'thermal-cutting', 3);
	// Held below what a structural metal worker needs (3): it does not count there.
	await app.users.setProfileSkill(cast.welder.user.id, 'mag-welding-steel', 2);
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
			expect(p.body).toEqual({ message: translate('en', 'catalogue.moduleNotFound', { id: CLOSED }) });
			expect(missing.body).toEqual({ message: translate('en', 'catalogue.moduleNotFound', { id: 'no-such-module' }) });
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
		expect(await skill(null, 'no-such-skill')).toEqual({ status: 404, body: { message: translate('en', 'catalogue.skillNotFound', { id: 'no-such-skill' }) } });
		expect((await skillJson(null, 'no-such-skill')).status).toBe(404);
		expect((await skillJson(null, 'tig-welding-stainless', '?foo=1')).status).toBe(400);
	});
});

describe("a worker's own skills", () => {
	const station = async (who: Account | null, id: string) => {
		const event = call(who, '/[[lang=locale]]/stations/[id]', `/en/stations/${id}`, id);
		return (await stationPage.load(event as never)) as Exclude<Awaited<ReturnType<typeof stationPage.load>>, void>;
	};
	const home = async (who: Account | null) => {
		request.current = routeEvent(who, '/[[lang=locale]]', '/en');
		return (await homePage.load(request.current as never)) as Exclude<Awaited<ReturnType<typeof homePage.load>>, void>;
	};
	const plan = async (who: Account | null, query: string) => {
		request.current = routeEvent(who, '/[[lang=locale]]/plan', `/en/plan?${query}`);
		return (await planPage.load(request.current as never)) as Exclude<Awaited<ReturnType<typeof planPage.load>>, void>;
	};

	it('the station page says how much of the job their profile covers, essential apart, skills at or above the level', async () => {
		const data = await station(cast.welder, 'construction-welder');
		const snap = await app.snapshots.get('seed');
		const expected = skillCoverage(snap.stations.get('construction-welder')!.requires, new Map([['welding-symbols', 3], ['thermal-cutting', 3], ['mag-welding-steel', 2]]));
		expect(expected).toMatchObject({ have: 2, essentialHave: 1 });
		expect(data.yours).toEqual({ coverage: expected, profileSkills: 3, levels: { 'welding-symbols': 3, 'thermal-cutting': 3, 'mag-welding-steel': 2 } });
	});

	it('signed out, the station page has nothing of anyone', async () => {
		const data = await station(null, 'construction-welder');
		expect(data.yours).toBeNull();
		expect(data.signedIn).toBe(false);
	});

	it('the map carries coverage beside the shared map data, which stays the same for every reader', async () => {
		const mine = await home(cast.welder);
		const anyone = await home(null);
		expect(anyone.coverage).toBeNull();
		const coverage = mine.coverage as Record<string, Coverage>;
		expect(coverage['construction-welder']).toMatchObject({ have: 2, essentialHave: 1 });
		// Only stations where something is covered: a station needing none of the three is left out.
		expect(Object.values(coverage).every((c) => c.have > 0)).toBe(true);
		expect(coverage['production-manager']).toBeUndefined();
		expect(JSON.stringify(mine.map)).toBe(JSON.stringify(anyone.map));
		expect(JSON.stringify(mine.map)).not.toContain('essentialHave');
	});

	it('"plan from here" fills in the planner without asking a question or showing a problem', async () => {
		const data = await plan(cast.welder, 'from=construction-welder');
		expect(data.planned).toBeNull();
		expect(data.problem).toBeNull();
		expect(data.params.from).toEqual(['construction-welder']);
		expect((await plan(null, 'to=project-leader')).params.to).toEqual(['project-leader']);
	});

	it('the planner says which of the held skills each route uses', async () => {
		const data = await plan(cast.welder, 'from=welder&to=construction-welder&skills=welding-symbols:3,thermal-cutting:3,mag-welding-steel:2&profile=used');
		const first = data.planned!.routes[0]!;
		// welding-symbols is essential at the destination (level 3) and held at 3; thermal-cutting
		// is optional there (not charged), mag-welding-steel held below the level.
		expect(data.skillsUsed[first.rank]!.map((s: { id: string }) => s.id)).toEqual(['welding-symbols']);
		expect(data.skillsUsed[first.rank]![0]!.label.en).toBe('Reading welding symbols (EN ISO 2553)');
		const withOptional = await plan(cast.welder, 'from=welder&to=construction-welder&skills=welding-symbols:3,thermal-cutting:3&optional=true&profile=used');
		expect(withOptional.skillsUsed[withOptional.planned!.routes[0]!.rank]!.map((s: { id: string }) => s.id).sort()).toEqual(['thermal-cutting', 'welding-symbols']);
	});
});
