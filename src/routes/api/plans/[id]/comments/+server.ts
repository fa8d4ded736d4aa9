import { json } from '@sveltejs/kit';
import { refuseDenied } from '$lib/server/auth/guards';
import { CommentRequest, CommentResponse } from '$lib/schemas/api/plans';
import { answer, api } from '$lib/server/http/api';
import { commentOnPlan } from '$lib/server/plans/commands';
import { parseJsonBody, planRequest } from '$lib/server/plans/request';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	const { body } = await parseJsonBody(event.request, CommentRequest);
	const comment = await refuseDenied(event, () => commentOnPlan(deps, account, event.params.id, body));
	return json(answer(CommentResponse, { comment }), { status: 201 });
});
