import type { ModuleProgress, PlanModule, PlanRoute } from '$lib/schemas/plan';

export interface NextStep {
	/** Index into the route's stops. */
	stop: number;
	station: string;
	modulesToDo: PlanModule[];
	salaryBefore: number | null;
	salaryAfter: number | null;
	/** What the next stop adds per month; null when either band is unknown. */
	salaryStep: number | null;
}

export interface PlanProgress {
	modulesDone: number;
	modulesTotal: number;
	hoursDone: number;
	hoursTotal: number;
	/** By study hours, 0–100; a route without modules is complete once it exists. */
	percent: number;
	doneOn: Record<string, string>;
	/** Per stop: every module of the hop that arrives there is done. */
	stopsDone: boolean[];
	/** The first stop with modules still to do; null when every module is done. */
	next: NextStep | null;
}

export function planProgress(route: PlanRoute, progress: readonly ModuleProgress[]): PlanProgress {
	const doneOn: Record<string, string> = {};
	const inRoute = new Set(route.stops.flatMap((s) => s.modules.map((m) => m.id)));
	// Progress on a module the route no longer holds stays stored but does not count here.
	for (const p of progress) if (inRoute.has(p.module)) doneOn[p.module] = p.doneOn;
	const all = route.stops.flatMap((s) => s.modules);
	const done = all.filter((m) => doneOn[m.id] !== undefined);
	const hoursTotal = all.reduce((sum, m) => sum + m.hours, 0);
	const hoursDone = done.reduce((sum, m) => sum + m.hours, 0);
	const stopsDone = route.stops.map((s) => s.modules.every((m) => doneOn[m.id] !== undefined));
	const nextIndex = route.stops.findIndex((s, i) => i > 0 && !stopsDone[i]);
	let next: NextStep | null = null;
	if (nextIndex > 0) {
		const stop = route.stops[nextIndex]!;
		const before = route.stops[nextIndex - 1]!.salaryMedian;
		next = {
			stop: nextIndex,
			station: stop.station,
			modulesToDo: stop.modules.filter((m) => doneOn[m.id] === undefined),
			salaryBefore: before,
			salaryAfter: stop.salaryMedian,
			salaryStep: before !== null && stop.salaryMedian !== null ? stop.salaryMedian - before : null
		};
	}
	return {
		modulesDone: done.length,
		modulesTotal: all.length,
		hoursDone,
		hoursTotal,
		percent: hoursTotal === 0 ? 100 : Math.round((hoursDone / hoursTotal) * 100),
		doneOn,
		stopsDone,
		next
	};
}
