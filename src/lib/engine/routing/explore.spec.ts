import { describe, expect, it } from 'vitest';
import { network } from './fixtures';
import { explore, planRoutes, RoutingError, type ExploreResult } from './index';

/*
 * "Where can I get from here?" on small networks drawn by hand: each rule of the reach search
 * (budgets, hop costs never paid twice, certificates, bridges and transfers, setbacks, the pay
 * ceiling of a destination) in one case.
 */

const ids = (r: ExploreResult) => r.destinations.map((d) => d.station);
const of = (r: ExploreResult, station: string) => r.destinations.find((d) => d.station === station);

describe('time and study budgets', () => {
	// a: s1 → s2 → s3 → s4, a year per hop, pay rising.
	const ladder = network()
		.line('a', ['s1', 's2', 's3', 's4'], 12)
		.station('s1', { salary: 2500 })
		.station('s2', { salary: 2800, requires: ['weld'] })
		.station('s3', { salary: 3200, requires: ['weld', 'plan'] })
		.station('s4', { salary: 3900, requires: ['lead'] })
		.module('m-weld', ['weld'], { hours: 40, price: 300 })
		.module('m-plan', ['plan'], { hours: 20, price: 100 })
		.module('m-lead', ['lead'], { hours: 200, price: 2000 })
		.prepare();

	it('reaches exactly the stations whose route fits the months', () => {
		expect(ids(explore(ladder, { from: 's1', months: 24, hours: 1000 })).sort()).toEqual(['s2', 's3']);
		expect(ids(explore(ladder, { from: 's1', months: 11, hours: 1000 }))).toEqual([]);
	});

	it('reaches exactly the stations whose route fits the study hours, skills never paid twice', () => {
		// s2 costs weld (40 h); s3 then only plan (20 h): 60 h in all, not 100.
		const r = explore(ladder, { from: 's1', months: 60, hours: 60 });
		expect(ids(r).sort()).toEqual(['s2', 's3']);
		expect(of(r, 's3')).toMatchObject({ months: 24, studyHours: 60, money: 400, transfers: 0, stations: ['s1', 's2', 's3'], lines: ['a', 'a'] });
		expect(ids(explore(ladder, { from: 's1', months: 60, hours: 59 }))).toEqual(['s2']);
	});

	it('ranks by pay gain, and says the gain against the start', () => {
		const r = explore(ladder, { from: 's1', months: 60, hours: 1000 });
		expect(ids(r)).toEqual(['s4', 's3', 's2']);
		expect(r.destinations.map((d) => d.payGain)).toEqual([1400, 700, 300]);
		expect(r.salary).toBe(2500);
	});

	it("counts what the traveller holds: skills given, and the start job's own", () => {
		expect(of(explore(ladder, { from: 's1', months: 60, hours: 1000, holds: [{ skill: 'weld', level: 1 }] }), 's3')!.studyHours).toBe(20);
		// At s2 the traveller holds weld already: s3 costs only plan.
		expect(of(explore(ladder, { from: 's2', months: 60, hours: 1000 }), 's3')!.studyHours).toBe(20);
		expect(of(explore(ladder, { from: 's2', months: 60, hours: 1000, holdsOriginSkills: false }), 's3')!.studyHours).toBe(60);
	});

	it('turns study hours into months at the hours per week given', () => {
		// 200 h of leading at 4 h a week: 200 / (4 × 4.33) ≈ 11.5 months, within the year the hop takes.
		const slow = explore(ladder, { from: 's3', months: 12, hours: 1000, hoursPerWeek: 4 });
		expect(of(slow, 's4')!.months).toBe(12);
		// At 2 h a week it takes 23 months: beyond a 12-month budget.
		expect(ids(explore(ladder, { from: 's3', months: 12, hours: 1000, hoursPerWeek: 2 }))).toEqual([]);
	});
});

describe('the route behind each station', () => {
	it('is the fastest one within both budgets, and the planner finds it too', () => {
		// Direct on line b: 36 months, no study. Over line a with a module: 24 months but 80 h.
		const net = network()
			.line('a', ['s1', 'x', 'goal'], 12)
			.line('b', ['s1', 'goal'], [36])
			.station('x', { requires: ['cad'] })
			.module('m-cad', ['cad'], { hours: 80 })
			.prepare();
		expect(of(explore(net, { from: 's1', months: 60, hours: 100 }), 'goal')).toMatchObject({ months: 24, studyHours: 80, stations: ['s1', 'x', 'goal'] });
		expect(of(explore(net, { from: 's1', months: 60, hours: 50 }), 'goal')).toMatchObject({ months: 36, studyHours: 0, stations: ['s1', 'goal'] });
		const fastest = planRoutes(net, { from: 's1', to: 'goal' }).routes.find((r) => r.labels.includes('fastest'))!;
		expect(fastest.totals.months).toBe(24);
	});

	it('charges a required certificate through a module that awards it', () => {
		const net = network()
			.line('a', ['s1', 's2'], 6)
			.station('s2', { certificates: ['vca'] })
			.module('lmra', ['risk'], { hours: 2 })
			.module('vca-exam', ['risk'], { hours: 16, price: 295, awards: ['vca'] })
			.prepare();
		expect(of(explore(net, { from: 's1', months: 12, hours: 100 }), 's2')).toMatchObject({ studyHours: 16, money: 295 });
		expect(ids(explore(net, { from: 's1', months: 12, hours: 15 }))).toEqual([]);
		expect(of(explore(net, { from: 's1', months: 12, hours: 0, certificates: ['vca'] }), 's2')).toMatchObject({ studyHours: 0 });
	});

	it('uses closed modules only for members of their organisation', () => {
		const net = network()
			.line('a', ['s1', 's2'], 6)
			.station('s2', { requires: ['hygiene'] })
			.module('public', ['hygiene'], { hours: 40 })
			.module('in-house', ['hygiene'], { hours: 8, org: 'acme' })
			.prepare();
		expect(of(explore(net, { from: 's1', months: 12, hours: 100 }), 's2')!.studyHours).toBe(40);
		expect(of(explore(net, { from: 's1', months: 12, hours: 100, organisation: 'acme' }), 's2')!.studyHours).toBe(8);
	});
});

