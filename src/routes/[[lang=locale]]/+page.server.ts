import { error } from '@sveltejs/kit';
import { RouteError, routeFromStops } from '$lib/components/map/route-from-stops';
import type { MapRoute } from '$lib/components/map/types';
import { translate } from '$lib/i18n';
import { Id, type Locale } from '$lib/schemas/common';
import { pageSnapshot } from '$lib/server/http/page';
import { mapUnavailable, mapView, showsOverview } from '$lib/server/services/map-layout';
import { readerCoverage } from '$lib/server/services/coverage';
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
	const unavailable = mapUnavailable(snap);
	const bigLines = () =>
		[...snap.content.lines]
			.sort((a, b) => b.stops.length - a.stops.length || a.id.localeCompare(b.id))
			.slice(0, 200)
			.map((l) => ({ id: l.id, label: l.label, colour: l.colour, stops: l.stops.length, from: snap.stations.get(l.stops[0]!.station)!.label, to: snap.stations.get(l.stops[l.stops.length - 1]!.station)!.label }));
	// An overview map has no room for names when zoomed out, so the longest lines stay listed as
	// a way in, and the table of every station (thousands of rows) is left to search.
	if (unavailable && showsOverview(snap))
		return {
			unavailable: null,
			counts: { stations: snap.content.stations.length, lines: snap.content.lines.length },
			bigLines: bigLines(),
			network: { id: snap.meta.id, label: snap.meta.label, version: snap.version, source: snap.meta.source ?? null },
			lines: snap.content.lines.map((l) => ({ id: l.id, label: l.label, colour: l.colour, stops: l.stops.map((s) => s.station) })),
			stations: [],
			map: mapView(snap, locals.locale),
			route: routeFromQuery(snap, url.searchParams.get('route'), locals.locale),
			coverage: await readerCoverage(snap, locals.user)
		};
	if (unavailable)
		return {
			network: { id: snap.meta.id, label: snap.meta.label, version: snap.version, source: snap.meta.source ?? null },
			unavailable,
			counts: { stations: snap.content.stations.length, lines: snap.content.lines.length },
			// Without a drawing, the lines are the way in; the busiest first, a readable page's worth.
			bigLines: bigLines(),
			map: null,
			route: null,
			stations: [],
			lines: [],
			coverage: null
		};
	return {
		unavailable: null,
		counts: { stations: snap.content.stations.length, lines: snap.content.lines.length },
		bigLines: [],
		network: { id: snap.meta.id, label: snap.meta.label, version: snap.version, source: snap.meta.source ?? null },
		lines: snap.content.lines.map((l) => ({ id: l.id, label: l.label, colour: l.colour, stops: l.stops.map((s) => s.station) })),
		stations: listStations(snap),
		map: mapView(snap, locals.locale),
		route: routeFromQuery(snap, url.searchParams.get('route'), locals.locale),
		// Per reader, beside the shared map data: never cached with it.
		coverage: await readerCoverage(snap, locals.user)
	};
};
