import { mapOrBusy, orNotFound, pageSnapshot } from '$lib/server/http/page';
import { localMap } from '$lib/server/services/local-map/local-map';
import { stationDetail } from '$lib/server/services/network-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const station = orNotFound(locals.locale, 'common.stationNotFound', params.id, () => stationDetail(snap, params.id, locals.viewer));
	// The lines through the station and the next stops, as a metro map of their own.
	const map = await mapOrBusy(locals.locale, localMap(snap, { kind: 'station', station: params.id }, locals.locale));
	return { station, map: map.stations.length > 1 ? map : null };
};
