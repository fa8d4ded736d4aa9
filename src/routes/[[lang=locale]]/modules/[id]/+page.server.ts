import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { moduleDetail } from '$lib/server/services/catalogue-views';
import type { PageServerLoad } from './$types';

/** A closed module is a 404 to anyone outside its organisation, the same page as a module that never was. */
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const module = orNotFound(locals.locale, 'catalogue.moduleNotFound', params.id, () => moduleDetail(snap, params.id, locals.viewer));
	return { module };
};
