import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { CommentBody } from '$lib/schemas/plan';
import { refuseDenied } from '$lib/server/auth/guards';
import { api } from '$lib/server/http/api';
import { commentOnPlan } from '$lib/server/plans/commands';
import { parseJsonBody, planRequest } from '$lib/server/plans/request';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async (event) => {
	const { account, deps } = await planRequest(event);
	const { body } = await parseJsonBody(event.request, z.object({ body: CommentBody }).strict());
	const comment = await refuseDenied(event, () => commentOnPlan(deps, account, event.params.id, body));
	return json({ comment }, { status: 201 });
});
