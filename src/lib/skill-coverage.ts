/**
 * How much of a job a traveller already covers: the required skills they hold at or above the
 * required level. Plain data in and out, shared by the map, the station page and the planner.
 */

export interface Requirement {
	readonly skill: string;
	readonly essential: boolean;
	readonly level: number;
}

export interface Coverage {
	/** Requirements (essential and optional) held at or above their level, and how many there are. */
	have: number;
	total: number;
	essentialHave: number;
	essentialTotal: number;
}

/** Skills a traveller holds, by id, at their level. */
export type Held = ReadonlyMap<string, number>;

export function holds(held: Held, r: Requirement): boolean {
	return (held.get(r.skill) ?? 0) >= r.level;
}

export function skillCoverage(requires: readonly Requirement[], held: Held): Coverage {
	const c: Coverage = { have: 0, total: requires.length, essentialHave: 0, essentialTotal: 0 };
	for (const r of requires) {
		const covered = holds(held, r);
		if (covered) c.have++;
		if (r.essential) {
			c.essentialTotal++;
			if (covered) c.essentialHave++;
		}
	}
	return c;
}

/**
 * The traveller's skills a route puts to use: those that meet a requirement of a station the
 * route arrives at (the start is today's job), counting the requirements the planner charges —
 * essential ones, and optional ones when the question includes them. In order of first use.
 */
export function skillsUsedOnRoute(
	arrivals: readonly string[],
	requiresOf: (station: string) => readonly Requirement[],
	held: Held,
	includeOptional: boolean
): string[] {
	const used = new Set<string>();
	for (const station of arrivals)
		for (const r of requiresOf(station)) if ((includeOptional || r.essential) && holds(held, r)) used.add(r.skill);
	return [...used];
}
