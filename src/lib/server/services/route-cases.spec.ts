import { describe, expect, it } from 'vitest';
import { RouteUrlQuery } from '$lib/schemas/queries';
import { loadSeedDirectory } from '../seed/load';
import { ANONYMOUS } from '../viewer';
import { planFor, routeOfRank, type PlannedRoute } from './routes';
import { buildSnapshot } from './snapshot';

/*
 * The cases of issue 12 on the seed network, planned as the planner page and /api/routes plan
 * them (with the bridges the service derives).
 */

const seed = loadSeedDirectory('graph-seed');
const snap = buildSnapshot(seed.meta, 1, seed.content);
const plan = (q: Record<string, unknown>) => planFor(snap, RouteUrlQuery.parse(q), ANONYMOUS);
const every = (routes: readonly PlannedRoute[]) => routes.flatMap((r) => [r, ...r.variants]);
const salary = (station: string) => {
	const band = snap.stations.get(station)!.salaryBand;
	return band ? snap.salaryBands.get(band)!.median : null;
};

describe('issue 12 on the seed network', () => {
	it('production operator → quality inspector: two bridges in a row make a route', () => {
		const planned = plan({ from: 'production-operator', to: 'quality-inspector' });
		const route = planned.routes[0]!;
		expect(route.stations).toEqual([
			'production-operator',
			'machining-operator',
			'press-brake-operator',
			'sheet-metal-worker',
			'aircraft-structures-fitter',
			'quality-inspector'
		]);
		expect(route.hops.slice(0, 2).map((h) => h.line)).toEqual([null, null]);
		expect(route.totals.transfers).toBe(3);
		expect(route.totals.months).toBeCloseTo(67.5, 2);
	});

	it('press-brake operator → production manager: the cheaper route chains two bridges, through a pay cut taken only when allowed', () => {
		const forward = plan({ from: 'press-brake-operator', to: 'production-manager' });
		for (const r of every(forward.routes)) expect(r.setbacks).toEqual([]);
		const allowed = plan({ from: 'press-brake-operator', to: 'production-manager', backwards: 'true' });
		const cheap = allowed.routes[0]!;
		expect(cheap.totals).toMatchObject({ studyHours: 460, money: 15770, transfers: 2 });
		expect(cheap.totals.months).toBeCloseTo(121, 1);
		expect(cheap.stations.slice(0, 3)).toEqual(['press-brake-operator', 'machining-operator', 'production-operator']);
		expect(cheap.setbacks).toEqual([{ kind: 'pay-cut', hop: 1, from: 'machining-operator', to: 'production-operator' }]);
		expect(cheap.text.setbacks?.en).toContain('a pay cut from Machining operator to Production operator');
		expect(cheap.labels).toContain('cheapest');
	});

	it('sheet-metal programmer → team leader buys lean yellow belt, not rca-8d and tpm', () => {
		const ids = plan({ from: 'sheet-metal-programmer', to: 'team-leader' }).routes[0]!.hops.flatMap((h) => h.modules.map((m) => m.id));
		expect(ids).toContain('lean-yellow-belt');
		expect(ids).not.toContain('rca-8d-workshop');
		expect(ids).not.toContain('tpm-workshop');
	});

	it('no route buys a module on one hop that an earlier hop’s equally cheap cover could have taught', () => {
		// The 12 routes of the issue bought rca-8d + tpm and then lean-yellow-belt anyway.
		for (const from of ['sheet-metal-programmer', 'allround-sheet-metal-worker', 'press-brake-operator'])
			for (const r of every(plan({ from, to: 'production-leader', k: 20 }).routes)) {
				const ids = r.hops.flatMap((h) => h.modules.map((m) => m.id));
				expect(ids.includes('lean-yellow-belt') && ids.includes('rca-8d-workshop') && ids.includes('tpm-workshop')).toBe(false);
			}
	});

	it('welder → project leader: the route via calculator is a variant of the route via hygienic design engineer', () => {
		const planned = plan({ from: 'welder', to: 'project-leader' });
		const all = every(planned.routes);
		const viaCalculator = all.find((r) => r.stations.includes('calculator'))!;
		expect(viaCalculator.variantOf).toMatchObject({ adds: ['calculator'], drops: ['hygienic-design-engineer'] });
		expect(planned.routes.some((r) => r.stations.includes('calculator'))).toBe(false);
		expect(viaCalculator.text.variant?.nl).toBe('Variant van route 1, via Calculator in plaats van Hygiënisch ontwerper');
		expect(viaCalculator.text.versus?.en).toMatch(/^Against route 1: gains .*fewer study hours.*; gives up .*(months?|years?) longer/);
		expect(routeOfRank(planned, viaCalculator.rank)).toBe(viaCalculator);
	});

	it('every alternative says in one line, in both languages, what it gains and gives up against the first', () => {
		const planned = plan({ from: 'hygienic-welder', to: 'project-leader', k: 5 });
		expect(planned.routes.length).toBeGreaterThanOrEqual(2);
		expect(planned.routes[0]!.text.versus).toBeNull();
		for (const r of planned.routes.slice(1)) {
			expect(r.text.versus?.en).toMatch(/^Against route 1: /);
			expect(r.text.versus?.nl).toMatch(/^Tegenover route 1: /);
		}
	});

	it('maintenance mechanic → hygienic fitter never climbs above the destination, and marks its backward ride', () => {
		const top = salary('hygienic-fitter')!;
		const planned = plan({ from: 'maintenance-mechanic', to: 'hygienic-fitter', backwards: 'true', k: 20 });
		for (const r of every(planned.routes)) {
			for (const s of r.stations.slice(1)) expect(salary(s) ?? 0).toBeLessThanOrEqual(top);
			expect(r.stations).not.toContain('work-planner');
			const backward = r.hops.flatMap((h, i) => (h.direction === 'backward' ? [i] : []));
			expect(r.setbacks.filter((s) => s.kind === 'backward-ride').map((s) => s.hop)).toEqual(backward);
		}
		expect(every(planned.routes).some((r) => r.setbacks.length > 0)).toBe(true);
		expect(plan({ from: 'maintenance-mechanic', to: 'hygienic-fitter' }).reason).toBe('backwards');
	});
});
