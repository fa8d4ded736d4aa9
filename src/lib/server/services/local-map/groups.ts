import type { Codes } from '$lib/schemas/common';

/**
 * Sectors a big network is grouped by, read from the station codes: ISCO-08 major groups (one
 * digit, e.g. `isco-7` craft workers) and sub-major groups (`isco-72` metal and machinery
 * trades) for ESCO and the seed, SOC major groups (`soc-51` production) for O*NET.
 */
export const GROUP_ID = /^(isco-\d{1,2}|soc-\d{2})$/;

export type GroupScheme = 'isco' | 'soc';

/** The groups a station belongs to, coarsest first; none without a code. */
export function groupsOf(codes: Codes | undefined): string[] {
	if (codes?.isco) return [`isco-${codes.isco.slice(0, 1)}`, ...(codes.isco.length >= 2 ? [`isco-${codes.isco.slice(0, 2)}`] : [])];
	if (codes?.onet) return [`soc-${codes.onet.slice(0, 2)}`];
	return [];
}

export function inGroup(codes: Codes | undefined, group: string): boolean {
	return groupsOf(codes).includes(group);
}

/** The major group a sub-major group lies in (`isco-72` → `isco-7`), or itself. */
export function majorGroupOf(group: string): string {
	return group.startsWith('isco-') ? group.slice(0, 'isco-'.length + 1) : group;
}

export function groupCode(group: string): string {
	return group.slice(group.indexOf('-') + 1);
}

export function schemeOf(group: string): GroupScheme {
	return group.startsWith('soc-') ? 'soc' : 'isco';
}
