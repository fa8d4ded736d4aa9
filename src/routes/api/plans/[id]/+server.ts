import { z } from 'zod';
import { Id } from '$lib/schemas/common';
import { PlanTitle } from '$lib/schemas/plan';
import { refuseDenied } from '$lib/server/auth/guards';
import { api } from '$lib/server/http/api';
import { acceptPlan, deletePlan, renamePlan, sharePlan } from '$lib/server/plans/commands';
import { parseJsonBody, planRequest } from '$lib/server/plans/request';
import { planDetail } from '$lib/server/plans/views';
import type { RequestHandler } from './$types';

const PlanPatch = z
	.object({ title: PlanTitle.optional(), organisation: Id.nullable().optional(), status: z.literal('accepted').optional() })
	.strict()
	.refine((p) => Object.keys(p).length > 0, { message: 'name at least one of title, organisation, status' });

export const GET: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	return refuseDenied(event, () => planDetail(deps, account, event.params.id));
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
		return planDetail(deps, account, id);
	});
});

export const DELETE: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	await refuseDenied(event, () => deletePlan(deps, account, event.params.id));
	return new Response(null, { status: 204 });
});
