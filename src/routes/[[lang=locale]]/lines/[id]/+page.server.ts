import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { lineDetail } from '$lib/server/services/network-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const line = orNotFound(locals.locale, 'common.lineNotFound', params.id, () => lineDetail(snap, params.id));
	return { line };
};
