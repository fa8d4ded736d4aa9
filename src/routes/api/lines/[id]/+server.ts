import { LineResponse } from '$lib/schemas/api/network-views';
import { answer, api } from '$lib/server/http/api';
import { lineDetail } from '$lib/server/services/network-views';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api({ query: NetworkQuery.strict() }, async ({ params }, q) => {
	const snap = await snapshotFor(q.network);
	return answer(LineResponse, { network: snap.meta.id, version: snap.version, line: lineDetail(snap, params.id) });
});
