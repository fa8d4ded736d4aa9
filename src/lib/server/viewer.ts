import type { Module } from '$lib/schemas';

/** Who is looking: decides which closed modules and private plans are visible. */
export interface Viewer {
	userId: string | null;
	organisations: readonly string[];
	roles: readonly string[];
}

export const ANONYMOUS: Viewer = Object.freeze({ userId: null, organisations: [], roles: [] });

/** Closed modules are visible only to members of the organisation they are closed to. */
export function canSeeModule(viewer: Viewer, module: Pick<Module, 'visibility' | 'organisation'>): boolean {
	return module.visibility === 'public' || (module.organisation !== undefined && viewer.organisations.includes(module.organisation));
}
