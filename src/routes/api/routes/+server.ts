import { RoutesResponse } from '$lib/schemas/api/routes';
import { answer, api } from '$lib/server/http/api';
import { ROUTE_LIST_PARAMS, RouteUrlQuery } from '$lib/schemas/queries';
import { planFor } from '$lib/server/services/routes';
import { snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api({ query: RouteUrlQuery, arrays: ROUTE_LIST_PARAMS }, async ({ locals }, query) => {
	const snap = await snapshotFor(query.network);
	const { stats, ...planned } = planFor(snap, query, locals.viewer);
	return answer(RoutesResponse, { query, ...planned, stats });
});
