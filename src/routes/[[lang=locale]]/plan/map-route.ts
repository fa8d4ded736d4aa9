import type { Route } from '$lib/engine/routing';
import type { MapRoute } from '$lib/components/map/types';

/** What the map needs to highlight a planned route: its rides per line and where it changes. */
export function mapRouteOf(route: Route): MapRoute {
	return {
		stations: [...route.stations],
		legs: route.legs.map((leg) => ({ line: leg.line, stations: [...leg.stops] })),
		transfers: route.transfers.filter((t) => t.fromLine !== null && t.toLine !== null).map((t) => t.at)
	};
}
