import { SearchResponse } from '$lib/schemas/api/network-views';
import { answer, api } from '$lib/server/http/api';
import { search } from '$lib/server/services/network-views';
import { SearchQuery } from '$lib/schemas/queries';
import { snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api({ query: SearchQuery }, async ({ locals }, q) => {
	const snap = await snapshotFor(q.network);
	const results = search(snap, q.q, locals.viewer, { kinds: q.kind ? [q.kind] : undefined, limit: q.limit });
	return answer(SearchResponse, { network: snap.meta.id, version: snap.version, query: q.q, results });
});
