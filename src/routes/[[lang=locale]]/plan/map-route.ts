import type { Route } from '$lib/engine/routing';
import { bridgeLineId } from '$lib/components/map/bridge-line';
import type { MapRoute } from '$lib/components/map/types';

/** What the map needs to highlight a planned route: its rides per line and where it changes. */
export function mapRouteOf(route: Route): MapRoute {
	return {
		stations: [...route.stations],
		legs: route.legs.map((leg) => ({ line: leg.line, stations: [...leg.stops] })),
		transfers: route.transfers.filter((t) => t.fromLine !== null && t.toLine !== null).map((t) => t.at)
	};
}

/**
 * The route as a local map draws it: every stretch, bridge walks included (as legs on the
 * bridge's own line, see bridge-line.ts), and a transfer wherever one leg hands over to the next.
 */
export function localRouteOf(route: Route): MapRoute {
	const stops = route.stations;
	const legs: MapRoute['legs'] = [];
	const walk = (from: number, to: number) => {
		for (let k = from; k < to; k++) legs.push({ line: bridgeLineId(stops[k]!, stops[k + 1]!), stations: [stops[k]!, stops[k + 1]!] });
	};
	let at = 0;
	for (const leg of route.legs) {
		const start = stops.indexOf(leg.from, at);
		walk(at, start);
		legs.push({ line: leg.line, stations: [...leg.stops] });
		at = start + leg.stops.length - 1;
	}
	walk(at, stops.length - 1);
	return { stations: [...stops], legs, transfers: legs.slice(1).map((l) => l.stations[0]!) };
}
