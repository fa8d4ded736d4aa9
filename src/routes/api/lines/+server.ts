import { api, parseQuery } from '$lib/server/http/api';
import { listLines } from '$lib/server/services/network-views';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ url }) => {
	const q = parseQuery(url, NetworkQuery.strict());
	const snap = await snapshotFor(q.network);
	return { network: snap.meta.id, version: snap.version, lines: listLines(snap) };
});
