import { json } from '@sveltejs/kit';
import { exportMyData } from '$lib/server/accounts/export';
import { getApp } from '$lib/server/app';
import { requireUser } from '$lib/server/auth/guards';
import { api } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

/** Everything stored about me, as a file to keep. */
export const GET: RequestHandler = api(async (event) => {
	const user = requireUser(event);
	const { users } = await getApp();
	const data = await exportMyData(users, user.id);
	return json(data, {
		headers: {
			'content-disposition': `attachment; filename="vakmetro-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
			'cache-control': 'private, no-store'
		}
	});
});
