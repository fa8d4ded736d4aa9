import { ApiError, parseQuery, toApiError } from '$lib/server/http/api';
import { pageSnapshot } from '$lib/server/http/page';
import { ROUTE_LIST_PARAMS, RouteUrlQuery } from '$lib/schemas/queries';
import { planFor, type PlannedRoutes } from '$lib/server/services/routes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const byLabel = <T extends { label: { nl: string; en: string } }>(a: T, b: T) =>
		a.label[locals.locale].localeCompare(b.label[locals.locale], locals.locale);
	const choices = {
		stations: snap.content.stations.map((s) => ({ id: s.id, label: s.label })).sort(byLabel),
		lines: snap.content.lines.map((l) => ({ id: l.id, label: l.label, colour: l.colour })).sort(byLabel),
		skills: snap.content.skills.map((s) => ({ id: s.id, label: s.label, group: s.group ?? '' })).sort(byLabel)
	};
	const asked = url.searchParams.has('from') || url.searchParams.has('to');
	let planned: PlannedRoutes | null = null;
	let problem: { field: string; message: string; status: number } | null = null;
	if (asked) {
		try {
			const query = parseQuery(url, RouteUrlQuery, ROUTE_LIST_PARAMS);
			planned = planFor(snap, query, locals.viewer);
		} catch (e) {
			const known = toApiError(e);
			if (!known) throw e;
			problem = { field: known instanceof ApiError && known.field ? known.field : '', message: known.message, status: known.status };
		}
	}
	return { choices, planned, problem, params: Object.fromEntries(ROUTE_FIELDS.map((f) => [f, url.searchParams.getAll(f).flatMap((v) => v.split(','))])) };
};

const ROUTE_FIELDS = ['from', 'to', 'skills', 'via', 'avoidStations', 'avoidLines', 'hoursPerWeek', 'maxTransfers', 'backwards', 'optional', 'k'] as const;
