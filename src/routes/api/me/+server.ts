import { getApp } from '$lib/server/app';
import { requireAccount } from '$lib/server/auth/guards';
import { MeResponse } from '$lib/schemas/api/plans';
import { answer, api } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

/** Who I am: the account, memberships and the profile routes use. */
export const GET: RequestHandler = api(async (event) => {
	const { user, memberships } = requireAccount(event);
	const { users } = await getApp();
	return answer(MeResponse, { user, memberships, profile: await users.profile(user.id) });
});
