import { describe, expect, it } from 'vitest';
import { network } from './fixtures';
import { planRoutes, WEEKS_PER_MONTH, type Route, type RouteQuery } from './index';
import type { PreparedNetwork } from './network';

function only(net: PreparedNetwork, query: RouteQuery): Route {
	const result = planRoutes(net, query);
	expect(result.reason).toBeNull();
	expect(result.routes).toHaveLength(1);
	return result.routes[0]!;
}

const hop = (route: Route, to: string) => route.hops.find((h) => h.to === to)!;

describe('what a hop costs', () => {
	it('charges the skills the next station requires that the traveller lacks, at the needed level', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.station('s2', { requires: ['weld@3', 'read@2', 'safety'] })
			.module('m-weld', ['weld@3'], { hours: 40, price: 300 })
			.module('m-read', ['read@2'], { hours: 10, price: 50 })
			.prepare();
		const route = only(net, { from: 's1', to: 's2', holds: [{ skill: 'read', level: 4 }, { skill: 'weld', level: 2 }] });
		const h = hop(route, 's2');
		expect(h.skillsLearned.map((s) => [s.skill, s.level, s.module])).toEqual([
			['safety', 1, null],
			['weld', 3, 'm-weld']
		]);
		expect(h.modules.map((m) => m.id)).toEqual(['m-weld']);
		expect(h.studyHours).toBe(40);
		expect(h.money).toBe(300);
	});

	it('never charges a skill twice on one route', () => {
		const net = network()
			.line('a', ['s1', 's2', 's3'])
			.station('s2', { requires: ['weld@2'] })
			.station('s3', { requires: ['weld@2', 'plan'] })
			.module('m-weld', ['weld@2'], { hours: 40 })
			.module('m-plan', ['plan'], { hours: 20 })
			.prepare();
		const route = only(net, { from: 's1', to: 's3' });
		expect(hop(route, 's2').skillsLearned.map((s) => s.skill)).toEqual(['weld']);
		expect(hop(route, 's3').skillsLearned.map((s) => s.skill)).toEqual(['plan']);
		expect(route.totals.studyHours).toBe(60);
	});

	it('charges a skill again only when a later station needs a higher level', () => {
		const net = network()
			.line('a', ['s1', 's2', 's3'])
			.station('s2', { requires: ['weld@2'] })
			.station('s3', { requires: ['weld@4'] })
			.module('m-weld2', ['weld@2'], { hours: 40 })
			.module('m-weld4', ['weld@4'], { hours: 80 })
			.prepare();
		const route = only(net, { from: 's1', to: 's3' });
		expect(hop(route, 's2').modules.map((m) => m.id)).toEqual(['m-weld2']);
		expect(hop(route, 's3').skillsLearned).toEqual([{ skill: 'weld', level: 4, module: 'm-weld4' }]);
	});

	it('never pays a module twice: what it taught earlier is no longer missing', () => {
		const net = network()
			.line('a', ['s1', 's2', 's3'])
			.station('s2', { requires: ['weld'] })
			.station('s3', { requires: ['hygiene'] })
			.module('m-both', ['weld', 'hygiene'], { hours: 30, price: 400 })
			.prepare();
		const route = only(net, { from: 's1', to: 's3' });
		expect(hop(route, 's2').modules.map((m) => m.id)).toEqual(['m-both']);
		expect(hop(route, 's3').modules).toEqual([]);
		expect(hop(route, 's3').skillsLearned).toEqual([]);
		expect(route.totals.money).toBe(400);
	});

	it('by default the traveller holds what their current job requires', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.station('s1', { requires: ['weld'] })
			.station('s2', { requires: ['weld', 'plan'] })
			.module('m-weld', ['weld'], { hours: 10 })
			.module('m-plan', ['plan'], { hours: 10 })
			.prepare();
		expect(hop(only(net, { from: 's1', to: 's2' }), 's2').skillsLearned.map((s) => s.skill)).toEqual(['plan']);
		const fresh = only(net, { from: 's1', to: 's2', holdsOriginSkills: false });
		expect(hop(fresh, 's2').skillsLearned.map((s) => s.skill)).toEqual(['plan', 'weld']);
	});

	it('reports skills no visible module teaches as untaught, free of study, and learned after', () => {
		const net = network()
			.line('a', ['s1', 's2', 's3'])
			.station('s2', { requires: ['hygienic-welding'] })
			.station('s3', { requires: ['hygienic-welding', 'plan'] })
			.module('m-plan', ['plan'], { hours: 10 })
			.prepare();
		const route = only(net, { from: 's1', to: 's3' });
		const h = hop(route, 's2');
		expect(h.untaught).toEqual(['hygienic-welding']);
		expect(h.skillsLearned).toEqual([{ skill: 'hygienic-welding', level: 1, module: null }]);
		expect(h.studyHours).toBe(0);
		expect(hop(route, 's3').untaught).toEqual([]);
	});

	it('months of a hop = max(experience months, study hours / hours per week / weeks per month)', () => {
		const studyMonths = (hours: number, perWeek: number) => hours / perWeek / WEEKS_PER_MONTH;
		const net = network()
			.line('a', ['s1', 's2', 's3'], [2, 24])
			.station('s2', { requires: ['weld'] })
			.station('s3', { requires: ['plan'] })
			.module('m-weld', ['weld'], { hours: 160 })
			.module('m-plan', ['plan'], { hours: 160 })
			.prepare();
		const route = only(net, { from: 's1', to: 's3', hoursPerWeek: 8 });
		expect(hop(route, 's2').months).toBeCloseTo(studyMonths(160, 8), 10);
		expect(hop(route, 's2').experienceMonths).toBe(2);
		expect(hop(route, 's3').months).toBe(24);
		const faster = only(net, { from: 's1', to: 's3', hoursPerWeek: 40 });
		expect(hop(faster, 's2').months).toBe(2);
	});

	it('money is the sum of module prices; the salary step is the band median difference', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.station('s1', { salary: 2800 })
			.station('s2', { salary: 3300, requires: ['weld', 'plan'] })
			.module('m-weld', ['weld'], { hours: 10, price: 250 })
			.module('m-plan', ['plan'], { hours: 10, price: 125.5 })
			.prepare();
		const h = hop(only(net, { from: 's1', to: 's2' }), 's2');
		expect(h.money).toBe(375.5);
		expect([h.salaryBefore, h.salaryAfter, h.salaryStep]).toEqual([2800, 3300, 500]);
	});

	it('an unknown salary band gives no salary step', () => {
		const net = network().line('a', ['s1', 's2']).station('s2', { salary: 3000 }).prepare();
		const route = only(net, { from: 's1', to: 's2' });
		expect(route.hops[0]!.salaryStep).toBeNull();
		expect(route.salaryByStop).toEqual([
			{ station: 's1', salary: null },
			{ station: 's2', salary: 3000 }
		]);
	});

	it('covers the missing skills with few study hours: greedy by hours per skill, then drops redundant modules', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.station('s2', { requires: ['a', 'b', 'c', 'd'] })
			// The middle module is the cheapest per skill, so the greedy takes it first; the two
			// outer ones then cover everything it covered, so it is dropped.
			.module('m-mid', ['b', 'c'], { hours: 2 })
			.module('m-left', ['a', 'b'], { hours: 2.2 })
			.module('m-right', ['c', 'd'], { hours: 2.2 })
			.module('m-all', ['a', 'b', 'c', 'd'], { hours: 9 })
			.prepare();
		const h = hop(only(net, { from: 's1', to: 's2' }), 's2');
		expect(h.modules.map((m) => m.id)).toEqual(['m-left', 'm-right']);
		expect(h.studyHours).toBeCloseTo(4.4, 10);
	});

	it('uses a module closed to an organisation only for members of that organisation', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.station('s2', { requires: ['hygiene'] })
			.module('m-inhouse', ['hygiene'], { hours: 8, org: 'acme' })
			.module('m-public', ['hygiene'], { hours: 40 })
			.prepare();
		const member = hop(only(net, { from: 's1', to: 's2', organisation: 'acme' }), 's2');
		expect(member.modules.map((m) => m.id)).toEqual(['m-inhouse']);
		const other = hop(only(net, { from: 's1', to: 's2', organisation: 'globex' }), 's2');
		expect(other.modules.map((m) => m.id)).toEqual(['m-public']);
		const none = hop(only(net, { from: 's1', to: 's2' }), 's2');
		expect(none.modules.map((m) => m.id)).toEqual(['m-public']);
	});

	it('a skill only a closed module teaches is untaught for everyone else', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.station('s2', { requires: ['hygiene'] })
			.module('m-inhouse', ['hygiene'], { hours: 8, org: 'acme' })
			.prepare();
		expect(hop(only(net, { from: 's1', to: 's2' }), 's2').untaught).toEqual(['hygiene']);
		expect(hop(only(net, { from: 's1', to: 's2', organisation: 'acme' }), 's2').untaught).toEqual([]);
	});

	it('reports optional skills without charging them, unless asked to', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.station('s2', { requires: ['weld', '~drawing'] })
			.module('m-weld', ['weld'], { hours: 10 })
			.module('m-draw', ['drawing'], { hours: 30 })
			.prepare();
		const plain = hop(only(net, { from: 's1', to: 's2' }), 's2');
		expect(plain.optionalSkipped).toEqual(['drawing']);
		expect(plain.studyHours).toBe(10);
		const all = hop(only(net, { from: 's1', to: 's2', includeOptional: true }), 's2');
		expect(all.optionalSkipped).toEqual([]);
		expect(all.studyHours).toBe(40);
	});

	it('charges a required certificate like a skill, unless the traveller holds it', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.station('s2', { certificates: ['vca'] })
			.module('m-vca', ['safety'], { hours: 16, price: 200, awards: ['vca'] })
			.prepare();
		const h = hop(only(net, { from: 's1', to: 's2' }), 's2');
		expect(h.certificatesEarned).toEqual([{ certificate: 'vca', module: 'm-vca' }]);
		expect(h.money).toBe(200);
		expect(hop(only(net, { from: 's1', to: 's2', certificates: ['vca'] }), 's2').modules).toEqual([]);
		const nowhere = network().line('a', ['s1', 's2']).station('s2', { certificates: ['vca'] }).prepare();
		expect(hop(only(nowhere, { from: 's1', to: 's2' }), 's2').untaughtCertificates).toEqual(['vca']);
	});
});

