import type { Route } from '$lib/engine/routing';
import type { PlanRouteRequest } from '$lib/schemas/plan';

/**
 * The ids of a planner route, the form a plan is saved from. Everything else (labels, prices,
 * salary) the server looks up again when it builds the plan.
 */
export function planRouteRequest(route: Route, hoursPerWeek: number): PlanRouteRequest {
	return {
		from: route.stations[0]!,
		hops: route.hops.map((h) => ({
			line: h.line,
			to: h.to,
			modules: h.modules.map((m) => m.id),
			untaught: [...h.untaught],
			...(h.line === null ? { bridgeMonths: h.experienceMonths } : {})
		})),
		hoursPerWeek
	};
}
