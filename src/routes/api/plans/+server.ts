import { json } from '@sveltejs/kit';
import { SavePlanRequest } from '$lib/schemas/plan';
import { DEFAULT_NETWORK } from '$lib/server/app';
import { refuseDenied } from '$lib/server/auth/guards';
import { PlanListResponse, SavedPlanResponse } from '$lib/schemas/api/plans';
import { answer, api } from '$lib/server/http/api';
import { savePlan } from '$lib/server/plans/commands';
import { parseJsonBody, planRequest } from '$lib/server/plans/request';
import { plansOf } from '$lib/server/plans/views';
import type { RequestHandler } from './$types';

/** My plans and the plans shared with me as an advisor. */
export const GET: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	return answer(PlanListResponse, await plansOf(deps, account));
});

/** Saves a route (ids only; the server looks everything up) as a plan for me or for an employee I advise. */
export const POST: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	const body = await parseJsonBody(event.request, SavePlanRequest);
	const plan = await refuseDenied(event, () => savePlan(deps, account, body, DEFAULT_NETWORK));
	return json(answer(SavedPlanResponse, { plan }), { status: 201 });
});
