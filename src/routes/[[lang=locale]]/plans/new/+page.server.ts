import { redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { href } from '$lib/i18n/href';
import { RecordId } from '$lib/schemas/account';
import { Id } from '$lib/schemas/common';
import { PlanTitle } from '$lib/schemas/plan';
import { ROUTE_LIST_PARAMS, RouteUrlQuery } from '$lib/schemas/queries';
import { viewerOf } from '$lib/server/auth/roles';
import { fieldFailure, parseForm } from '$lib/server/auth/form';
import { refuseDenied } from '$lib/server/auth/guards';
import { toApiError } from '$lib/server/http/api';
import { pageSnapshot, parsePageQuery } from '$lib/server/http/page';
import { savePlan } from '$lib/server/plans/commands';
import { planRouteRequest } from '$lib/server/plans/from-planner';
import { planRequest } from '$lib/server/plans/request';
import { buildPlanRoute } from '$lib/server/plans/route-builder';
import { groupOf } from '$lib/server/plans/views';
import { planFor, routeOfRank } from '$lib/server/services/routes';
import { ValidationError } from '$lib/server/store/errors';
import type { Actions, PageServerLoad } from './$types';

const SaveForm = z.object({
	title: PlanTitle,
	/** "" for myself, or "employeeId@organisation" for an employee I advise there. */
	for: z.union([z.literal(''), z.string().regex(/^[a-z0-9]+@[a-z0-9][a-z0-9._-]*$/)]),
	organisation: z.union([Id, z.literal('')])
});

/**
 * The route the planner shows at `rank` for the query in the URL, planned again here: a plan is
 * saved from what the server computes, never from a route a client hands in.
 */
async function chosenRoute(event: RequestEvent) {
	const url = new URL(event.url);
	const rank = Number(url.searchParams.get('rank') ?? '1');
	url.searchParams.delete('rank');
	// The planner page's own marker that the traveller saw their profile skills; not a route option.
	url.searchParams.delete('profile');
	if (!url.searchParams.has('from')) return null;
	const snap = await pageSnapshot(url, event.locals.locale);
	try {
		const query = parsePageQuery(url, RouteUrlQuery, ROUTE_LIST_PARAMS);
		const route = routeOfRank(planFor(snap, query, event.locals.viewer), rank);
		return route ? { snap, request: planRouteRequest(route, query.hoursPerWeek) } : null;
	} catch (e) {
		if (toApiError(e)) return null;
		throw e;
	}
}

export const load: PageServerLoad = async (event) => {
	const { account, deps } = await planRequest(event);
	const chosen = await chosenRoute(event);
	if (!chosen) return { route: null, forOptions: [], shareOptions: [] };
	const route = buildPlanRoute(chosen.snap, chosen.request, [viewerOf(account)]);
	const group = await groupOf(deps, account);
	const orgLabel = (id: string) => chosen.snap.organisations.get(id)?.label[event.locals.locale] ?? id;
	return {
		route,
		defaultTitle: translate(event.locals.locale, 'plan.defaultTitle', {
			from: route.stops[0]!.label[event.locals.locale],
			to: route.stops[route.stops.length - 1]!.label[event.locals.locale]
		}),
		forOptions: group.map((g) => ({ value: `${g.employee.id}@${g.organisation}`, label: translate(event.locals.locale, 'plan.forEmployee', { name: g.employee.name, organisation: orgLabel(g.organisation) }) })),
		shareOptions: [...new Set(account.memberships.map((m) => m.organisation))].map((id) => ({ value: id, label: orgLabel(id) }))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { account, deps } = await planRequest(event);
		const { locale } = event.locals;
		const data = await event.request.formData();
		const parsed = parseForm(data, SaveForm, locale);
		if (!parsed.ok) return parsed.failure;
		const chosen = await chosenRoute(event);
		if (!chosen) return fieldFailure(undefined, 'route', translate(locale, 'plan.routeNotFound'), {});
		const [employeeId, employeeOrg] = parsed.data.for ? parsed.data.for.split('@') : [undefined, undefined];
		if (employeeId !== undefined && !RecordId.safeParse(employeeId).success) return fieldFailure(undefined, 'for', translate(locale, 'auth.field.invalid'), {});
		try {
			const plan = await refuseDenied(event, () =>
				savePlan(
					deps,
					account,
					{
						title: parsed.data.title,
						network: chosen.snap.meta.id,
						route: chosen.request,
						employeeId,
						organisation: employeeOrg ?? (parsed.data.organisation || null)
					},
					chosen.snap.meta.id
				)
			);
			redirect(303, href(locale, `/plans/${plan.id}`));
		} catch (e) {
			if (e instanceof ValidationError) return fieldFailure(undefined, 'route', translate(locale, 'plan.routeNotFound'), {});
			throw e;
		}
	}
};
