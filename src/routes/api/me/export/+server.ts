import { json } from '@sveltejs/kit';
import { exportMyData } from '$lib/server/accounts/export';
import { getApp } from '$lib/server/app';
import { requireUser } from '$lib/server/auth/guards';
import { MyDataExport } from '$lib/schemas/api/plans';
import { ApiError, answer, api } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

/** Everything stored about me, as a file to keep. */
export const GET: RequestHandler = api(async (event) => {
	const user = requireUser(event);
	const { users } = await getApp();
	const data = await exportMyData(users, user.id);
	if (!data) throw new ApiError(404, 'not-found', 'the account no longer exists');
	return json(answer(MyDataExport, data), {
		headers: {
			'content-disposition': `attachment; filename="vakmetro-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
			'cache-control': 'private, no-store'
		}
	});
});
