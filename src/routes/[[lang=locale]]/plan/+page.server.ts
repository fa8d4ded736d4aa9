import { redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { ApiError, toApiError } from '$lib/server/http/api';
import { knownParams, mapOrBusy, pageSnapshot, parsePageQuery } from '$lib/server/http/page';
import { ROUTE_LIST_PARAMS, RouteUrlQuery } from '$lib/schemas/queries';
import { translate } from '$lib/i18n';
import { mapFragment } from '$lib/server/render/map-fragment';
import { placePrerendered } from '$lib/server/render/prerendered';
import { skillTicksFragment } from '$lib/server/render/skill-ticks-fragment';
import { heldSkills } from '$lib/components/planner/held-skills';
import { localMap } from '$lib/server/services/local-map/local-map';
import { mapUnavailable } from '$lib/server/services/map-layout';
import { planFor, routeOfRank, type PlannedRoutes } from '$lib/server/services/routes';
import { cardRoutes } from './card-routes';
import { localRouteOf, mapRouteOf } from './map-route';
import type { Route } from '$lib/engine/routing';
import type { Locale, LocalizedText } from '$lib/schemas/common';
import type { Snapshot } from '$lib/server/services/snapshot';
import { skillsUsedOnRoute } from '$lib/skill-coverage';
import { listsStations, typedStations } from '$lib/server/services/station-names';
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

export const load: PageServerLoad = async ({ url, locals, isDataRequest }) => {
	const { locale } = locals;
	const snap = await pageSnapshot(url, locale);
	const choices = plannerChoices(snap, locals.locale);
	// On a network too big to list, stations are typed by name: a name that means one station
	// becomes its id (so the link says exactly what was asked); one that does not is said beside its field.
	const { listed, redirectTo, unnamed } = typedStations(url, TYPED_FIELDS, snap, locals.viewer);
	if (redirectTo) redirect(303, redirectTo);
	// A question has both ends; a link with one ("plan from here" on a station page) fills in the form.
	const asked = url.searchParams.has('from') && url.searchParams.has('to');
	// A signed-in traveller plans with the skills in their profile. An empty skills field means
	// "none chosen", so the profile's skills go into the URL — the link stays shareable and "save
	// as plan" plans exactly the same question again — with profile=used, the page's marker that
	// the traveller has seen them: from then on unticking every one of them leaves them out.
	const profileSkills = locals.user ? (await (await getApp()).users.profile(locals.user.id)).skills : [];
	const chosen = url.searchParams.getAll('skills').flatMap((v) => v.split(',')).filter((v) => v.trim() !== '');
	if (asked && profileSkills.length > 0 && chosen.length === 0 && !url.searchParams.has('profile')) {
		const withSkills = new URL(url);
		withSkills.searchParams.set('skills', profileSkills.map((s) => `${s.skill}:${s.level}`).join(','));
		withSkills.searchParams.set('profile', 'used');
		redirect(303, withSkills.pathname + withSkills.search);
	}
	// The route question: ?show=N (which route the map highlights), ?profile (the marker that the
	// profile was seen) and whatever the web added to a shared link are not part of it.
	const question = knownParams(url, RouteUrlQuery);
	let planned: PlannedRoutes | null = null;
	let skillsUsed: Record<number, string[]> = {};
	let problem: { field: string; message: string; status: number; kind: ProblemKind } | null = null;
	if (asked && !unnamed) {
		try {
			const query = parsePageQuery(question, RouteUrlQuery, ROUTE_LIST_PARAMS);
			planned = planFor(snap, query, locals.viewer);
			skillsUsed = skillsUsedByRank(snap, planned, query);
		} catch (e) {
			const known = toApiError(e);
			if (!known) throw e;
			const field = known instanceof ApiError && known.field ? known.field : '';
			problem = { field, message: known.message, status: known.status, kind: problemKind(field, known.status) };
		}
	}
	// Which route the map highlights: ?show=N (a link per card), the first by default.
	const shown = (planned && routeOfRank(planned, Number(url.searchParams.get('show')))) ?? planned?.routes[0] ?? null;
	const heldIds = new Set(chosen.map((v) => v.split(':')[0]!));
	// "Show on the map" links: the question and the profile marker, never what the web added.
	const links = new URL(question);
	const profileMarker = url.searchParams.get('profile');
	if (profileMarker !== null) links.searchParams.set('profile', profileMarker);
	const params = Object.fromEntries(ROUTE_FIELDS.map((f) => [f, url.searchParams.getAll(f).flatMap((v) => v.split(','))]));
	// The tick list of skills is the same for everyone asking with the same skills: a shared
	// fragment in the HTML, the groups as data only for a live render (a client-side navigation,
	// or a reader whose profile skills it leaves out).
	const skillTicks =
		!isDataRequest && profileSkills.length === 0 && choices.skillGroups.length > 0
			? placePrerendered('skills', skillTicksFragment(snap, locale, choices.skillGroups, heldSkills(params.skills!)))
			: null;
	return {
		choices: listed ? { listed: true, stations: choices.stations, lines: choices.lines } : { listed: false, ...namedChoices(snap, params, planned) },
		network: snap.meta.id,
		unnamed,
		skillGroups: skillTicks ? null : choices.skillGroups,
		skillTicks,
		planned: planned && cardRoutes(planned, locale),
		problem,
		signedIn: locals.user !== null,
		/** Signed out, "save as plan" becomes "sign in to save", coming back to this very question (sign-in checks it with safeNext). */
		signInNext: locals.user ? null : url.pathname + url.search,
		/** The question for "save as plan"; `links` also keeps the profile marker for "show on the map". */
		query: question.searchParams.toString(),
		links: links.searchParams.toString(),
		profileSkills: profileSkills.map((s) => ({ id: s.skill, level: s.level, label: snap.skills.get(s.skill)?.label ?? { nl: s.skill, en: s.skill } })),
		/** Per route rank, the traveller's skills the route puts to use, with their names. */
		skillsUsed: Object.fromEntries(
			Object.entries(skillsUsed).map(([rank, ids]) => [rank, ids.map((id) => ({ id, label: snap.skills.get(id)?.label ?? { nl: id, en: id } }))] as const)
		) as Record<number, { id: string; label: LocalizedText }[]>,
		/** Profile skills that count for this question (asked, and not unticked). */
		profileUsed: asked ? profileSkills.filter((s) => heldIds.has(s.skill)).map((s) => s.skill) : [],
		...(await shownOnMap(snap, shown, locals.locale, isDataRequest)),
		params
	};
};

/** The fields where a station is typed by name on a network too big to list. */
const TYPED_FIELDS = ['from', 'to', 'via'] as const;

/**
 * The form's choices: the same for every reader of a network version in one language, so built
 * once. Lists of every station and line only for a network small enough to list (`listsStations`).
 */
function plannerChoices(snap: Snapshot, locale: Locale) {
	const byLabel = <T extends { label: { nl: string; en: string } }>(a: T, b: T) => a.label[locale].localeCompare(b.label[locale], locale);
	const listed = listsStations(snap);
	return snap.derive(`planner-choices:${locale}`, (s) => ({
		stations: listed ? s.content.stations.map((st) => ({ id: st.id, label: st.label })).sort(byLabel) : [],
		lines: listed ? s.content.lines.map((l) => ({ id: l.id, label: l.label, colour: l.colour })).sort(byLabel) : [],
		// A tick list is for a sector's few hundred skills; at taxonomy scale (ESCO: 13,900) the
		// profile (signed in) or the skills parameter carry what a traveller holds.
		skillGroups: s.content.skills.length <= MAX_SKILL_CHOICES ? skillGroups(s, locale) : []
	}));
}

/**
 * On a network too big to list: the stations the question names (so the typed fields show their
 * names) and those on the routes found, with the lines the routes ride or the question avoids,
 * so the reader can leave any of them out and ask again.
 */
function namedChoices(snap: Snapshot, params: Record<string, string[]>, planned: PlannedRoutes | null) {
	const routes = planned ? planned.routes.flatMap((r) => [r, ...r.variants]) : [];
	const stationIds = new Set([
		...['from', 'to', 'via', 'avoidStations'].flatMap((f) => params[f] ?? []),
		...routes.flatMap((r) => r.hops.flatMap((h) => [h.from, h.to]))
	]);
	const lineIds = new Set([...(params.avoidLines ?? []), ...routes.flatMap((r) => r.hops.map((h) => h.line).filter((l): l is string => l !== null))]);
	return {
		stations: [...stationIds].flatMap((id) => {
			const st = snap.stations.get(id);
			return st ? [{ id, label: st.label }] : [];
		}),
		lines: [...lineIds].flatMap((id) => {
			const line = snap.lines.get(id);
			return line ? [{ id, label: line.label, colour: line.colour }] : [];
		})
	};
}

/**
 * The tick list of skills, grouped and sorted, named in the reader's language only (the page
 * shows one language; the station pickers keep both, their filter matches either).
 */
function skillGroups(snap: Snapshot, locale: Locale): { group: string; skills: { id: string; label: string }[] }[] {
	const groups = new Map<string, { id: string; label: string }[]>();
	const sorted = [...snap.content.skills].sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale));
	for (const skill of sorted) {
		const group = skill.group ?? '';
		const members = groups.get(group) ?? [];
		members.push({ id: skill.id, label: skill.label[locale] });
		groups.set(group, members);
	}
	return [...groups.keys()].sort().map((group) => ({ group, skills: groups.get(group)! }));
}

