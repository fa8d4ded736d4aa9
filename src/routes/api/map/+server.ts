import { z } from 'zod';
import { Id, Locale } from '$lib/schemas/common';
import { ApiError, api } from '$lib/server/http/api';
import { MAX_OVERVIEW_STATIONS, mapUnavailable, mapView, showsOverview } from '$lib/server/services/map-layout';
import { GROUP_ID } from '$lib/server/services/local-map/groups';
import { localMap, MAX_LOCAL_STATIONS, RADIUS } from '$lib/server/services/local-map/local-map';
import { localRouteFromStops } from '$lib/server/services/local-map/local-route';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

/**
 * Without a focus: the whole network's map. With `around` (a station), `route` (stations in
 * travel order) or `group` (a sector such as `isco-72`): a local map of that part.
 */
const MapQuery = NetworkQuery.extend({
	lang: Locale.default('nl'),
	around: Id.optional(),
	radius: z.coerce.number().int().min(RADIUS.min).max(RADIUS.max).optional(),
	route: z.array(Id).min(2, 'needs at least two stations').max(MAX_LOCAL_STATIONS).optional(),
	group: z.string().regex(GROUP_ID, 'must be a sector such as isco-7, isco-72 or soc-51').optional()
})
	.strict()
	.superRefine((q, ctx) => {
		const foci = (['around', 'route', 'group'] as const).filter((k) => q[k] !== undefined);
		if (foci.length > 1) ctx.addIssue({ code: 'custom', path: [foci[1]!], message: `give one of around, route or group, not ${foci.join(' and ')}` });
		if (q.radius !== undefined && q.around === undefined && q.route === undefined)
			ctx.addIssue({ code: 'custom', path: ['radius'], message: 'only applies with around or route' });
	});

/** The laid-out map of a network version: positions, line order per hop, labels, names. */
export const GET: RequestHandler = api({ query: MapQuery, arrays: ['route'] }, async (_, q) => {
	const snap = await snapshotFor(q.network);
	if (q.around) return localMap(snap, { kind: 'station', station: q.around, radius: q.radius }, q.lang);
	if (q.route) return localMap(snap, { kind: 'route', route: localRouteFromStops(snap, q.route), radius: q.radius }, q.lang);
	if (q.group) return localMap(snap, { kind: 'group', group: q.group }, q.lang);
	const unavailable = mapUnavailable(snap);
	// Too big or dense for the metro map but within reach of the overview: that one is
	// returned instead, marked `overview: true`.
	if (unavailable && !showsOverview(snap))
		throw new ApiError(
			422,
			'map-unavailable',
			`network '${snap.meta.id}' has more than ${MAX_OVERVIEW_STATIONS} stations on lines; even an overview map is not drawn`
		);
	return mapView(snap, q.lang);
});
