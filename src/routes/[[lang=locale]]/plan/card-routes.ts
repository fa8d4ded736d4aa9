import type { RouteHop, RouteModule } from '$lib/engine/routing';
import type { Locale, LocalizedText } from '$lib/schemas/common';
import type { PlannedRoute, PlannedRoutes, RouteNames, RouteText } from '$lib/server/services/routes';

/** What a route card shows of a hop: the step, its time, its pay and its modules. */
export type CardHop = Pick<RouteHop, 'from' | 'to' | 'line' | 'direction' | 'months' | 'salaryBefore' | 'salaryAfter' | 'salaryStep' | 'payCut' | 'untaught'> & {
	readonly modules: readonly RouteModule[];
};

/** A planned route as the planner's cards read it (RouteCard, RouteSteps, SalaryStory); the API keeps the whole route. */
export interface CardRoute extends Pick<PlannedRoute, 'rank' | 'labels' | 'totals' | 'salaryByStop' | 'explanations'> {
	/** The route's sentences in the reader's language. */
	readonly text: { readonly [K in keyof RouteText]: string | null };
	readonly legs: readonly { readonly line: string }[];
	readonly hops: readonly CardHop[];
	readonly variants: readonly CardRoute[];
}

/**
 * The names the cards show, in the reader's language (the page shows one; another language is
 * another URL): no module kinds or providers, no certificates, only the skills a card names.
 */
export interface CardNames {
	stations: Record<string, string>;
	lines: Record<string, { label: string; colour: string }>;
	modules: Record<string, { label: string; closed: boolean }>;
	skills: Record<string, string>;
}

export interface CardRoutes extends Pick<PlannedRoutes, 'reason' | 'horizonMonths' | 'currency'> {
	routes: CardRoute[];
	names: CardNames;
}

function cardRoute(r: PlannedRoute, locale: Locale): CardRoute {
	return {
		rank: r.rank,
		labels: r.labels,
		totals: r.totals,
		salaryByStop: r.salaryByStop,
		text: { versus: r.text.versus?.[locale] ?? null, variant: r.text.variant?.[locale] ?? null, setbacks: r.text.setbacks?.[locale] ?? null },
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
		variants: r.variants.map((v) => cardRoute(v, locale))
	};
}

/**
 * The planned routes as the page's data: the page shows a card per route, so it carries what
 * the cards read and nothing else (skills learned, skipped and certificates per hop, the legs'
 * stops, scores and search statistics stay in the routes API). Less to serialise, hash and
 * send per rendered page; the cards render the same.
 */
export function cardRoutes(planned: PlannedRoutes, locale: Locale): CardRoutes {
	const routes = planned.routes.map((r) => cardRoute(r, locale));
	const named = (texts: Record<string, LocalizedText>) => Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, text[locale]]));
	const skills: CardNames['skills'] = {};
	for (const r of routes.flatMap((x) => [x, ...x.variants])) {
		const shown = [...r.hops.flatMap((h) => h.untaught), ...r.explanations.flatMap((e) => [...e.reason.topShared, ...e.reason.topMissing])];
		for (const id of shown) if (planned.names.skills[id]) skills[id] = planned.names.skills[id][locale];
	}
	return {
		reason: planned.reason,
		horizonMonths: planned.horizonMonths,
		currency: planned.currency,
		routes,
		names: {
			stations: named(planned.names.stations),
			lines: Object.fromEntries(Object.entries(planned.names.lines).map(([id, l]) => [id, { label: l.label[locale], colour: l.colour }])),
			modules: Object.fromEntries(Object.entries(planned.names.modules).map(([id, m]) => [id, { label: m.label[locale], closed: m.closed }])),
			skills
		}
	};
}
