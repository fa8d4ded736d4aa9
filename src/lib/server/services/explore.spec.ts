import { describe, expect, it } from 'vitest';
import { explore } from '$lib/engine/routing';
import { paysLess } from '$lib/engine/routing/network';
import { resolveQuery } from '$lib/engine/routing/query';
import { search } from '$lib/engine/routing/search';
import { ExploreUrlQuery } from '$lib/schemas/queries';
import { loadSeedDirectory } from '../seed/load';
import { ApiError } from '../http/api';
import { NotFoundError } from '../store/errors';
import { ANONYMOUS } from '../viewer';
import { exploreFor } from './explore';
import { routingNetwork } from './routes';
import { buildSnapshot } from './snapshot';

const seed = loadSeedDirectory('graph-seed');
const snap = buildSnapshot(seed.meta, 1, seed.content);
const net = routingNetwork(snap);
const query = (q: Record<string, unknown>) => ExploreUrlQuery.parse(q);
const company = seed.content.modules.find((m) => m.visibility === 'closed')!.organisation!;
const member = { userId: 'u', organisations: [company], roles: [] };

describe('explore on the seed network', () => {
	it('lists where a hygienic welder can get within two years and 200 study hours, best-paid first, with names', () => {
		const { explored, reach } = exploreFor(snap, query({ from: 'hygienic-welder', months: 24, hours: 200 }), ANONYMOUS);
		expect(explored).toMatchObject({ network: 'seed', from: 'hygienic-welder', months: 24, hours: 200, truncated: false });
		expect(explored.destinations.length).toBeGreaterThan(0);
		const gains = explored.destinations.map((d) => d.payGain ?? -Infinity);
		expect(gains).toEqual([...gains].sort((a, b) => b - a));
		for (const d of explored.destinations) {
			expect(d.months).toBeLessThanOrEqual(24);
			expect(d.studyHours).toBeLessThanOrEqual(200);
			for (const s of d.stations) expect(explored.names.stations[s]).toBeDefined();
			for (const l of d.lines) if (l !== null) expect(explored.names.lines[l]).toBeDefined();
			expect(reach.get(d.station)).toBe(d.months);
		}
		expect(explored.total).toBe(reach.size);
	});

	it('reaches more the longer the time and the larger the study budget', () => {
		const count = (months: number, hours: number) => exploreFor(snap, query({ from: 'welder', months, hours, limit: 1000 }), ANONYMOUS).explored.total;
		expect(count(12, 40)).toBeLessThanOrEqual(count(24, 40));
		expect(count(24, 40)).toBeLessThanOrEqual(count(24, 400));
		expect(count(12, 40)).toBeLessThan(count(120, 2000));
	});

	it('agrees with the route planner for every start and destination: the same stations, the same fastest months', () => {
		// The planner's Pareto set holds the fastest route within any study budget (a route that
		// beats it on months and hours would be in the set), so it answers the same question. Asked
		// for a job that pays less than the start, the planner also takes the drop to it (the
		// traveller chose it), which explore, asked for no destination, does not: there the
		// planner is at least as fast.
		let cheaper = 0;
		for (const [months, hours] of [
			[24, 120],
			[72, 100_000]
		] as const) {
			for (const from of net.stationIds) {
				const reached = new Map(explore(net, { from, months, hours }).destinations.map((d) => [d.station, d.months]));
				for (const to of net.stationIds) {
					if (to === from) continue;
					const within = search(net, resolveQuery(net, { from, to })).targets.filter((t) => t.months <= months + 1e-9 && t.hours <= hours + 1e-9);
					const fastest = within.length === 0 ? undefined : Math.min(...within.map((t) => t.months));
					if (!paysLess(net, net.stationIndex.get(from)!, net.stationIndex.get(to)!)) expect([from, to, reached.get(to)]).toEqual([from, to, fastest]);
					else if (reached.has(to)) expect(fastest).toBeLessThanOrEqual(reached.get(to)!);
					else if (fastest !== undefined) cheaper++;
				}
			}
		}
		expect(cheaper).toBeGreaterThan(0);
	});

	it('uses closed modules only for members of their organisation', () => {
		let fewerHours = 0;
		for (const from of net.stationIds) {
			const anonymous = exploreFor(snap, query({ from, months: 60, hours: 100_000, limit: 1000 }), ANONYMOUS).explored;
			const mine = new Map(exploreFor(snap, query({ from, months: 60, hours: 100_000, limit: 1000 }), member).explored.destinations.map((d) => [d.station, d]));
			for (const d of anonymous.destinations) if (mine.get(d.station)!.studyHours < d.studyHours) fewerHours++;
		}
		// A member studies less somewhere (their company's modules are shorter), an outsider never sees them.
		expect(fewerHours).toBeGreaterThan(0);
	});

	it('maps an unknown station to NotFound, and limits the list, not the count', () => {
		expect(() => exploreFor(snap, query({ from: 'astronaut' }), ANONYMOUS)).toThrow(NotFoundError);
		const { explored } = exploreFor(snap, query({ from: 'welder', months: 120, hours: 2000, limit: 2 }), ANONYMOUS);
		expect(explored.destinations).toHaveLength(2);
		expect(explored.total).toBeGreaterThan(2);
	});

	it("a budget out of the engine's range is a 400 naming the field", () => {
		try {
			exploreFor(snap, { ...query({ from: 'welder' }), months: 601 }, ANONYMOUS);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(ApiError);
			expect((e as ApiError).field).toBe('months');
		}
	});
});
