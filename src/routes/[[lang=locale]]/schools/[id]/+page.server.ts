import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { schoolReach } from '$lib/server/services/school-reach';
import type { PageServerLoad } from './$types';

/** A school's curricula and the stations they feed; its own people (and admins) get the edit links. */
export const load: PageServerLoad = async ({ url, params, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const reach = orNotFound(locals.locale, 'editor.school.notFound', params.id, () => schoolReach(snap, params.id));
	const ownSchool = locals.memberships.some((m) => m.role === 'school' && m.organisation === params.id);
	return { ...reach, canEdit: ownSchool || !!locals.user?.admin };
};
