import { describe, expect, it } from 'vitest';
import { RoutingError } from './errors';
import { network } from './fixtures';
import { planRoutes, QUERY_DEFAULTS, type RouteQuery } from './index';

const net = network()
	.line('a', ['s1', 's2', 's3'])
	.line('b', ['s2', 'x'])
	.prepare();

function misuse(query: RouteQuery): RoutingError {
	try {
		planRoutes(net, query);
	} catch (e) {
		expect(e).toBeInstanceOf(RoutingError);
		return e as RoutingError;
	}
	throw new Error('expected a RoutingError');
}

describe('query defaults', () => {
	it('are the documented ones', () => {
		expect(QUERY_DEFAULTS).toMatchObject({
			hoursPerWeek: 8,
			maxTransfers: 3,
			allowBackwards: false,
			k: 5,
			includeOptional: false,
			organisation: null,
			holdsOriginSkills: true
		});
	});

	it('apply when options are left out', () => {
		const bare = planRoutes(net, { from: 's1', to: 's3' });
		const explicit = planRoutes(net, { from: 's1', to: 's3', ...QUERY_DEFAULTS });
		expect(bare).toEqual(explicit);
	});
});

describe('misuse throws a typed RoutingError naming the field and the value', () => {
	it('unknown start station', () => {
		const e = misuse({ from: 'nope', to: 's3' });
		expect(e.code).toBe('unknown-station');
		expect(e.field).toBe('from');
		expect(e.message).toContain("'nope'");
	});

	it('unknown end, via and avoided stations', () => {
		expect(misuse({ from: 's1', to: 'nope' })).toMatchObject({ code: 'unknown-station', field: 'to' });
		expect(misuse({ from: 's1', to: 's3', via: ['s2', 'ghost'] })).toMatchObject({
			code: 'unknown-station',
			field: 'via[1]'
		});
		const e = misuse({ from: 's1', to: 's3', avoidStations: ['ghost'] });
		expect(e).toMatchObject({ code: 'unknown-station', field: 'avoidStations[0]' });
		expect(e.message).toContain("'ghost'");
	});

	it('unknown line in avoidLines', () => {
		const e = misuse({ from: 's1', to: 's3', avoidLines: ['a', 'zz'] });
		expect(e).toMatchObject({ code: 'unknown-line', field: 'avoidLines[1]' });
		expect(e.message).toContain("'zz'");
	});

	it('from equal to to', () => {
		const e = misuse({ from: 's2', to: 's2' });
		expect(e.code).toBe('same-station');
		expect(e.message).toContain("'s2'");
	});

	it.each([0, 21, 2.5, Number.NaN])('k = %s is out of range', (k) => {
		const e = misuse({ from: 's1', to: 's3', k });
		expect(e).toMatchObject({ code: 'invalid-option', field: 'k' });
	});

	it('maxTransfers and hoursPerWeek out of range', () => {
		expect(misuse({ from: 's1', to: 's3', maxTransfers: -1 })).toMatchObject({ field: 'maxTransfers' });
		expect(misuse({ from: 's1', to: 's3', maxTransfers: 9 })).toMatchObject({ field: 'maxTransfers' });
		expect(misuse({ from: 's1', to: 's3', hoursPerWeek: 0 })).toMatchObject({ field: 'hoursPerWeek' });
		expect(misuse({ from: 's1', to: 's3', holds: [{ skill: 'weld', level: 7 }] })).toMatchObject({
			field: 'holds[0].level'
		});
	});

	it('a via station that is the start, the end, or listed twice', () => {
		expect(misuse({ from: 's1', to: 's3', via: ['s1'] })).toMatchObject({ code: 'invalid-via', field: 'via[0]' });
		expect(misuse({ from: 's1', to: 's3', via: ['s3'] })).toMatchObject({ code: 'invalid-via' });
		expect(misuse({ from: 's1', to: 's3', via: ['s2', 's2'] })).toMatchObject({ code: 'invalid-via', field: 'via[1]' });
	});

	it('accepts k at both ends of its range', () => {
		expect(planRoutes(net, { from: 's1', to: 's3', k: 1 }).routes).toHaveLength(1);
		expect(planRoutes(net, { from: 's1', to: 's3', k: 20 }).routes).toHaveLength(1);
	});
});

describe('unknown things that are not misuse', () => {
	it('skills, certificates and organisations the network does not know are simply irrelevant', () => {
		const r = planRoutes(net, {
			from: 's1',
			to: 's3',
			holds: [{ skill: 'juggling', level: 3 }],
			certificates: ['pilot'],
			organisation: 'acme'
		});
		expect(r.routes).toHaveLength(1);
	});
});
