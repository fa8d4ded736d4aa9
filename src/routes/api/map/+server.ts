import { z } from 'zod';
import { Locale } from '$lib/schemas/common';
import { ApiError, api } from '$lib/server/http/api';
import { MAX_OVERVIEW_STATIONS, mapUnavailable, mapView, showsOverview } from '$lib/server/services/map-layout';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

const MapQuery = NetworkQuery.extend({ lang: Locale.default('nl') }).strict();

/** The laid-out map of a network version: positions, line order per hop, labels, names. */
export const GET: RequestHandler = api({ query: MapQuery }, async (_, q) => {
	const snap = await snapshotFor(q.network);
	const unavailable = mapUnavailable(snap);
	// Too big or dense for the metro map but within reach of the overview: that one is
	// returned instead, marked `overview: true`.
	if (unavailable && !showsOverview(snap))
		throw new ApiError(
			422,
			'map-unavailable',
			`network '${snap.meta.id}' has more than ${MAX_OVERVIEW_STATIONS} stations on lines; even an overview map is not drawn`
		);
	return mapView(snap, q.lang);
});
