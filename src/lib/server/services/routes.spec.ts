import { describe, expect, it } from 'vitest';
import { RouteUrlQuery } from '$lib/schemas/queries';
import { loadSeedDirectory } from '../seed/load';
import { ApiError } from '../http/api';
import { NotFoundError } from '../store/errors';
import { ANONYMOUS } from '../viewer';
import { planFor, routingNetwork } from './routes';
import { buildSnapshot } from './snapshot';

const seed = loadSeedDirectory('graph-seed');
const snap = buildSnapshot(seed.meta, 1, seed.content);
const query = (q: Record<string, unknown>) => RouteUrlQuery.parse(q);
const company = seed.content.modules.find((m) => m.visibility === 'closed')!.organisation!;

describe('route service on the seed network', () => {
	it('plans hygienic welder → project leader with alternatives, one with a transfer', () => {
		const planned = planFor(snap, query({ from: 'hygienic-welder', to: 'project-leader' }), ANONYMOUS);
		expect(planned.routes.length).toBeGreaterThanOrEqual(2);
		expect(planned.routes.some((r) => r.totals.transfers > 0)).toBe(true);
		expect(planned.network).toBe('seed');
		for (const r of planned.routes) for (const s of r.stations) expect(planned.names.stations[s]).toBeDefined();
	});

	it('builds the routing index once per snapshot', () => {
		expect(routingNetwork(snap)).toBe(routingNetwork(snap));
	});

	it('uses closed modules only for members of their organisation', () => {
		const member = { userId: 'u', organisations: [company], roles: [] };
		const seenBy = (viewer: typeof ANONYMOUS) => {
			const ids = new Set<string>();
			for (const station of seed.content.stations)
				for (const to of seed.content.stations.slice(0, 12)) {
					if (station.id === to.id) continue;
					for (const r of planFor(snap, query({ from: station.id, to: to.id, k: 20, maxTransfers: 4 }), viewer).routes)
						for (const h of r.hops) for (const m of h.modules) ids.add(m.id);
				}
			return ids;
		};
		const closed = new Set(seed.content.modules.filter((m) => m.visibility === 'closed').map((m) => m.id));
		expect([...seenBy(ANONYMOUS)].filter((id) => closed.has(id))).toEqual([]);
		expect([...seenBy(member)].some((id) => closed.has(id))).toBe(true);
	});

	it('maps an unknown station to NotFound and a bad option to a 400 naming the field', () => {
		expect(() => planFor(snap, query({ from: 'astronaut', to: 'project-leader' }), ANONYMOUS)).toThrow(NotFoundError);
		try {
			planFor(snap, query({ from: 'welder', to: 'project-leader', avoidLines: ['no-such-line'] }), ANONYMOUS);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ApiError);
			expect((e as ApiError).field).toBe('avoidLines');
		}
	});

	it('the URL query refuses from = to, naming to', () => {
		const r = RouteUrlQuery.safeParse({ from: 'welder', to: 'welder' });
		expect(r.success).toBe(false);
		expect(r.error!.issues[0]!.path).toEqual(['to']);
	});
});
