import type { Holdings } from './learned';
import { passed, type Trail } from './seen';

/**
 * What the planner's and explore's labels carry besides their costs: how they arrived, the
 * signature of the certificates they hold, the stations they passed and what they learned.
 * Both searches prune with the same rules on it, so the rules live here once.
 */
export interface LabelState extends Trail {
	readonly arrival: Arrival;
	readonly transfers: number;
	readonly sigLo: number;
	readonly sigHi: number;
	readonly learned: number;
	/** Study hours of the highest education reached on the route (see HopCosts.education); -1 when unknown. */
	readonly schooled: number;
}

/** How a label reached its station: the origin, a ride on a line, or a bridge. */
export type Arrival = 0 | 1 | 2;
export const Arrival = { Origin: 0, Ride: 1, Bridge: 2 } as const;

/** Effective transfers for what comes next: after a ride, the next boarding costs one. */
export function nextTransfers(l: LabelState): number {
	return l.transfers + (l.arrival === Arrival.Ride ? 1 : 0);
}

/**
 * True when, at the same station, `a` keeps every option `b` has: no more transfers for what
 * comes next, at least b's certificates, learning and education, and no station passed that b has not
 * (whatever b may still visit, a may as well). The costs are each search's own to compare.
 */
export function keepsEveryOption(holdings: Holdings, a: LabelState, b: LabelState): boolean {
	if (nextTransfers(a) > nextTransfers(b) || a.transfers > b.transfers) return false;
	if ((b.sigLo & ~a.sigLo) !== 0 || (b.sigHi & ~a.sigHi) !== 0) return false;
	if ((a.seenLo & ~b.seenLo) !== 0 || (a.seenHi & ~b.seenHi) !== 0) return false;
	if (!holdings.includes(a.learned, b.learned)) return false;
	// Education: a owes no more for any station ahead when it reached at least b's level; an
	// unknown level (nothing charged until the first known one) only matches an unknown one.
	if (a.schooled !== b.schooled && (a.schooled < b.schooled || b.schooled < 0)) return false;
	for (let at = a.parent; at !== null; at = at.parent) if (!passed(b, at.station)) return false;
	return true;
}
