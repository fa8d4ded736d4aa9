import { describe, expect, it } from 'vitest';
import { RouteUrlQuery } from '$lib/schemas/queries';
import { mapRouteOf } from '../../../routes/[[lang=locale]]/plan/map-route';
import { salaryPoints } from '../../../routes/[[lang=locale]]/plan/salary-points';
import { planFor } from '../services/routes';
import { ANONYMOUS } from '../viewer';
import { planRouteRequest } from './from-planner';
import { seedSnapshot, weldingRoute } from './plan-fixture';
import { buildPlanRoute } from './route-builder';
import { planMapRoute, planSalaryStory } from './route-views';

const snap = seedSnapshot();

/** Every route the planner offers between the seed's stations, with the plan saved from it. */
function plannedAndSaved() {
	const pairs: { planned: ReturnType<typeof planFor>['routes'][number]; saved: ReturnType<typeof buildPlanRoute> }[] = [];
	const stations = snap.content.stations.map((s) => s.id);
	for (const from of stations)
		for (const to of stations) {
			if (from === to) continue;
			for (const route of planFor(snap, RouteUrlQuery.parse({ from, to, k: 3 }), ANONYMOUS, { bridgeThreshold: 0.5 }).routes)
				pairs.push({ planned: route, saved: buildPlanRoute(snap, planRouteRequest(route, 8), [ANONYMOUS]) });
		}
	return pairs;
}

describe('a saved route on the map and in the salary story', () => {
	const pairs = plannedAndSaved();

	it('covers real routes, some with transfers and some with bridges', () => {
		expect(pairs.length).toBeGreaterThan(300);
		expect(pairs.some((p) => p.planned.transfers.some((t) => t.fromLine && t.toLine && !t.bridge))).toBe(true);
		expect(pairs.some((p) => p.planned.hops.some((h) => h.line === null))).toBe(true);
	});

	it('highlights the same rides and changes as the planner did for the route it was saved from', () => {
		for (const { planned, saved } of pairs.filter((p) => p.planned.hops.every((h) => h.line !== null)))
			expect(planMapRoute(saved)).toEqual(mapRouteOf(planned));
	});

	it('leaves a bridge walk without a line, with its two ends on the route and the ride after it starting with a change', () => {
		const { saved } = pairs.find((p) => p.planned.hops.some((h) => h.line === null))!;
		const drawn = planMapRoute(saved);
		const bridgeAt = saved.stops.findIndex((s, i) => i > 0 && s.line === null);
		const [from, to] = [saved.stops[bridgeAt - 1]!.station, saved.stops[bridgeAt]!.station];
		expect(drawn.stations).toEqual(saved.stops.map((s) => s.station));
		expect(drawn.legs.some((leg) => leg.stations.some((s, i) => (s === from && leg.stations[i + 1] === to) || (s === to && leg.stations[i + 1] === from)))).toBe(false);
		for (const leg of drawn.legs.filter((l) => l.stations[0] === to)) expect(drawn.transfers).toContain(to);
	});

	it('tells the salary story the planner told: the same pay per stop and the same steps over the same months', () => {
		for (const { planned, saved } of pairs) {
			const story = planSalaryStory(saved);
			expect(story.route.salaryByStop).toEqual(planned.salaryByStop);
			expect(story.horizon).toBeCloseTo(planned.hops.reduce((sum, h) => sum + h.months, 0), 6);
			expect(salaryPoints(story.route, story.horizon)).toEqual(
				salaryPoints(planned, story.horizon).map((p) => ({ month: expect.closeTo(p.month, 6), salary: p.salary }))
			);
			story.route.hops.forEach((hop, i) => expect(hop).toMatchObject({ from: planned.hops[i]!.from, to: planned.hops[i]!.to, salaryStep: planned.hops[i]!.salaryStep, payCut: planned.hops[i]!.payCut }));
		}
	});

	it('takes the study time of a hop when it is longer than its experience months', () => {
		const slow = planSalaryStory(buildPlanRoute(snap, { ...weldingRoute(), hoursPerWeek: 0.5 }, [ANONYMOUS]));
		// 88 study hours at half an hour a week take far longer than the 24 months of experience.
		expect(slow.route.hops[0]!.months).toBeCloseTo(88 / 0.5 / 4.33, 0);
		expect(planSalaryStory(buildPlanRoute(snap, weldingRoute(), [ANONYMOUS])).route.hops[0]!.months).toBe(24);
	});
});
