/*
 * ISCO-08 groups occupations by the skill level they need (ILO, ISCO-08 vol. 1, table 1):
 * 1 = elementary, 2 = lower/upper secondary, 3 = short tertiary, 4 = bachelor and above.
 * Major groups 4–8 share level 2; managers (1) span levels 3 and 4 and count as 4 here.
 * Armed forces split by sub-major group: officers 4, NCOs 2, other ranks 1.
 */

const LEVEL_BY_MAJOR: Record<string, number> = { '1': 4, '2': 4, '3': 3, '4': 2, '5': 2, '6': 2, '7': 2, '8': 2, '9': 1 };
const LEVEL_BY_ARMED_FORCES: Record<string, number> = { '01': 4, '02': 2, '03': 1 };

/** ISCO-08 skill level 1…4 of a unit group code such as `7212`; undefined for an unknown code. */
export function iscoSkillLevel(code: string): number | undefined {
	if (code.startsWith('0')) return LEVEL_BY_ARMED_FORCES[code.slice(0, 2)];
	return LEVEL_BY_MAJOR[code.slice(0, 1)];
}

/**
 * The EQF level a station shows, from its ISCO skill level (ISCO level 2 spans EQF 3–4; the
 * lower end is shown). An approximation: ESCO itself gives no qualification levels.
 */
export const EQF_BY_ISCO_LEVEL: Record<number, number> = { 1: 2, 2: 3, 3: 5, 4: 6 };

/** How many leading digits two ISCO codes share: 4 = same unit group, 0 = different major group. */
export function sharedIscoDigits(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}
