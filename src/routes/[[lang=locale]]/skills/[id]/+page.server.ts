import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { skillDetail } from '$lib/server/services/catalogue-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const skill = orNotFound(locals.locale, 'catalogue.skillNotFound', params.id, () => skillDetail(snap, params.id, locals.viewer));
	return { skill };
};
