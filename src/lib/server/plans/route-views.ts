import { WEEKS_PER_MONTH, type Route, type RouteHop } from '$lib/engine/routing';
import type { MapRoute, RouteLeg } from '$lib/components/map/types';
import type { PlanRoute, PlanStop } from '$lib/schemas/plan';

/** What the map and the salary story read of a saved route; a plan as one viewer sees it (views.ts) has it too. */
export interface StoryRoute {
	readonly hoursPerWeek: PlanRoute['hoursPerWeek'];
	readonly stops: readonly (Pick<PlanStop, 'station' | 'line' | 'transfer' | 'hopMonths' | 'salaryMedian'> & { readonly modules: readonly { readonly hours: number }[] })[];
}

/** A hop takes its experience months or the time its study needs at the plan's pace, whichever is longer. */
export function hopMonths(experienceMonths: number, studyHours: number, hoursPerWeek: number): number {
	return Math.max(experienceMonths, studyHours / hoursPerWeek / WEEKS_PER_MONTH);
}

/**
 * A saved route as the map highlights it: rides are runs of stops on one line; a bridge walk
 * is no ride, so the map shows its two ends as stops of the route without a line between
 * them. Every ride after the first starts with a change (a transfer, or the end of a bridge).
 */
export function planMapRoute(route: StoryRoute): MapRoute {
	const legs: RouteLeg[] = [];
	route.stops.forEach((stop, i) => {
		if (i === 0 || !stop.line) return;
		const last = legs[legs.length - 1];
		const previous = route.stops[i - 1]!;
		if (last && !stop.transfer && previous.line?.id === stop.line.id && last.stations[last.stations.length - 1] === previous.station)
			last.stations.push(stop.station);
		else legs.push({ line: stop.line.id, stations: [previous.station, stop.station] });
	});
	const origin = route.stops[0]!.station;
	return {
		stations: route.stops.map((s) => s.station),
		legs,
		transfers: legs.map((leg) => leg.stations[0]!).filter((station) => station !== origin)
	};
}

export type SalaryHop = Pick<RouteHop, 'from' | 'to' | 'months' | 'salaryBefore' | 'salaryAfter' | 'salaryStep' | 'payCut'>;

/** The salary story of a saved route, in the planner's terms (what SalaryCurve draws), over the route's own length. */
export interface PlanSalaryStory {
	route: { salaryByStop: Route['salaryByStop']; hops: SalaryHop[] };
	horizon: number;
}

export function planSalaryStory(route: StoryRoute): PlanSalaryStory {
	const hops = route.stops.slice(1).map((stop, i): SalaryHop => {
		const before = route.stops[i]!.salaryMedian;
		const after = stop.salaryMedian;
		const step = before !== null && after !== null ? after - before : null;
		return {
			from: route.stops[i]!.station,
			to: stop.station,
			months: hopMonths(stop.hopMonths, stop.modules.reduce((sum, m) => sum + m.hours, 0), route.hoursPerWeek),
			salaryBefore: before,
			salaryAfter: after,
			salaryStep: step,
			payCut: step !== null && step < 0
		};
	});
	return {
		route: { salaryByStop: route.stops.map((s) => ({ station: s.station, salary: s.salaryMedian })), hops },
		horizon: hops.reduce((sum, h) => sum + h.months, 0)
	};
}
