import { pageSnapshot } from '$lib/server/http/page';
import { planRequest } from '$lib/server/plans/request';
import { plansOf } from '$lib/server/plans/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { account, deps } = await planRequest(event);
	const snap = await pageSnapshot(event.url, event.locals.locale);
	const { mine, advised } = await plansOf(deps, account);
	const organisations = Object.fromEntries([...mine, ...advised].flatMap((p) => (p.organisation ? [[p.organisation, snap.organisations.get(p.organisation)?.label ?? null]] : [])));
	return { mine, advised, organisations, advisor: account.memberships.some((m) => m.role === 'advisor') };
};
