import type { RequestEvent } from '@sveltejs/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApp, type AppContext } from '$lib/server/app';
import { ANONYMOUS } from '$lib/server/viewer';
import * as planPage from '../src/routes/[[lang=locale]]/plan/+page.server';
import * as routesApi from '../src/routes/api/routes/+server';

/**
 * Shared planner links pass through mail, chat and ad platforms, which add their own parameters.
 * The planner page is called the way SvelteKit calls it, on the real seed network: it ignores
 * what it does not know, while the JSON API refuses it and names it.
 */

// Outside a server, SvelteKit has no current request; helpers that read it get the one under test.
const request = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => request.current }));

let app: AppContext;
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-links-'));
beforeAll(async () => {
	app = await startApp({ DATABASE_PATH: join(dir, 'vakmetro.db'), SEED_DIR: 'graph-seed' });
});
afterAll(async () => {
	await app.users.close();
	await app.store.close();
	rmSync(dir, { recursive: true, force: true });
});

function event(path: string): RequestEvent {
	const url = new URL(`http://localhost${path}`);
	return (request.current = {
		url,
		params: {},
		request: new Request(url),
		cookies: { get: () => undefined, set: () => {}, delete: () => {}, getAll: () => [], serialize: () => '' },
		setHeaders: () => {},
		locals: { locale: 'nl', user: null, session: null, memberships: [], viewer: ANONYMOUS }
	} as unknown as RequestEvent);
}

type PlanData = Exclude<Awaited<ReturnType<typeof planPage.load>>, void>;
const planner = async (query: string) => (await planPage.load(event(`/nl/plan?${query}`) as never)) as PlanData;

const WEB_PARAMS = 'utm_source=nieuwsbrief&utm_medium=email&utm_campaign=lente&fbclid=IwAR0abc&gclid=Cj0KCQ&foo=bar';

describe('planner links', () => {
	it('the planner page ignores utm_*, fbclid, gclid and other unknown parameters', async () => {
		const plain = await planner('from=hygienic-welder&to=project-leader');
		const shared = await planner(`from=hygienic-welder&${WEB_PARAMS}&to=project-leader`);
		expect(shared.problem).toBeNull();
		expect(shared.planned!.routes.length).toBeGreaterThan(0);
		expect(shared.planned!.routes).toEqual(plain.planned!.routes);
		// Links the page builds (save as plan, show on the map) carry the question, not the tracking.
		expect(shared.query).toBe(plain.query);
		expect(shared.query).not.toMatch(/utm_|fbclid|gclid|foo/);
		expect(shared.links).toBe(plain.links);
		expect(shared.links).not.toMatch(/utm_|fbclid|gclid|foo/);
	});

	it('the JSON API stays strict and names the unknown parameter', async () => {
		for (const [param, field] of [['utm_source=nieuwsbrief', 'utm_source'], ['foo=bar', 'foo'], ['fbclid=IwAR0abc', 'fbclid']]) {
			const res = await routesApi.GET(event(`/api/routes?from=hygienic-welder&to=project-leader&${param}`) as never);
			expect(res.status).toBe(400);
			expect((await res.json()).error).toMatchObject({ status: 400, field, message: `unknown parameter '${field}'` });
		}
	});

	it('a known parameter with a bad value is still refused on the page, naming its field', async () => {
		const data = await planner(`from=hygienic-welder&to=project-leader&k=99&${WEB_PARAMS}`);
		expect(data.planned).toBeNull();
		expect(data.problem).toMatchObject({ field: 'k', kind: 'k' });
	});

	it('names the stations of a question without routes, so the heading never shows ids', async () => {
		const data = await planner('from=project-leader&to=welder');
		expect(data.planned!.routes).toEqual([]);
		// The page speaks one language (this one is /nl/plan): its names are in that language.
		expect(data.planned!.names.stations['project-leader']).toBe('Projectleider');
		expect(data.planned!.names.stations.welder).toBe('Lasser');
	});
});
