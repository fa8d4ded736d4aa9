import type { Route, RouteHop } from '$lib/engine/routing';

/** What a route does to pay, told from start to end. */
export interface SalaryStory {
	/** Monthly median at the start and at the destination; null where the band is unknown. */
	start: number | null;
	end: number | null;
	/** end − start, and that as a share of start (0.41 = +41 %); null when either end is unknown. */
	change: number | null;
	ratio: number | null;
	months: number;
	/** Hops between two known salaries that pay the same: work and study without a raise. */
	flatHops: { from: string; to: string }[];
}

export function salaryStory(route: Pick<Route, 'salaryByStop' | 'totals'> & { readonly hops: readonly Pick<RouteHop, 'from' | 'to' | 'salaryStep'>[] }): SalaryStory {
	const start = route.salaryByStop[0]?.salary ?? null;
	const end = route.salaryByStop[route.salaryByStop.length - 1]?.salary ?? null;
	const change = start !== null && end !== null ? end - start : null;
	return {
		start,
		end,
		change,
		ratio: change !== null && start !== null && start > 0 ? change / start : null,
		months: route.totals.months,
		flatHops: route.hops.filter((h) => h.salaryStep === 0).map((h) => ({ from: h.from, to: h.to }))
	};
}
