import { error } from '@sveltejs/kit';
import { RouteError, routeFromStops } from '$lib/components/map/route-from-stops';
import type { MapRoute } from '$lib/components/map/types';
import { translate } from '$lib/i18n';
import { Id, type Locale } from '$lib/schemas/common';
import { pageSnapshot } from '$lib/server/http/page';
import { mapView } from '$lib/server/services/map-layout';
import { listStations } from '$lib/server/services/network-views';
import type { Snapshot } from '$lib/server/services/snapshot';
import type { PageServerLoad } from './$types';

/**
 * `?route=a,b,c` shows a ride through those stations on the map (a shareable, printable
 * route without the planner); a sequence that is not a ride is refused with the reason.
 */
function routeFromQuery(snap: Snapshot, raw: string | null, locale: Locale): MapRoute | null {
	if (raw === null) return null;
	const stops = raw.split(',').filter((s) => s !== '');
	const invalid = stops.find((s) => !Id.safeParse(s).success);
	if (invalid !== undefined) error(400, translate(locale, 'map.routeUnknownStation', { station: invalid }));
	try {
		return routeFromStops(
			snap.content.lines.map((l) => ({ id: l.id, stations: l.stops.map((s) => s.station) })),
			stops
		);
	} catch (e) {
		if (!(e instanceof RouteError)) throw e;
		const p = e.problem;
		error(
			400,
			p.reason === 'too-short'
				? translate(locale, 'map.routeTooShort')
				: p.reason === 'unknown-station'
					? translate(locale, 'map.routeUnknownStation', { station: p.station })
					: translate(locale, 'map.routeNotAdjacent', { from: p.from, to: p.to })
		);
	}
}

export const load: PageServerLoad = async ({ url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	return {
		network: { id: snap.meta.id, label: snap.meta.label, version: snap.version, source: snap.meta.source ?? null },
		lines: snap.content.lines.map((l) => ({ id: l.id, label: l.label, colour: l.colour, stops: l.stops.map((s) => s.station) })),
		stations: listStations(snap),
		map: mapView(snap, locals.locale),
		route: routeFromQuery(snap, url.searchParams.get('route'), locals.locale)
	};
};
