import { refuseDenied } from '$lib/server/auth/guards';
import { PlanDetail, PlanPatch } from '$lib/schemas/api/plans';
import { answer, api } from '$lib/server/http/api';
import { acceptPlan, deletePlan, renamePlan, sharePlan } from '$lib/server/plans/commands';
import { parseJsonBody, planRequest } from '$lib/server/plans/request';
import { planDetail } from '$lib/server/plans/views';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	return answer(PlanDetail, await refuseDenied(event, () => planDetail(deps, account, event.params.id)));
});

/** Owner only: rename, share (or make private with null), accept a proposed plan. */
export const PATCH: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	const patch = await parseJsonBody(event.request, PlanPatch);
	const id = event.params.id;
	return refuseDenied(event, async () => {
		if (patch.status) await acceptPlan(deps, account, id);
		if (patch.organisation !== undefined) await sharePlan(deps, account, id, patch.organisation);
		if (patch.title) await renamePlan(deps, account, id, patch.title);
		return answer(PlanDetail, await planDetail(deps, account, id));
	});
});

export const DELETE: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	await refuseDenied(event, () => deletePlan(deps, account, event.params.id));
	return new Response(null, { status: 204 });
});
