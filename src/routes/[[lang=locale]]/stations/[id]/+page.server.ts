import { mapOrBusy, orNotFound, pageSnapshot } from '$lib/server/http/page';
import { localMap } from '$lib/server/services/local-map/local-map';
import { heldSkills } from '$lib/server/services/coverage';
import { stationDetail } from '$lib/server/services/network-views';
import { skillCoverage } from '$lib/skill-coverage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const station = orNotFound(locals.locale, 'common.stationNotFound', params.id, () => stationDetail(snap, params.id, locals.viewer));
	// The lines through the station and the next stops, as a metro map of their own.
	const map = await mapOrBusy(locals.locale, localMap(snap, { kind: 'station', station: params.id }, locals.locale));
	// The reader's own layer: how much of this job their profile skills cover, per skill too.
	const held = await heldSkills(locals.user);
	const yours = held && {
		coverage: skillCoverage(station.requires.map((r) => ({ skill: r.skill.id, essential: r.essential, level: r.level })), held),
		profileSkills: held.size,
		levels: Object.fromEntries(station.requires.flatMap((r) => (held.has(r.skill.id) ? [[r.skill.id, held.get(r.skill.id)!]] : [])))
	};
	// On its small map too, for the stations shown there only.
	const mapCoverage =
		held && held.size > 0
			? Object.fromEntries(
					map.stations.flatMap((m) => {
						const c = skillCoverage(snap.stations.get(m.id)?.requires ?? [], held);
						return c.have > 0 ? [[m.id, c] as const] : [];
					})
				)
			: null;
	return { station, map: map.stations.length > 1 ? map : null, mapCoverage, yours, signedIn: locals.user !== null };
};
