import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Membership } from '$lib/schemas/account';
import { startApp, type AppContext } from '$lib/server/app';
import type { Account } from '$lib/server/auth/roles';
import { FIXTURES } from '$lib/server/import/fixture-paths';
import { importTaxonomy } from '$lib/server/import/import-taxonomy';
import { savePlan } from '$lib/server/plans/commands';
import { planDeps } from '$lib/server/plans/deps';
import { MAX_LOCAL_STATIONS, type LocalMapData } from '$lib/server/services/local-map/local-map';
import type { Explored } from '$lib/server/services/explore';
import { snapshotFor } from '$lib/server/services/snapshot-for';
import { LOCAL_MAP_DESTINATIONS, exploreMap } from '../src/routes/[[lang=locale]]/explore/explore-map';
import * as explorePage from '../src/routes/[[lang=locale]]/explore/+page.server';
import * as reachApi from '../src/routes/api/reach/+server';
import { outcomeOf, routeEvent } from './route-event';

/**
 * GET /api/reach and the explore page, called the way SvelteKit calls them, on the real SQLite
 * store with the seed network: a strict query (400 naming the field, 404 for an unknown
 * station), closed modules only for members, and a signed-in worker's profile and latest plan.
 */

// Outside a server, SvelteKit has no current request; helpers that read it get the one under test.
const request = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => request.current }));

const COMPANY = 'van-der-meer-machinebouw';
let app: AppContext;
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-explore-'));
const cast = {} as Record<'worker' | 'loner', Account>;

async function person(name: string, memberships: Membership[]): Promise<Account> {
	const user = await app.users.createUser({ email: `${name}@example.nl`, name, passwordHash: 'not-used', admin: false });
	for (const m of memberships) await app.users.addMembership(user.id, m);
	return { user, memberships };
}

beforeAll(async () => {
	app = await startApp({ DATABASE_PATH: join(dir, 'vakmetro.db'), SEED_DIR: 'graph-seed' });
	// A slice of the real ESCO files: most of its O*NET related occupations lie outside it.
	await importTaxonomy(app.store, 'esco', FIXTURES.esco, { allowUnknownIds: true });
	cast.worker = await person('wim', [{ organisation: COMPANY, role: 'worker' }]);
	cast.loner = await person('lou', []);
	await app.users.setProfileSkill(cast.worker.user.id, 'tig-welding-stainless', 4);
	await savePlan(
		planDeps(app),
		cast.worker,
		{ title: 'Towards hygienic welder', route: { from: 'construction-welder', hops: [{ line: 'welding', to: 'hygienic-welder', modules: [], untaught: [] }], hoursPerWeek: 8 } },
		'seed'
	);
});
afterAll(async () => {
	await app.users.close();
	await app.store.close();
	rmSync(dir, { recursive: true, force: true });
});

function event(who: Account | null, route: string, path: string) {
	const e = routeEvent(who, route, path);
	request.current = e;
	return e;
}

const api = (path: string, who: Account | null = null) => outcomeOf(() => reachApi.GET(event(who, '/api/reach', path) as never));
type PageData = Exclude<Awaited<ReturnType<typeof explorePage.load>>, void>;
const page = async (path: string, who: Account | null = null) =>
	(await explorePage.load(event(who, '/[[lang=locale]]/explore', path) as never)) as PageData;
type Body = { destinations: { station: string; months: number; studyHours: number; payGain: number | null }[]; total: number; names: { stations: Record<string, unknown> } };

