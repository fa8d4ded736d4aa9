import { refuseDenied } from '$lib/server/auth/guards';
import { PlanProgressView, ProgressRequest } from '$lib/schemas/api/plans';
import { answer, api } from '$lib/server/http/api';
import { markModule } from '$lib/server/plans/commands';
import { parseJsonBody, planRequest } from '$lib/server/plans/request';
import { planDetail } from '$lib/server/plans/views';
import type { RequestHandler } from './$types';

/** Owner only: a module done on a day, or not done with doneOn null. */
export const PUT: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	const { module, doneOn } = await parseJsonBody(event.request, ProgressRequest);
	return refuseDenied(event, async () => {
		await markModule(deps, account, event.params.id, module, doneOn);
		return answer(PlanProgressView, (await planDetail(deps, account, event.params.id)).progress);
	});
});
