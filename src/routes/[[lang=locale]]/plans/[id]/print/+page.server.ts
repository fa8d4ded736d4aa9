import { refuseDenied } from '$lib/server/auth/guards';
import { pageSnapshot } from '$lib/server/http/page';
import { planRequest } from '$lib/server/plans/request';
import { planStory } from '$lib/server/plans/story';
import { planDetail } from '$lib/server/plans/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { account, deps } = await planRequest(event);
	const plan = await refuseDenied(event, () => planDetail(deps, account, event.params.id));
	const snap = await pageSnapshot(event.url, event.locals.locale);
	return { plan, ...(await planStory(deps, plan, event.locals.locale)), today: deps.today(), sharedWith: plan.organisation ? (snap.organisations.get(plan.organisation)?.label ?? null) : null };
};
