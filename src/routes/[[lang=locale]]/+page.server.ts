import { error } from '@sveltejs/kit';
import { RouteError, routeFromStops } from '$lib/components/map/route-from-stops';
import type { MapRoute } from '$lib/components/map/types';
import { translate } from '$lib/i18n';
import { Id, type Locale } from '$lib/schemas/common';
import { mapOrBusy, pageSnapshot } from '$lib/server/http/page';
import { mapFragment } from '$lib/server/render/map-fragment';
import { placePrerendered } from '$lib/server/render/prerendered';
import { stationRows, stationsTableFragment } from '$lib/server/render/stations-table-fragment';
import { mapUnavailable, mapView, showsOverview } from '$lib/server/services/map-layout';
import { groupOverview } from '$lib/server/services/local-map/group-overview';
import { readerCoverage } from '$lib/server/services/coverage';
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

/**
 * The map and the table of stations are the same for every reader of a network version, so a
 * server-rendered page gets them as shared fragments rendered once (no data to hydrate); after
 * a client-side navigation (a data request) the table comes as rows and the map fetches its data.
 */
export const load: PageServerLoad = async ({ url, locals, isDataRequest }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const locale = locals.locale;
	const unavailable = mapUnavailable(snap);
	const network = { id: snap.meta.id, label: snap.meta.label, version: snap.version, source: snap.meta.source ?? null };
	const counts = { stations: snap.content.stations.length, lines: snap.content.lines.length };
	const bigLines = () =>
		[...snap.content.lines]
			.sort((a, b) => b.stops.length - a.stops.length || a.id.localeCompare(b.id))
			.slice(0, 200)
			.map((l) => ({ id: l.id, label: l.label, colour: l.colour, stops: l.stops.length, from: snap.stations.get(l.stops[0]!.station)!.label, to: snap.stations.get(l.stops[l.stops.length - 1]!.station)!.label }));
	const overview = unavailable !== null && showsOverview(snap);
	// Too large even for the overview: no drawing; the lines are the way in, the busiest first.
	if (unavailable && !overview) return { network, unavailable, counts, bigLines: bigLines(), map: null, route: null, routeNames: null, stations: null, stationsTable: null, sectors: null, coverage: null };
	const route = routeFromQuery(snap, url.searchParams.get('route'), locale);
	const title = translate(locale, 'home.mapTitle', { network: snap.meta.label[locale] });
	const view = await mapOrBusy(locale, mapView(snap, locale));
	const map = {
		source: { network: snap.meta.id, version: snap.version },
		title,
		overview,
		prerendered: isDataRequest ? null : placePrerendered('map', await mapOrBusy(locale, mapFragment(snap, locale, title, route)))
	};
	// The steps of a route name only its own stations and lines.
	const routeNames = route && {
		stations: view.stations.filter((s) => route.stations.includes(s.id)),
		lines: view.lines.filter((l) => route.legs.some((leg) => leg.line === l.id))
	};
	// An overview map has no room for names when zoomed out, so the longest lines stay listed as
	// a way in, and the table of every station (thousands of rows) is left to search.
	if (overview) return { network, unavailable: null, counts, bigLines: bigLines(), map, route, routeNames, stations: null, stationsTable: null, sectors: groupOverview(snap), coverage: await readerCoverage(snap, locals.user) };
	return {
		network,
		unavailable: null,
		counts,
		bigLines: [],
		map,
		route,
		routeNames,
		stations: isDataRequest ? stationRows(snap) : null,
		stationsTable: isDataRequest ? null : placePrerendered('stations', stationsTableFragment(snap, locale)),
		sectors: null,
		// Per reader, beside the shared map data: never cached with it.
		coverage: await readerCoverage(snap, locals.user)
	};
};