describe('riding and transferring', () => {
	it('rides forward only by default', () => {
		const net = network().line('a', ['s1', 's2', 's3']).prepare();
		const back = planRoutes(net, { from: 's3', to: 's1' });
		expect(back.routes).toEqual([]);
		expect(back.reason).toBe('backwards');
		const allowed = only(net, { from: 's3', to: 's1', allowBackwards: true });
		expect(allowed.legs).toEqual([{ line: 'a', from: 's3', to: 's1', direction: 'backward', stops: ['s3', 's2', 's1'] }]);
	});

	it('transfers only at a station both lines serve', () => {
		const apart = network().line('a', ['s1', 's2']).line('b', ['s3', 's4']).prepare();
		expect(planRoutes(apart, { from: 's1', to: 's4' })).toMatchObject({ routes: [], reason: 'unreachable' });
		const shared = network().line('a', ['s1', 'x', 's2']).line('b', ['s3', 'x', 's4']).prepare();
		const route = only(shared, { from: 's1', to: 's4' });
		expect(route.transfers).toEqual([{ at: 'x', fromLine: 'a', toLine: 'b', bridge: null }]);
		expect(route.legs.map((l) => [l.line, l.from, l.to])).toEqual([
			['a', 's1', 'x'],
			['b', 'x', 's4']
		]);
		expect(route.totals.transfers).toBe(1);
	});

	it('walks a bridge as a transfer, with its months', () => {
		const net = network()
			.line('a', ['s1', 's2'])
			.line('b', ['s3', 's4'])
			.bridge('s2', 's3', 3)
			.station('s3', { requires: ['weld'] })
			.module('m-weld', ['weld'], { hours: 4 })
			.prepare();
		const route = only(net, { from: 's1', to: 's4' });
		expect(route.stations).toEqual(['s1', 's2', 's3', 's4']);
		expect(route.transfers).toEqual([{ at: 's2', fromLine: 'a', toLine: 'b', bridge: { to: 's3', months: 3 } }]);
		expect(route.totals.transfers).toBe(1);
		const walk = hop(route, 's3');
		expect(walk.line).toBeNull();
		expect(walk.months).toBe(3);
		expect(walk.modules.map((m) => m.id)).toEqual(['m-weld']);
		// A bridge is walkable both ways.
		expect(only(net, { from: 's3', to: 's2', maxTransfers: 1 }).stations).toEqual(['s3', 's2']);
		expect(planRoutes(net, { from: 's1', to: 's4', maxTransfers: 0 }).reason).toBe('max-transfers');
	});

	it('passes the via stations in order, riding through them counts', () => {
		const net = network()
			.line('a', ['s1', 'v1', 'x', 's9'])
			.line('b', ['s1', 'y', 's9'])
			.line('c', ['v1', 'v2', 's9'])
			.prepare();
		expect(only(net, { from: 's1', to: 's9', via: ['x'] }).stations).toEqual(['s1', 'v1', 'x', 's9']);
		expect(only(net, { from: 's1', to: 's9', via: ['v1', 'v2'] }).stations).toEqual(['s1', 'v1', 'v2', 's9']);
		expect(planRoutes(net, { from: 's1', to: 's9', via: ['v2', 'v1'] })).toMatchObject({ routes: [], reason: 'via' });
	});

	it('avoids stations and lines', () => {
		const net = network().line('a', ['s1', 'x', 's9']).line('b', ['s1', 'y', 's9']).prepare();
		expect(only(net, { from: 's1', to: 's9', avoidStations: ['x'] }).stations).toEqual(['s1', 'y', 's9']);
		expect(only(net, { from: 's1', to: 's9', avoidLines: ['b'] }).stations).toEqual(['s1', 'x', 's9']);
		expect(planRoutes(net, { from: 's1', to: 's9', avoidStations: ['x', 'y'] })).toMatchObject({
			routes: [],
			reason: 'avoided'
		});
		expect(planRoutes(net, { from: 's1', to: 's9', avoidStations: ['s9'] }).reason).toBe('avoided');
	});

	it('respects maxTransfers', () => {
		const net = network().line('a', ['s1', 'x']).line('b', ['x', 'y']).line('c', ['y', 's9']).prepare();
		expect(planRoutes(net, { from: 's1', to: 's9', maxTransfers: 1 })).toMatchObject({
			routes: [],
			reason: 'max-transfers'
		});
		expect(only(net, { from: 's1', to: 's9', maxTransfers: 2 }).totals.transfers).toBe(2);
	});

	it('never visits a station twice', () => {
		// Reaching v means riding past the destination, and coming back would revisit it.
		const net = network().line('a', ['s1', 's9', 'v']).line('b', ['v', 's9']).prepare();
		expect(planRoutes(net, { from: 's1', to: 's9', via: ['v'] })).toMatchObject({ routes: [], reason: 'revisit' });
		// Riding a loop back to x is not offered when going on from x directly is possible.
		const loop = network().line('a', ['s1', 'x', 'y']).line('b', ['y', 'x']).line('c', ['x', 's9']).prepare();
		const result = planRoutes(loop, { from: 's1', to: 's9', maxTransfers: 3 });
		for (const r of result.routes) expect(new Set(r.stations).size).toBe(r.stations.length);
	});
});

