import { redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { ApiError, toApiError } from '$lib/server/http/api';
import { knownParams, pageSnapshot, parsePageQuery } from '$lib/server/http/page';
import { ROUTE_LIST_PARAMS, RouteUrlQuery } from '$lib/schemas/queries';
import { mapUnavailable, mapView } from '$lib/server/services/map-layout';
import { planFor, type PlannedRoutes } from '$lib/server/services/routes';
import { localRouteOf, mapRouteOf } from './map-route';
import { localMap } from '$lib/server/services/local-map/local-map';
import type { Snapshot } from '$lib/server/services/snapshot';
import type { Route } from '$lib/engine/routing';
import type { Locale } from '$lib/schemas/common';
import type { PageServerLoad } from './$types';

const MAX_SKILL_CHOICES = 600;

/** The reader sees a sentence in their language per field; the technical detail stays in the API. */
type ProblemKind = 'same-station' | 'unknown-station' | 'k' | 'hoursPerWeek' | 'maxTransfers' | 'other';
function problemKind(field: string, status: number): ProblemKind {
	if (status === 404) return 'unknown-station';
	if (field === 'to') return 'same-station';
	if (field === 'k' || field === 'hoursPerWeek' || field === 'maxTransfers') return field;
	return 'other';
}

export const load: PageServerLoad = async ({ url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const byLabel = <T extends { label: { nl: string; en: string } }>(a: T, b: T) =>
		a.label[locals.locale].localeCompare(b.label[locals.locale], locals.locale);
	const choices = {
		stations: snap.content.stations.map((s) => ({ id: s.id, label: s.label })).sort(byLabel),
		lines: snap.content.lines.map((l) => ({ id: l.id, label: l.label, colour: l.colour })).sort(byLabel),
		// A tick list is for a sector's few hundred skills; at taxonomy scale (ESCO: 13,900) the
		// profile (signed in) or the skills parameter carry what a traveller holds.
		skills:
			snap.content.skills.length <= MAX_SKILL_CHOICES
				? snap.content.skills.map((s) => ({ id: s.id, label: s.label, group: s.group ?? '' })).sort(byLabel)
				: []
	};
	const asked = url.searchParams.has('from') || url.searchParams.has('to');
	// A signed-in traveller plans with the skills in their profile. They go into the URL, so the
	// link stays shareable and "save as plan" plans exactly the same question again.
	if (asked && locals.user && !url.searchParams.has('skills')) {
		const profile = await (await getApp()).users.profile(locals.user.id);
		if (profile.skills.length > 0) {
			const withSkills = new URL(url);
			withSkills.searchParams.set('skills', profile.skills.map((s) => `${s.skill}:${s.level}`).join(','));
			redirect(303, withSkills.pathname + withSkills.search);
		}
	}
	// The route question: ?show=N (which route the map highlights) and whatever the web added to a
	// shared link are not part of it.
	const question = knownParams(url, RouteUrlQuery);
	let planned: PlannedRoutes | null = null;
	let problem: { field: string; message: string; status: number; kind: ProblemKind } | null = null;
	if (asked) {
		try {
			const query = parsePageQuery(question, RouteUrlQuery, ROUTE_LIST_PARAMS);
			planned = planFor(snap, query, locals.viewer);
		} catch (e) {
			const known = toApiError(e);
			if (!known) throw e;
			const field = known instanceof ApiError && known.field ? known.field : '';
			problem = { field, message: known.message, status: known.status, kind: problemKind(field, known.status) };
		}
	}
	// Which route the map highlights: ?show=N (a link per card), the first by default.
	const shown = planned?.routes.find((r) => String(r.rank) === url.searchParams.get('show')) ?? planned?.routes[0] ?? null;
	return {
		choices,
		planned,
		problem,
		signedIn: locals.user !== null,
		query: question.searchParams.toString(),
		...shownOnMap(snap, shown, locals.locale),
		params: Object.fromEntries(ROUTE_FIELDS.map((f) => [f, url.searchParams.getAll(f).flatMap((v) => v.split(','))])) };
};

/**
 * The network's own map with the route highlighted; a network too big to draw whole (ESCO,
 * O*NET) shows the route on a local map of the route and its surroundings instead.
 */
function shownOnMap(snap: Snapshot, shown: Route | null, locale: Locale) {
	if (!shown) return { map: null, shown: null };
	if (!mapUnavailable(snap)) return { map: mapView(snap, locale), shown: { rank: shown.rank, route: mapRouteOf(shown) } };
	const route = localRouteOf(shown);
	return { map: localMap(snap, { kind: 'route', route }, locale), shown: { rank: shown.rank, route } };
}

const ROUTE_FIELDS = ['from', 'to', 'skills', 'via', 'avoidStations', 'avoidLines', 'hoursPerWeek', 'maxTransfers', 'backwards', 'optional', 'k'] as const;
