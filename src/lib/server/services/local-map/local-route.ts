import { RouteError, routeFromStops } from '$lib/components/map/route-from-stops';
import type { MapRoute } from '$lib/components/map/types';
import { ApiError } from '../../http/api';
import { NotFoundError } from '../../store/errors';
import { networkBridges } from '../routes';
import type { Snapshot } from '../snapshot';

/**
 * A route given as stations in travel order (`?route=a,b,c`), as rides on lines and bridge walks.
 * A station the network does not have is a NotFoundError; a sequence that is no ride is a 400
 * on `route` saying which hop.
 */
export function localRouteFromStops(snap: Snapshot, stops: readonly string[]): MapRoute {
	const unknown = stops.find((s) => !snap.stations.has(s));
	if (unknown !== undefined) throw new NotFoundError(`station '${unknown}' does not exist in network '${snap.meta.id}'`);
	const asked = new Set(stops);
	const bridges = networkBridges(snap).filter((b) => asked.has(b.from) && asked.has(b.to));
	try {
		return routeFromStops(
			snap.content.lines.map((l) => ({ id: l.id, stations: l.stops.map((s) => s.station) })),
			stops,
			bridges
		);
	} catch (e) {
		if (e instanceof RouteError) throw new ApiError(400, 'bad-request', e.message, 'route');
		throw e;
	}
}
