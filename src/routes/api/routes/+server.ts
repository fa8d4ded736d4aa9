import { api, parseQuery } from '$lib/server/http/api';
import { ROUTE_LIST_PARAMS, RouteUrlQuery } from '$lib/schemas/queries';
import { planFor } from '$lib/server/services/routes';
import { snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ url, locals }) => {
	const query = parseQuery(url, RouteUrlQuery, ROUTE_LIST_PARAMS);
	const snap = await snapshotFor(query.network);
	const { stats, ...planned } = planFor(snap, query, locals.viewer);
	return { query, ...planned, stats };
});
