import { z } from 'zod';
import { Locale } from '$lib/schemas/common';
import { api, parseQuery } from '$lib/server/http/api';
import { mapView } from '$lib/server/services/map-layout';
import { NetworkQuery, snapshotFor } from '$lib/server/services/snapshot-for';
import type { RequestHandler } from './$types';

const MapQuery = NetworkQuery.extend({ lang: Locale.default('nl') }).strict();

/** The laid-out map of a network version: positions, line order per hop, labels, names. */
export const GET: RequestHandler = api(async ({ url }) => {
	const q = parseQuery(url, MapQuery);
	return mapView(await snapshotFor(q.network), q.lang);
});
