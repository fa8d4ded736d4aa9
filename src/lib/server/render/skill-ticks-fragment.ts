import SkillTicks from '$lib/components/planner/SkillTicks.svelte';
import type { Locale } from '$lib/schemas/common';
import type { Snapshot } from '../services/snapshot';
import { FragmentCache } from './fragment-cache';
import { renderFragment } from './fragment';

export type SkillGroups = readonly { group: string; skills: readonly { id: string; label: string }[] }[];

/**
 * Tick lists per network version, language and the skills the question holds (most questions
 * hold none, so most readers share one). Never for a reader with profile skills: those are left
 * out of the list, and a profile is the reader's own.
 */
const lists = new FragmentCache(64);

/** The planner's tick list of skills (a few hundred checkboxes), rendered once per question's skills. */
export function skillTicksFragment(snap: Snapshot, locale: Locale, groups: SkillGroups, held: ReadonlyMap<string, string>): string {
	const heldKey = [...held].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return lists.get(JSON.stringify([snap.meta.id, snap.version, locale, heldKey]), () => renderFragment(SkillTicks, { groups, held, locale }, 'skills'));
}

export function forgetSkillTicks(): void {
	lists.clear();
}
