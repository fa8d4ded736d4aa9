import { iscoSkillLevel } from './isco';

/** O*NET job zone that an ISCO-08 skill level usually means, when nothing closer is known. */
const JOB_ZONE_BY_ISCO_LEVEL: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 4 };

/**
 * Job zones for the transition model where the crosswalk gives none: the median zone of the
 * known occupations in the narrowest ISCO group that has some (unit, minor, sub-major group),
 * else the zone of the group's ISCO skill level. Without it an occupation of unknown zone
 * escapes the one-zone-per-move rule in both directions (warehouse worker → supply chain
 * manager in one move, a 2 → 4 climb). Returns the filled zone per index; known zones stay.
 */
export function fillJobZones(occupations: readonly { isco: string | undefined; jobZone: number | null }[]): (number | null)[] {
	const byPrefix = new Map<string, number[]>();
	for (const o of occupations) {
		if (o.jobZone === null || !o.isco) continue;
		for (let len = 2; len <= o.isco.length; len++) {
			const key = o.isco.slice(0, len);
			const list = byPrefix.get(key) ?? byPrefix.set(key, []).get(key)!;
			list.push(o.jobZone);
		}
	}
	const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)]!;
	return occupations.map((o) => {
		if (o.jobZone !== null || !o.isco) return o.jobZone;
		for (let len = o.isco.length; len >= 2; len--) {
			const known = byPrefix.get(o.isco.slice(0, len));
			if (known && known.length > 0) return median(known);
		}
		const level = iscoSkillLevel(o.isco);
		return level === undefined ? null : JOB_ZONE_BY_ISCO_LEVEL[level]!;
	});
}
