import type { ExploreUrlQuery } from '$lib/schemas/queries';

/**
 * The planner's question for one destination of an explore answer: the same start, traveller
 * and options, so the planner shows the route behind the listed one (and its alternatives).
 * A signed-in traveller's profile skills are in `skills` already; `profile=used` tells the
 * planner not to add them again.
 */
export function plannerQuery(q: ExploreUrlQuery, to: string, signedIn: boolean): string {
	const p = new URLSearchParams({ from: q.from, to });
	if (q.network) p.set('network', q.network);
	if (q.skills.length > 0) p.set('skills', q.skills.map((s) => `${s.skill}:${s.level}`).join(','));
	if (q.certificates.length > 0) p.set('certificates', q.certificates.join(','));
	p.set('hoursPerWeek', String(q.hoursPerWeek));
	p.set('maxTransfers', String(q.maxTransfers));
	if (q.backwards) p.set('backwards', 'true');
	if (signedIn) p.set('profile', 'used');
	return p.toString();
}

/** Weakest highlight, for a station reached at the very end of the time budget. */
export const FAINTEST = 0.25;

/**
 * How strongly the map highlights each reachable station: the nearer in time, the stronger —
 * 1 at the start, falling linearly to FAINTEST at the end of the budget.
 */
export function highlightOf(from: string, reach: ReadonlyMap<string, number>, budget: number): [station: string, strength: number][] {
	const out: [string, number][] = [[from, 1]];
	for (const [station, months] of reach) {
		const share = budget > 0 ? Math.min(1, months / budget) : 1;
		out.push([station, Math.round((1 - (1 - FAINTEST) * share) * 100) / 100]);
	}
	return out;
}