describe('several criteria at once', () => {
	// Three ways from s1 to s9: fast but study-heavy, slow but free, and one with a transfer.
	const net = network()
		.line('fast', ['s1', 'f', 's9'], [6, 6])
		.line('slow', ['s1', 'w', 's9'], [24, 24])
		.line('m1', ['s1', 'x'], [6])
		.line('m2', ['x', 's9'], [24])
		.station('s1', { salary: 2500 })
		.station('f', { salary: 2600, requires: ['cad@3'] })
		.station('w', { salary: 3400 })
		// x pays nearly what the destination pays: leaving s1 soonest is the best-paid way.
		.station('x', { salary: 3450, requires: ['plan'] })
		.station('s9', { salary: 3500 })
		.module('m-cad', ['cad@3'], { hours: 100, price: 2000 })
		.module('m-plan', ['plan'], { hours: 10, price: 100 })
		.prepare();

	it('returns the Pareto-optimal routes, each labelled with what it wins', () => {
		const result = planRoutes(net, { from: 's1', to: 's9' });
		const byLine = new Map(result.routes.map((r) => [r.legs[0]!.line, r]));
		expect([...byLine.keys()].sort()).toEqual(['fast', 'm1', 'slow']);
		expect(byLine.get('fast')!.labels).toEqual(['fastest']);
		expect(byLine.get('slow')!.labels).toEqual(['least-study', 'cheapest', 'fewest-transfers']);
		expect(byLine.get('m1')!.labels).toEqual(['best-pay']);
		const labels = result.routes.flatMap((r) => r.labels);
		expect(new Set(labels).size).toBe(labels.length);
	});

	it('best pay is the most earned over a common horizon, not the slowest route', () => {
		const result = planRoutes(net, { from: 's1', to: 's9' });
		const best = result.routes.find((r) => r.labels.includes('best-pay'))!;
		const horizon = result.horizonMonths!;
		expect(horizon).toBe(Math.max(...result.routes.map((r) => r.totals.months)));
		for (const r of result.routes) {
			expect(r.totals.earningsAtHorizon).toBeCloseTo(r.totals.earnings + 3500 * (horizon - r.totals.months), 6);
			expect(best.totals.earningsAtHorizon!).toBeGreaterThanOrEqual(r.totals.earningsAtHorizon!);
			expect(r.totals.finalSalary).toBe(3500);
		}
	});

	it('ranks by the sum of criteria normalised over the routes found', () => {
		const result = planRoutes(net, { from: 's1', to: 's9' });
		expect(result.routes.map((r) => r.rank)).toEqual([1, 2, 3]);
		// m1: months 1/2 + hours 0.1 + money 0.05 + transfers 1 + pay 0; slow: 1+0+0+0+1; fast: 0+1+1+0+7/32.
		expect(result.routes.map((r) => r.legs[0]!.line)).toEqual(['m1', 'slow', 'fast']);
		expect(result.routes[0]!.score).toBeCloseTo(1 / 2 + 0.1 + 0.05 + 1, 10);
		const scores = result.routes.map((r) => r.score);
		expect([...scores].sort((a, b) => a - b)).toEqual(scores);
	});

	it('returns at most k routes: criterion winners first, best-ranked first', () => {
		const two = planRoutes(net, { from: 's1', to: 's9', k: 2 });
		expect(two.routes.map((r) => r.legs[0]!.line)).toEqual(['m1', 'slow']);
		// Labels then go to the best of the routes shown.
		expect(two.routes[0]!.labels).toEqual(['fastest', 'best-pay']);
		const one = planRoutes(net, { from: 's1', to: 's9', k: 1 });
		expect(one.routes.map((r) => r.legs[0]!.line)).toEqual(['m1']);
	});

	it('does not return a route another returned route beats on every criterion', () => {
		const dominated = network()
			.line('good', ['s1', 'a', 's9'], [6, 6])
			.line('bad', ['s1', 'b', 's9'], [12, 12])
			.station('b', { requires: ['weld'] })
			.module('m', ['weld'], { hours: 10, price: 10 })
			.prepare();
		const result = planRoutes(dominated, { from: 's1', to: 's9' });
		expect(result.routes.map((r) => r.legs[0]!.line)).toEqual(['good']);
		expect(result.routes[0]!.labels).toEqual(['fastest', 'least-study', 'cheapest', 'fewest-transfers']);
	});

	it('gives the same answer for the same question', () => {
		const q: RouteQuery = { from: 's1', to: 's9', k: 3 };
		expect(planRoutes(net, q)).toEqual(planRoutes(net, q));
	});
});

