import { pageSnapshot } from '$lib/server/http/page';
import { listStations } from '$lib/server/services/network-views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	return {
		network: { id: snap.meta.id, label: snap.meta.label, version: snap.version, source: snap.meta.source ?? null },
		lines: snap.content.lines.map((l) => ({ id: l.id, label: l.label, colour: l.colour, stops: l.stops.map((s) => s.station) })),
		stations: listStations(snap)
	};
};
