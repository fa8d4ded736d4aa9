import { z } from 'zod';
import { Locale } from '$lib/schemas/common';
import { ApiError, api, parseQuery } from '$lib/server/http/api';
import { mapUnavailable, mapView } from '$lib/server/services/map-layout';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

const MapQuery = NetworkQuery.extend({ lang: Locale.default('nl') }).strict();

/** The laid-out map of a network version: positions, line order per hop, labels, names. */
export const GET: RequestHandler = api(async ({ url }) => {
	const q = parseQuery(url, MapQuery);
	const snap = await snapshotFor(q.network);
	const unavailable = mapUnavailable(snap);
	if (unavailable)
		throw new ApiError(
			422,
			'map-unavailable',
			unavailable.reason === 'too-large'
				? `network '${snap.meta.id}' has ${unavailable.count} stations on lines; a metro map is drawn up to ${unavailable.limit}`
				: `network '${snap.meta.id}' has a station with ${unavailable.count} neighbours; a metro map allows ${unavailable.limit}`
		);
	return mapView(snap, q.lang);
});
