import type { MapRoute } from './types';

/** The route as a traveller reads it: where to start, what to ride, where to change, where it ends. */
export type RouteStep =
	| { kind: 'start'; station: string }
	| { kind: 'ride'; line: string; from: string; to: string; stops: number }
	| { kind: 'change'; station: string; line: string }
	| { kind: 'arrive'; station: string };

export function routeSteps(route: MapRoute): RouteStep[] {
	if (route.legs.length === 0) return [];
	const steps: RouteStep[] = [{ kind: 'start', station: route.legs[0]!.stations[0]! }];
	route.legs.forEach((leg, i) => {
		const from = leg.stations[0]!;
		if (i > 0) steps.push({ kind: 'change', station: from, line: leg.line });
		steps.push({ kind: 'ride', line: leg.line, from, to: leg.stations[leg.stations.length - 1]!, stops: leg.stations.length - 1 });
	});
	const last = route.legs[route.legs.length - 1]!;
	steps.push({ kind: 'arrive', station: last.stations[last.stations.length - 1]! });
	return steps;
}
