import { ModuleResponse } from '$lib/schemas/api/catalogue';
import { answer, api } from '$lib/server/http/api';
import { moduleDetail } from '$lib/server/services/catalogue-views';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api({ query: NetworkQuery.strict() }, async ({ params, locals }, q) => {
	const snap = await snapshotFor(q.network);
	return answer(ModuleResponse, { network: snap.meta.id, version: snap.version, module: moduleDetail(snap, params.id, locals.viewer) });
});
