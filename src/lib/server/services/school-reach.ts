import type { Curriculum, LocalizedText } from '$lib/schemas';
import { NotFoundError } from '../store/errors';
import { regionGaps, type DemandLevel } from './forgotten-craftsmanship';
import type { Snapshot } from './snapshot';

/**
 * What a school's curricula feed: the stations they lead to, what of each station's essential
 * skills none of the school's curricula teaches (what graduates still learn on the job), and
 * the demand in the school's region that no curriculum of the school answers.
 */
export interface FedStation {
	station: string;
	label: LocalizedText;
	via: { id: string; label: LocalizedText }[];
	demand: DemandLevel | null;
	/** Essential skills of the station that none of the school's curricula teaches at the required level. */
	notTaught: { skill: string; label: LocalizedText; required: number }[];
}

export interface SchoolReach {
	school: { id: string; label: LocalizedText; region: { id: string; label: LocalizedText } | null };
	curricula: Curriculum[];
	fed: FedStation[];
	/** Stations with noted demand and forgotten craftsmanship in the school's region that the school does not lead to. */
	uncovered: { station: string; label: LocalizedText; demand: DemandLevel; missing: number }[];
}

export function schoolReach(snap: Snapshot, schoolId: string): SchoolReach {
	const school = snap.organisations.get(schoolId);
	if (!school || school.kind !== 'school') throw new NotFoundError(`school '${schoolId}' does not exist`);
	const curricula = snap.content.curricula.filter((c) => c.school === schoolId);
	const taught = new Map<string, number>();
	for (const c of curricula) for (const t of c.teaches) taught.set(t.skill, Math.max(taught.get(t.skill) ?? 0, t.level));
	const region = school.region ? snap.regions.get(school.region) : undefined;
	const demand = new Map((region?.demand ?? []).map((d) => [d.station, d.level]));
	const fedIds = [...new Set(curricula.flatMap((c) => c.leadsTo))];
	const fed = fedIds.map((id) => {
		const st = snap.stations.get(id)!;
		return {
			station: id,
			label: st.label,
			via: curricula.filter((c) => c.leadsTo.includes(id)).map((c) => ({ id: c.id, label: c.label })),
			demand: demand.get(id) ?? null,
			notTaught: st.requires
				.filter((r) => r.essential && (taught.get(r.skill) ?? 0) < r.level)
				.map((r) => ({ skill: r.skill, label: snap.skills.get(r.skill)!.label, required: r.level }))
		};
	});
	const uncovered = region
		? regionGaps(snap, region.id)
				.gaps.filter((g) => g.demand !== null && !fedIds.includes(g.station))
				.map((g) => ({ station: g.station, label: g.label, demand: g.demand!, missing: g.missing.length }))
		: [];
	return { school: { id: school.id, label: school.label, region: region ? { id: region.id, label: region.label } : null }, curricula, fed, uncovered };
}
