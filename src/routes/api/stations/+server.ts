import { StationListResponse } from '$lib/schemas/api/network-views';
import { answer, api } from '$lib/server/http/api';
import { listStations } from '$lib/server/services/network-views';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api({ query: NetworkQuery.strict() }, async (_, q) => {
	const snap = await snapshotFor(q.network);
	return answer(StationListResponse, { network: snap.meta.id, version: snap.version, stations: listStations(snap) });
});