describe('GET /api/reach', () => {
	it('answers the destinations within the budgets, best-paid first, with their routes and names', async () => {
		const { status, body } = await api('/api/reach?from=hygienic-welder&months=60&hours=500');
		expect(status).toBe(200);
		const b = body as Body & { network: string; query: { months: number } };
		expect(b.network).toBe('seed');
		expect(b.query.months).toBe(60);
		expect(b.destinations.length).toBeGreaterThan(2);
		for (const d of b.destinations) {
			expect(d.months).toBeLessThanOrEqual(60);
			expect(d.studyHours).toBeLessThanOrEqual(500);
			expect(b.names.stations[d.station]).toBeDefined();
		}
		const gains = b.destinations.map((d) => d.payGain ?? -Infinity);
		expect(gains).toEqual([...gains].sort((x, y) => y - x));
		expect(b).not.toHaveProperty('reach');
	});

	it('refuses bad input with a 400 naming the field, and an unknown station with a 404', async () => {
		const field = async (query: string) => ((await api(`/api/reach?${query}`)).body as { error: { field?: string } }).error.field;
		expect((await api('/api/reach?from=welder&months=0')).status).toBe(400);
		expect(await field('from=welder&months=0')).toBe('months');
		expect(await field('from=welder&months=soon')).toBe('months');
		expect(await field('from=welder&hours=-5')).toBe('hours');
		expect(await field('from=welder&maxTransfers=9')).toBe('maxTransfers');
		expect(await field('from=welder&skills=Not%20a%20skill')).toBe('skills.0');
		expect(await field('months=12')).toBe('from');
		expect(await field('from=welder&colour=red')).toBe('colour');
		const unknown = await api('/api/reach?from=astronaut');
		expect(unknown.status).toBe(404);
		expect(unknown.body).toMatchObject({ error: { status: 404, code: 'not-found' } });
	});

	it('counts closed modules only for members of their organisation', async () => {
		let fewer = 0;
		for (const { id: from } of (await app.snapshots.get('seed')).content.stations) {
			const path = `/api/reach?from=${from}&months=120&hours=100000&limit=1000`;
			const outside = (await api(path, cast.loner)).body as Body;
			const member = new Map(((await api(path, cast.worker)).body as Body).destinations.map((d) => [d.station, d]));
			for (const d of outside.destinations) if (member.get(d.station)!.studyHours < d.studyHours) fewer++;
		}
		expect(fewer).toBeGreaterThan(0);
	});

	it('takes the skills given', async () => {
		const without = (await api('/api/reach?from=welder&months=120&hours=100000')).body as Body;
		const withSkills = (await api('/api/reach?from=welder&months=120&hours=100000&skills=distortion-control:5,fit-up-tack-welding:5,steel-structure-assembly:5')).body as Body;
		const hours = (b: Body) => b.destinations.reduce((sum, d) => sum + d.studyHours, 0);
		expect(hours(withSkills)).toBeLessThan(hours(without));
	});
});

describe('the explore page', () => {
	it('signed out, from a station: the list, the map highlight (the start strongest) and the planner links', async () => {
		const data = await page('/en/explore?from=hygienic-welder&months=60&hours=500');
		expect(data.problem).toBeNull();
		expect(data.explored!.destinations.length).toBeGreaterThan(2);
		const highlight = new Map(data.highlight!);
		expect(highlight.get('hygienic-welder')).toBe(1);
		for (const d of data.explored!.destinations) {
			expect(highlight.get(d.station)).toBeGreaterThan(0);
			expect(data.plannerLinks[d.station]).toContain(`to=${d.station}`);
		}
		expect(data.map).not.toBeNull();
		expect(data.profile).toBeNull();
	});

	it('says what is wrong with a bad budget, without crashing', async () => {
		const data = await page('/en/explore?from=hygienic-welder&months=0&utm_source=mail');
		expect(data.explored).toBeNull();
		expect(data.problem).toMatchObject({ field: 'months', status: 400 });
	});

	it("starts a signed-in worker from their latest plan's start, counting their profile skills", async () => {
		const first = await page('/en/explore', cast.worker);
		expect(first.start).toBe('construction-welder');
		expect(first.startFromPlan).toBe(true);
		expect(first.profile).toEqual({ skills: 1, certificates: 0, used: true });
		const asked = await page('/en/explore?from=welder&months=120&hours=100000', cast.worker);
		expect(asked.profile!.used).toBe(true);
		const link = new URLSearchParams(asked.plannerLinks[asked.explored!.destinations[0]!.station]);
		expect(link.get('skills')).toBe('tig-welding-stainless:4');
		expect(link.get('profile')).toBe('used');
		// Unticked: the form says it was seen, without `mine`.
		const left = await page('/en/explore?from=welder&months=120&hours=100000&profile=seen', cast.worker);
		expect(left.profile!.used).toBe(false);
		expect(new URLSearchParams(left.plannerLinks[left.explored!.destinations[0]!.station]).has('skills')).toBe(false);
	});

	it('on a network too big to draw whole: a local metro map of the start and the best places within reach (an ESCO slice)', async () => {
		const esco = await snapshotFor('esco');
		const welder = esco.content.stations.find((s) => s.label.en === 'spot welder')!.id;
		const data = await page(`/en/explore?network=esco&from=${welder}&months=120&hours=5000`);
		expect(data.problem).toBeNull();
		const explored: Explored = data.explored!;
		const best = [welder, ...explored.destinations.slice(0, LOCAL_MAP_DESTINATIONS).map((d) => d.station)];
		expect(best.length).toBeGreaterThan(1);
		// The slice is small enough to draw whole; the full taxonomy is not, and gets this map.
		const map = (await exploreMap(esco, explored, 'en', false)) as LocalMapData;
		expect(map.local).toMatchObject({ kind: 'stations', focus: best });
		const drawn = new Set(map.layout.stations.map((s) => s.id));
		for (const id of best) expect(drawn.has(id)).toBe(true);
		expect(map.layout.stations.length).toBeLessThanOrEqual(MAX_LOCAL_STATIONS);
	});

});
