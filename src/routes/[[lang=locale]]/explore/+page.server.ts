import { getApp } from '$lib/server/app';
import { toApiError } from '$lib/server/http/api';
import { knownParams, mapOrBusy, pageSnapshot, parsePageQuery } from '$lib/server/http/page';
import { EXPLORE_LIST_PARAMS, ExploreUrlQuery } from '$lib/schemas/queries';
import { exploreFor, type Explored } from '$lib/server/services/explore';
import { mapUnavailable } from '$lib/server/services/map-layout';
import { exploreMap } from './explore-map';
import { highlightOf, plannerQuery } from './explore-links';
import { typedStations } from '$lib/server/services/station-names';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * "Where can I get from here?" A GET form, so every answer is a link. A signed-in worker's
 * profile skills and certificates count unless they untick them (the form then carries
 * `profile=seen` without `mine`); the start is prefilled from their latest plan on this network,
 * since the profile records no current job.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const byLabel = <T extends { label: { nl: string; en: string } }>(a: T, b: T) =>
		a.label[locals.locale].localeCompare(b.label[locals.locale], locals.locale);
	// Too big to list (ESCO, O*NET): the start is typed by name and looked up, as in the planner.
	const { listed, redirectTo, unnamed } = typedStations(url, ['from'], snap, locals.viewer);
	if (redirectTo) redirect(303, redirectTo);
	const stations = listed ? snap.content.stations.map((s) => ({ id: s.id, label: s.label })).sort(byLabel) : [];

	const app = locals.user ? await getApp() : null;
	const profile = app && locals.user ? await app.users.profile(locals.user.id) : null;
	const latestStart =
		app && locals.user
			? ((await app.users.listPlans({ ownerIds: [locals.user.id] }))
					.filter((p) => p.network === snap.meta.id)
					.map((p) => p.route.stops[0]!.station)
					.find((id) => snap.stations.has(id)) ?? null)
			: null;
	const useProfile = profile !== null && (!url.searchParams.has('profile') || url.searchParams.get('mine') === 'true');

	const asked = url.searchParams.has('from') && !unnamed;
	let explored: Explored | null = null;
	let reach = new Map<string, number>();
	let problem: { field: string; message: string; status: number } | null = null;
	let question: ExploreUrlQuery | null = null;
	if (asked) {
		try {
			const parsed = parsePageQuery(knownParams(url, ExploreUrlQuery), ExploreUrlQuery, EXPLORE_LIST_PARAMS);
			// Skills picked in the URL win over the profile's level for the same skill.
			const picked = new Set(parsed.skills.map((s) => s.skill));
			question = useProfile
				? {
						...parsed,
						skills: [...parsed.skills, ...profile!.skills.filter((s) => !picked.has(s.skill)).map((s) => ({ skill: s.skill, level: s.level }))],
						certificates: [...new Set([...parsed.certificates, ...profile!.certificates.map((c) => c.certificate)])]
					}
				: parsed;
			({ explored, reach } = exploreFor(snap, question, locals.viewer));
		} catch (e) {
			const known = toApiError(e);
			if (!known) throw e;
			problem = { field: known.field ?? '', message: known.message, status: known.status };
		}
	}
	const start = url.searchParams.get('from') ?? latestStart ?? '';
	const startStation = snap.stations.get(start);
	return {
		/** Every station to choose from, or on a network too big to list only the start (typed). */
		stations: listed ? stations : startStation ? [{ id: start, label: startStation.label }] : [],
		listed,
		network: snap.meta.id,
		unnamed,
		signedIn: locals.user !== null,
		profile: profile ? { skills: profile.skills.length, certificates: profile.certificates.length, used: useProfile } : null,
		/** The start shown in the form: the question's, else the signed-in worker's latest plan's. */
		start,
		startFromPlan: !asked && latestStart !== null,
		params: {
			months: url.searchParams.get('months') ?? String(ExploreUrlQuery.shape.months.parse(undefined)),
			hours: url.searchParams.get('hours') ?? String(ExploreUrlQuery.shape.hours.parse(undefined)),
			hoursPerWeek: url.searchParams.get('hoursPerWeek') ?? '8',
			maxTransfers: url.searchParams.get('maxTransfers') ?? '3',
			backwards: url.searchParams.get('backwards') === 'true'
		},
		explored,
		problem,
		/** Per destination, the planner's question for it (same traveller, same options). */
		plannerLinks: explored && question ? Object.fromEntries(explored.destinations.map((d) => [d.station, plannerQuery(question!, d.station, locals.user !== null)])) : {},
		map: explored ? await mapOrBusy(locals.locale, exploreMap(snap, explored, locals.locale, !mapUnavailable(snap))) : null,
		highlight: explored ? highlightOf(explored.from, reach, explored.months) : null
	};
};

