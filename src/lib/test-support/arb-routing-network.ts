import fc from 'fast-check';
import type { RoutingNetworkData } from '$lib/engine/routing';

/**
 * Small random networks for the property specs of the planner and of explore: 3 to 7 stations,
 * lines stopping in any order, modules (some closed to an organisation), certificates, bridges.
 * Test support, kept outside the engine folder, whose code imports nothing but itself.
 */
export const SKILLS = ['k0', 'k1', 'k2', 'k3', 'k4'];

export const arbNetwork: fc.Arbitrary<RoutingNetworkData> = fc.integer({ min: 3, max: 7 }).chain((n) => {
	const ids = Array.from({ length: n }, (_, i) => `s${i}`);
	const need = fc.record({ skill: fc.constantFrom(...SKILLS), essential: fc.boolean(), level: fc.integer({ min: 1, max: 3 }) });
	// Pay tends to grow with the station number, as careers do, so that not every other hop is a
	// pay cut (those need setbacks allowed); lines still stop in any order.
	const station = (id: string, i: number) =>
		fc.record({
			id: fc.constant(id),
			salaryMedian: fc.option(fc.integer({ min: 20 + 3 * i, max: 32 + 3 * i }).map((x) => x * 100), { freq: 5 }),
			requires: fc.uniqueArray(need, { selector: (r) => r.skill, maxLength: 4 }),
			certificates: fc.subarray(['c0'])
		});
	const line = (i: number) =>
		fc
			.record({
				stops: fc.shuffledSubarray(ids, { minLength: 2, maxLength: Math.min(6, n) }),
				months: fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 5, maxLength: 5 })
			})
			.map(({ stops, months }) => ({ id: `l${i}`, stops, hopMonths: months.slice(0, stops.length - 1) }));
	const module = (i: number) =>
		fc.record({
			id: fc.constant(`m${i}`),
			hours: fc.integer({ min: 1, max: 120 }),
			price: fc.integer({ min: 0, max: 1000 }),
			organisation: fc.constantFrom(null, null, 'o1', 'o2'),
			teaches: fc.uniqueArray(
				fc.record({ skill: fc.constantFrom(...SKILLS), level: fc.integer({ min: 1, max: 3 }) }),
				{ selector: (t) => t.skill, minLength: 1, maxLength: 3 }
			),
			awards: fc.subarray(['c0'])
		});
	return fc.record({
		stations: fc.tuple(...ids.map((id, i) => station(id, i))),
		lines: fc.integer({ min: 2, max: 5 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => line(i)))),
		modules: fc.integer({ min: 0, max: 7 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => module(i)))),
		bridges: fc.array(
			fc
				.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), months: fc.integer({ min: 0, max: 6 }) })
				.filter((b) => b.from !== b.to),
			{ maxLength: 3 }
		)
	});
});
