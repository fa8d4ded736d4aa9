import { StationResponse } from '$lib/schemas/api/network-views';
import { answer, api } from '$lib/server/http/api';
import { stationDetail } from '$lib/server/services/network-views';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api({ query: NetworkQuery.strict() }, async ({ params, locals }, q) => {
	const snap = await snapshotFor(q.network);
	return answer(StationResponse, { network: snap.meta.id, version: snap.version, station: stationDetail(snap, params.id, locals.viewer) });
});
