import { MapResponse } from '$lib/schemas/api/map';
import { ApiError, answer, api } from '$lib/server/http/api';
import { MAX_OVERVIEW_STATIONS, mapUnavailable, mapView, showsOverview } from '$lib/server/services/map-layout';
import { localMap } from '$lib/server/services/local-map/local-map';
import { MapQuery } from '$lib/server/services/local-map/map-query';
import { localRouteFromStops } from '$lib/server/services/local-map/local-route';
import { snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

/** The laid-out map of a network version: positions, line order per hop, labels, names. */
export const GET: RequestHandler = api({ query: MapQuery, arrays: ['route'] }, async (_, q) => {
	const snap = await snapshotFor(q.network);
	if (q.around) return answer(MapResponse, await localMap(snap, { kind: 'station', station: q.around, radius: q.radius }, q.lang));
	if (q.route) return answer(MapResponse, await localMap(snap, { kind: 'route', route: localRouteFromStops(snap, q.route), radius: q.radius }, q.lang));
	if (q.group) return answer(MapResponse, await localMap(snap, { kind: 'group', group: q.group }, q.lang));
	const unavailable = mapUnavailable(snap);
	// Too big or dense for the metro map but within reach of the overview: that one is
	// returned instead, marked `overview: true`.
	if (unavailable && !showsOverview(snap))
		throw new ApiError(
			422,
			'map-unavailable',
			`network '${snap.meta.id}' has more than ${MAX_OVERVIEW_STATIONS} stations on lines; even an overview map is not drawn`
		);
	return answer(MapResponse, await mapView(snap, q.lang));
});
