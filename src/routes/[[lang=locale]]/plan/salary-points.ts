import type { Route, RouteHop } from '$lib/engine/routing';

/** What a salary story needs of a route: a planned route, or a saved plan's (server/plans/route-views.ts). */
export interface SalaryRoute {
	readonly salaryByStop: Route['salaryByStop'];
	readonly hops: readonly Pick<RouteHop, 'from' | 'to' | 'months' | 'salaryBefore' | 'salaryAfter' | 'salaryStep' | 'payCut'>[];
}

export interface SalaryPoint {
	month: number;
	salary: number;
}

/**
 * The salary over time along a route: the salary of each stop from the month the traveller
 * arrives there, held until `horizon` so routes of different length compare on one axis.
 * Stops with an unknown salary keep the previous level.
 */
export function salaryPoints(route: SalaryRoute, horizon: number): SalaryPoint[] {
	const points: SalaryPoint[] = [];
	let month = 0;
	let last: number | null = route.salaryByStop[0]?.salary ?? null;
	if (last !== null) points.push({ month: 0, salary: last });
	route.hops.forEach((hop) => {
		month += hop.months;
		const salary = hop.salaryAfter ?? last;
		if (salary !== null) {
			if (points.length === 0) points.push({ month: 0, salary });
			points.push({ month, salary });
			last = salary;
		}
	});
	if (last !== null && points.length > 0) points.push({ month: Math.max(month, horizon), salary: last });
	return points;
}

/** What happens to pay on arriving at a stop: the start, a raise, none, a cut, or unknown. */
export type SalaryChange = 'start' | 'raise' | 'flat' | 'cut' | 'unknown';

export interface SalaryMark extends SalaryPoint {
	change: SalaryChange;
}

/**
 * A mark per stop for the chart: the month the traveller arrives and the salary held from then
 * (a stop with an unknown band keeps the previous level, marked unknown), so a hop without a
 * raise shows as such instead of vanishing into a flat line.
 */
export function salaryMarks(route: SalaryRoute): SalaryMark[] {
	const marks: SalaryMark[] = [];
	let month = 0;
	let last: number | null = route.salaryByStop[0]?.salary ?? null;
	if (last !== null) marks.push({ month: 0, salary: last, change: 'start' });
	route.hops.forEach((hop) => {
		month += hop.months;
		if (last === null) {
			last = hop.salaryAfter;
			if (last !== null) marks.push({ month, salary: last, change: 'unknown' });
			return;
		}
		const change: SalaryChange = hop.salaryStep === null ? 'unknown' : hop.salaryStep > 0 ? 'raise' : hop.salaryStep < 0 ? 'cut' : 'flat';
		last = hop.salaryAfter ?? last;
		marks.push({ month, salary: last, change });
	});
	return marks;
}