describe('transfers and bridges', () => {
	// s0 → s1 on one line; s1 ⇢ b1 ⇢ b2 by bridges; b2 → s9 on another.
	const chain = network()
		.line('start', ['s0', 's1'], 6)
		.line('goal', ['b2', 's9'], 6)
		.bridge('s1', 'b1', 2)
		.bridge('b1', 'b2', 1)
		.prepare();

	it('walks chained bridges, each a transfer, and boards after a bridge for free', () => {
		const r = explore(chain, { from: 's0', months: 60, hours: 0 });
		expect(of(r, 's9')).toMatchObject({ months: 15, transfers: 2, stations: ['s0', 's1', 'b1', 'b2', 's9'], lines: ['start', null, null, 'goal'] });
	});

	it('bounds transfers by maxTransfers', () => {
		expect(ids(explore(chain, { from: 's0', months: 60, hours: 0, maxTransfers: 1 })).sort()).toEqual(['b1', 's1']);
		expect(ids(explore(chain, { from: 's0', months: 60, hours: 0, maxTransfers: 0 }))).toEqual(['s1']);
	});

	it('changes lines at an interchange as a transfer', () => {
		const net = network().line('a', ['s1', 'hub'], 6).line('b', ['hub', 's3'], 6).prepare();
		expect(of(explore(net, { from: 's1', months: 24, hours: 0 }), 's3')).toMatchObject({ transfers: 1, lines: ['a', 'b'] });
		expect(ids(explore(net, { from: 's1', months: 24, hours: 0, maxTransfers: 0 }))).toEqual(['hub']);
	});
});

describe('setbacks and the pay ceiling', () => {
	it('rides backwards and takes pay cuts only when setbacks are allowed', () => {
		const net = network()
			.line('a', ['s1', 's2', 's3'], 6)
			.station('s1', { salary: 2500 })
			.station('s2', { salary: 3000 })
			.station('s3', { salary: 2900 })
			.prepare();
		expect(ids(explore(net, { from: 's2', months: 24, hours: 0 }))).toEqual([]);
		const setbacks = explore(net, { from: 's2', months: 24, hours: 0, allowBackwards: true });
		expect(ids(setbacks)).toEqual(['s3', 's1']);
		expect(setbacks.destinations.map((d) => d.payGain)).toEqual([-100, -500]);
	});

	it('does not count a route for a station it climbed above to get there', () => {
		// s1 → top (3500) → ? (pay unknown) → mid (3000): a planner route to mid may not pass top.
		const net = network()
			.line('a', ['s1', 'top', 'unknown', 'mid'], 6)
			.station('s1', { salary: 2500 })
			.station('top', { salary: 3500 })
			.station('mid', { salary: 3000 })
			.prepare();
		const r = explore(net, { from: 's1', months: 60, hours: 0 });
		expect(ids(r).sort()).toEqual(['top', 'unknown']);
		expect(planRoutes(net, { from: 's1', to: 'mid' }).routes).toEqual([]);
		expect(of(r, 'unknown')!.payGain).toBeNull();
	});
});

describe('misuse', () => {
	const net = network().line('a', ['s1', 's2']).prepare();

	it('names the field of an unknown station or a budget out of range', () => {
		const field = (f: () => unknown) => {
			try {
				f();
			} catch (e) {
				return e instanceof RoutingError ? `${e.code}:${e.field}` : String(e);
			}
			return 'no error';
		};
		expect(field(() => explore(net, { from: 'nowhere', months: 12, hours: 10 }))).toBe('unknown-station:from');
		expect(field(() => explore(net, { from: 's1', months: -1, hours: 10 }))).toBe('invalid-option:months');
		expect(field(() => explore(net, { from: 's1', months: 12, hours: Number.NaN }))).toBe('invalid-option:hours');
		expect(field(() => explore(net, { from: 's1', months: 12, hours: 10, maxTransfers: 9 }))).toBe('invalid-option:maxTransfers');
		expect(field(() => explore(net, { from: 's1', months: 12, hours: 10, hoursPerWeek: 0 }))).toBe('invalid-option:hoursPerWeek');
	});

	it('answers the same question the same way', () => {
		expect(explore(net, { from: 's1', months: 12, hours: 10 })).toEqual(explore(net, { from: 's1', months: 12, hours: 10 }));
	});
});
