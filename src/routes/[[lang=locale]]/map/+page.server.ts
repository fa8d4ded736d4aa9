import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { Id } from '$lib/schemas/common';
import { ApiError } from '$lib/server/http/api';
import { mapOrBusy, pageSnapshot, parsePageQuery } from '$lib/server/http/page';
import { groupOverview } from '$lib/server/services/local-map/group-overview';
import { GROUP_ID, majorGroupOf } from '$lib/server/services/local-map/groups';
import { localMap, MAX_LOCAL_STATIONS, RADIUS, stationGroups, type LocalFocus } from '$lib/server/services/local-map/local-map';
import { localRouteFromStops } from '$lib/server/services/local-map/local-route';
import { NotFoundError } from '$lib/server/store/errors';
import type { PageServerLoad } from './$types';

/** The same question as GET /api/map with a focus; a page ignores parameters it does not know. */
const LocalMapPageQuery = z.object({
	network: Id.optional(),
	around: Id.optional(),
	radius: z.coerce.number().int().min(RADIUS.min).max(RADIUS.max).optional(),
	route: z.array(Id).min(2).max(MAX_LOCAL_STATIONS).optional(),
	group: z.string().regex(GROUP_ID).optional()
});

/**
 * A local metro map: around a station (`?around=`), along a route (`?route=a,b,c`) or of a
 * sector (`?group=isco-72`); without one, the network's sectors, each a way into its map.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	let q: z.infer<typeof LocalMapPageQuery>;
	try {
		q = parsePageQuery(url, LocalMapPageQuery, ['route']);
	} catch (e) {
		if (e instanceof ApiError) error(400, e.message);
		throw e;
	}
	const overview = groupOverview(snap);
	const network = { id: snap.meta.id, label: snap.meta.label };
	try {
		const focus: LocalFocus | null = q.around
			? { kind: 'station', station: q.around, radius: q.radius }
			: q.route
				? { kind: 'route', route: localRouteFromStops(snap, q.route), radius: q.radius }
				: q.group
					? { kind: 'group', group: q.group }
					: null;
		if (!focus) return { network, overview, map: null, groups: [], subGroups: [] };
		const map = await mapOrBusy(locals.locale, localMap(snap, focus, locals.locale));
		const major = q.group ? overview.find((g) => g.id === majorGroupOf(q.group!)) : undefined;
		return {
			network,
			overview: [],
			map,
			// The sectors the station is in, or the finer groups of a major one: the ways on.
			groups: q.around ? stationGroups(snap, q.around) : [],
			subGroups: q.group && major && major.id === q.group ? major.groups : []
		};
	} catch (e) {
		if (e instanceof NotFoundError) error(404, translate(locals.locale, 'localmap.notFound', { id: q.around ?? q.group ?? q.route?.join(',') ?? '' }));
		if (e instanceof ApiError) error(e.status, e.message);
		throw e;
	}
};
