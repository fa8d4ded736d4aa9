import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { stationDetail } from '$lib/server/services/network-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const station = orNotFound(locals.locale, 'common.stationNotFound', params.id, () => stationDetail(snap, params.id, locals.viewer));
	return { station };
};
