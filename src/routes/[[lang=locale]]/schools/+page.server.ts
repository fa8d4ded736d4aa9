import { pageSnapshot } from '$lib/server/http/page';
import type { PageServerLoad } from './$types';

/** The schools in the network with their number of curricula; a school's own people find theirs first. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const mine = new Set(locals.memberships.filter((m) => m.role === 'school').map((m) => m.organisation));
	return {
		schools: snap.content.organisations
			.filter((o) => o.kind === 'school')
			.map((o) => ({ id: o.id, label: o.label, curricula: snap.content.curricula.filter((c) => c.school === o.id).length, mine: mine.has(o.id) }))
			.sort((a, b) => Number(b.mine) - Number(a.mine))
	};
};