/**
 * The network's own map with the route highlighted: drawn once per route and shared (it shows the
 * network, never the traveller's modules; the route cards, which do, are rendered per request). A
 * network too big to draw whole (ESCO, O*NET) shows the route on a local map of its surroundings.
 */
async function shownOnMap(snap: Snapshot, shown: Route | null, locale: Locale, isDataRequest: boolean) {
	if (!shown) return { map: null, localMap: null, shown: null };
	if (mapUnavailable(snap)) {
		const route = localRouteOf(shown);
		return { map: null, localMap: await mapOrBusy(locale, localMap(snap, { kind: 'route', route }, locale)), shown: { rank: shown.rank, route } };
	}
	const route = mapRouteOf(shown);
	const title = translate(locale, 'planner.mapTitle', { rank: shown.rank });
	const map = {
		source: { network: snap.meta.id, version: snap.version },
		title,
		prerendered: isDataRequest ? null : placePrerendered('map', await mapOrBusy(locale, mapFragment(snap, locale, title, route)))
	};
	return { map, localMap: null, shown: { rank: shown.rank, route } };
}

/** Which of the skills the question holds each route (and variant) uses, by rank. */
function skillsUsedByRank(snap: Snapshot, planned: PlannedRoutes, query: RouteUrlQuery): Record<number, string[]> {
	const held = new Map<string, number>();
	for (const h of query.skills) held.set(h.skill, Math.max(held.get(h.skill) ?? 0, h.level));
	const requiresOf = (id: string) => snap.stations.get(id)?.requires ?? [];
	const out: Record<number, string[]> = {};
	for (const r of planned.routes.flatMap((x) => [x, ...x.variants]))
		out[r.rank] = skillsUsedOnRoute(r.hops.map((h) => h.to), requiresOf, held, query.optional);
	return out;
}

const ROUTE_FIELDS = ['from', 'to', 'skills', 'via', 'avoidStations', 'avoidLines', 'hoursPerWeek', 'maxTransfers', 'backwards', 'optional', 'k'] as const;
