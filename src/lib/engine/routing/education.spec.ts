import { describe, expect, it } from 'vitest';
import { explore } from './explore';
import { network } from './fixtures';
import { planRoutes, WEEKS_PER_MONTH, type Route, type RouteHop } from './index';

// Study hours of education levels as the real networks give them (O*NET RL at 28 h an ECTS credit).
const HIGH_SCHOOL = 60 * 28;
const ASSOCIATE = 180 * 28;
const BACHELOR = 300 * 28;

const hop = (route: Route, to: string): RouteHop => route.hops.find((h) => h.to === to)!;

describe('formal education on a hop', () => {
	it('charges the step to a higher required level as estimated study hours, once per route', () => {
		const net = network()
			.line('a', ['clerk', 'manager', 'adviser', 'director'], [6, 6, 6])
			.station('clerk', { education: HIGH_SCHOOL })
			.station('manager', { education: BACHELOR })
			.station('adviser', { education: ASSOCIATE })
			.station('director', { education: BACHELOR })
			.prepare();
		const route = planRoutes(net, { from: 'clerk', to: 'director', hoursPerWeek: 8 }).routes[0]!;
		const up = hop(route, 'manager');
		expect(up.educationHours).toBe(BACHELOR - HIGH_SCHOOL);
		expect(up.studyHours).toBe(BACHELOR - HIGH_SCHOOL);
		expect(up.estimatedHours).toBe(BACHELOR - HIGH_SCHOOL);
		expect(up.moneyKnown).toBe(false);
		expect(up.months).toBeCloseTo((BACHELOR - HIGH_SCHOOL) / 8 / WEEKS_PER_MONTH, 10);
		// Down to an associate's level and back up to a bachelor's: the degree was earned already.
		expect(hop(route, 'adviser').educationHours).toBe(0);
		expect(hop(route, 'director').educationHours).toBe(0);
		expect(route.totals.studyHours).toBe(BACHELOR - HIGH_SCHOOL);
		expect(route.totals.estimatedHours).toBe(BACHELOR - HIGH_SCHOOL);
	});

	it('charges nothing where a level is unknown: the seed network, or before the first known level', () => {
		const seed = network().line('a', ['welder', 'coordinator'], [12]).station('coordinator', { requires: ['plan'] }).module('m', ['plan'], { hours: 40 }).prepare();
		const plain = hop(planRoutes(seed, { from: 'welder', to: 'coordinator' }).routes[0]!, 'coordinator');
		expect([plain.educationHours, plain.studyHours, plain.moneyKnown]).toEqual([0, 40, true]);

		const net = network()
			.line('a', ['unknown', 'associate', 'bachelor'], [6, 6])
			.station('associate', { education: ASSOCIATE })
			.station('bachelor', { education: BACHELOR })
			.prepare();
		const route = planRoutes(net, { from: 'unknown', to: 'bachelor' }).routes[0]!;
		expect(hop(route, 'associate').educationHours).toBe(0);
		expect(hop(route, 'bachelor').educationHours).toBe(BACHELOR - ASSOCIATE);
	});

	it('keeps a route that reached a higher level even when it costs more so far', () => {
		// Two ways to the same interchange: straight (150 months, no study) or through a bachelor's
		// job (the degree is studied on the way: about 195 months at 8 h a week). At the hub the
		// straight way is no worse on any cost, but on to the director it still owes the degree.
		const net = network()
			.line('straight', ['clerk', 'hub'], [150])
			.line('degree', ['clerk', 'analyst', 'hub'], [1, 1])
			.line('up', ['hub', 'director'], [1])
			.station('clerk', { education: HIGH_SCHOOL })
			.station('analyst', { education: BACHELOR })
			.station('hub', { education: HIGH_SCHOOL })
			.station('director', { education: BACHELOR })
			.prepare();
		const routes = planRoutes(net, { from: 'clerk', to: 'director', hoursPerWeek: 8 }).routes;
		// Either way the degree is paid exactly once, and the way through it is the fastest.
		for (const r of routes) expect(r.totals.studyHours).toBe(BACHELOR - HIGH_SCHOOL);
		const fastest = routes.find((r) => r.labels.includes('fastest'))!;
		expect(fastest.stations).toEqual(['clerk', 'analyst', 'hub', 'director']);
		expect(fastest.totals.months).toBeCloseTo((BACHELOR - HIGH_SCHOOL) / 8 / WEEKS_PER_MONTH + 2, 6);
	});

	it('counts against the explore study budget', () => {
		const net = network()
			.line('a', ['clerk', 'manager'], [6])
			.station('clerk', { education: HIGH_SCHOOL })
			.station('manager', { education: BACHELOR })
			.prepare();
		const reach = (hours: number) => explore(net, { from: 'clerk', months: 600, hours }).destinations.map((d) => d.station);
		expect(reach(1000)).not.toContain('manager');
		expect(reach(BACHELOR - HIGH_SCHOOL)).toContain('manager');
	});
});
