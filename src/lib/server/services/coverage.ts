import { skillCoverage, type Coverage, type Held } from '$lib/skill-coverage';
import { getApp } from '../app';
import type { Snapshot } from './snapshot';

/**
 * The per-reader layer over shared, cached views: what a signed-in traveller already holds and
 * how much of each station that covers. Computed per request and never stored with the map or
 * the snapshot, which every reader shares.
 */

/** The skills in the reader's profile; null when signed out (nothing to compare). */
export async function heldSkills(user: { id: string } | null): Promise<Held | null> {
	if (!user) return null;
	const profile = await (await getApp()).users.profile(user.id);
	return new Map(profile.skills.map((s) => [s.skill, s.level]));
}

/**
 * Coverage of the stations where the traveller holds at least one required skill; a station
 * left out is covered by none (so the map carries little for a network of thousands).
 */
export function stationsCoverage(snap: Snapshot, held: Held): Record<string, Coverage> {
	const out: Record<string, Coverage> = {};
	if (held.size === 0) return out;
	const touched = new Set([...held.keys()].flatMap((skill) => (snap.stationsBySkill.get(skill) ?? []).map((s) => s.id)));
	for (const id of touched) {
		const c = skillCoverage(snap.stations.get(id)!.requires, held);
		if (c.have > 0) out[id] = c;
	}
	return out;
}

/** The map's per-reader layer: null when signed out or the profile holds no skills (nothing to show). */
export async function readerCoverage(snap: Snapshot, user: { id: string } | null): Promise<Record<string, Coverage> | null> {
	const held = await heldSkills(user);
	return held && held.size > 0 ? stationsCoverage(snap, held) : null;
}
