import { ENTITY_KINDS, type EntityKind } from '$lib/schemas';

/** Kinds as they appear in URLs: the seed files' words (learning-tracks, salary-bands), not camelCase. */
export const KIND_SLUGS: Record<EntityKind, string> = {
	organisations: 'organisations',
	regions: 'regions',
	skills: 'skills',
	certificates: 'certificates',
	salaryBands: 'salary-bands',
	stations: 'stations',
	lines: 'lines',
	modules: 'modules',
	learningTracks: 'learning-tracks',
	curricula: 'curricula'
};

const BY_SLUG = new Map(ENTITY_KINDS.map((k) => [KIND_SLUGS[k], k]));

export function kindOfSlug(slug: string): EntityKind | null {
	return BY_SLUG.get(slug) ?? null;
}
