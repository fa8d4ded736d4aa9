import { DEFAULT_HELD_LEVEL } from '$lib/schemas/held-level';

/** The question's `skills` values ("weld-tig:4", or just an id at the default level) as skill → level. */
export function heldSkills(values: readonly string[]): Map<string, string> {
	return new Map(values.filter(Boolean).map((v) => [v.split(':')[0]!, v.split(':')[1] ?? String(DEFAULT_HELD_LEVEL)]));
}