describe('route shape', () => {
	it('lists legs, hops, totals and the salary at each stop', () => {
		const net = network()
			.line('a', ['s1', 's2', 'x'], [12, 6])
			.line('b', ['x', 's4'], [18])
			.station('s1', { salary: 2000 })
			.station('s2', { salary: 2500 })
			.station('x', { salary: 3000 })
			.station('s4', { salary: 3600 })
			.prepare();
		const route = only(net, { from: 's1', to: 's4' });
		expect(route.stations).toEqual(['s1', 's2', 'x', 's4']);
		expect(route.legs).toEqual([
			{ line: 'a', from: 's1', to: 'x', direction: 'forward', stops: ['s1', 's2', 'x'] },
			{ line: 'b', from: 'x', to: 's4', direction: 'forward', stops: ['x', 's4'] }
		]);
		expect(route.hops.map((h) => [h.from, h.to, h.line, h.months, h.earnings])).toEqual([
			['s1', 's2', 'a', 12, 24000],
			['s2', 'x', 'a', 6, 15000],
			['x', 's4', 'b', 18, 54000]
		]);
		expect(route.totals).toEqual({
			months: 36,
			studyHours: 0,
			money: 0,
			estimatedHours: 0,
			moneyKnown: true,
			transfers: 1,
			earnings: 93000,
			finalSalary: 3600,
			earningsAtHorizon: 93000
		});
		expect(route.salaryByStop.map((s) => s.salary)).toEqual([2000, 2500, 3000, 3600]);
	});
});
