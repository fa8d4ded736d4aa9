import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { heldSkills } from '$lib/server/services/coverage';
import { stationDetail } from '$lib/server/services/network-views';
import { skillCoverage } from '$lib/skill-coverage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const station = orNotFound(locals.locale, 'common.stationNotFound', params.id, () => stationDetail(snap, params.id, locals.viewer));
	// The reader's own layer: how much of this job their profile skills cover, per skill too.
	const held = await heldSkills(locals.user);
	const yours = held && {
		coverage: skillCoverage(station.requires.map((r) => ({ skill: r.skill.id, essential: r.essential, level: r.level })), held),
		profileSkills: held.size,
		levels: Object.fromEntries(station.requires.flatMap((r) => (held.has(r.skill.id) ? [[r.skill.id, held.get(r.skill.id)!]] : [])))
	};
	return { station, yours, signedIn: locals.user !== null };
};
