import type { RouteHop, RouteModule } from '$lib/engine/routing';
import type { PlannedRoute, PlannedRoutes, RouteNames } from '$lib/server/services/routes';

/** What a route card shows of a hop: the step, its time, its pay and its modules. */
export type CardHop = Pick<RouteHop, 'from' | 'to' | 'line' | 'direction' | 'months' | 'salaryBefore' | 'salaryAfter' | 'salaryStep' | 'payCut' | 'untaught'> & {
	readonly modules: readonly RouteModule[];
};

/** A planned route as the planner's cards read it (RouteCard, RouteSteps, SalaryStory); the API keeps the whole route. */
export interface CardRoute extends Pick<PlannedRoute, 'rank' | 'labels' | 'totals' | 'salaryByStop' | 'text' | 'explanations'> {
	readonly legs: readonly { readonly line: string }[];
	readonly hops: readonly CardHop[];
	readonly variants: readonly CardRoute[];
}

/** The names the cards show: no module kinds or providers, no certificates, only the skills a card names. */
export interface CardNames {
	stations: RouteNames['stations'];
	lines: RouteNames['lines'];
	modules: Record<string, { label: RouteNames['modules'][string]['label']; closed: boolean }>;
	skills: RouteNames['skills'];
}

export interface CardRoutes extends Pick<PlannedRoutes, 'reason' | 'horizonMonths' | 'currency'> {
	routes: CardRoute[];
	names: CardNames;
}

function cardRoute(r: PlannedRoute): CardRoute {
	return {
		rank: r.rank,
		labels: r.labels,
		totals: r.totals,
		salaryByStop: r.salaryByStop,
		text: r.text,
		explanations: r.explanations,
		legs: r.legs.map((leg) => ({ line: leg.line })),
		hops: r.hops.map((h) => ({
			from: h.from,
			to: h.to,
			line: h.line,
			direction: h.direction,
			months: h.months,
			salaryBefore: h.salaryBefore,
			salaryAfter: h.salaryAfter,
			salaryStep: h.salaryStep,
			payCut: h.payCut,
			untaught: h.untaught,
			modules: h.modules
		})),
		variants: r.variants.map(cardRoute)
	};
}

/**
 * The planned routes as the page's data: the page shows a card per route, so it carries what
 * the cards read and nothing else (skills learned, skipped and certificates per hop, the legs'
 * stops, scores and search statistics stay in the routes API). Less to serialise, hash and
 * send per rendered page; the cards render the same.
 */
export function cardRoutes(planned: PlannedRoutes): CardRoutes {
	const routes = planned.routes.map(cardRoute);
	const skills: CardNames['skills'] = {};
	for (const r of routes.flatMap((x) => [x, ...x.variants])) {
		const named = [...r.hops.flatMap((h) => h.untaught), ...r.explanations.flatMap((e) => [...e.reason.topShared, ...e.reason.topMissing])];
		for (const id of named) if (planned.names.skills[id]) skills[id] = planned.names.skills[id];
	}
	return {
		reason: planned.reason,
		horizonMonths: planned.horizonMonths,
		currency: planned.currency,
		routes,
		names: {
			stations: planned.names.stations,
			lines: planned.names.lines,
			modules: Object.fromEntries(Object.entries(planned.names.modules).map(([id, m]) => [id, { label: m.label, closed: m.closed }])),
			skills
		}
	};
}
