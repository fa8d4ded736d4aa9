import { ReachResponse } from '$lib/schemas/api/routes';
import { answer, api } from '$lib/server/http/api';
import { EXPLORE_LIST_PARAMS, ExploreUrlQuery } from '$lib/schemas/queries';
import { exploreFor } from '$lib/server/services/explore';
import { snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

/** Where one can get from a station within a time and study budget: GET /api/reach?from=&months=&hours=. */
export const GET: RequestHandler = api({ query: ExploreUrlQuery, arrays: EXPLORE_LIST_PARAMS }, async ({ locals }, query) => {
	const snap = await snapshotFor(query.network);
	return answer(ReachResponse, { query, ...exploreFor(snap, query, locals.viewer).explored });
});
