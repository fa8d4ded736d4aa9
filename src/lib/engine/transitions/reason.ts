/** Why a hop exists, in numbers a worker can check. */
export interface HopReason {
	readonly sharedSkills: number;
	readonly missingSkills: number;
	/** A few of each, by id, most specific first (as the caller ordered them). */
	readonly topShared: readonly string[];
	readonly topMissing: readonly string[];
	/** Destination job zone minus origin's; null when either is unknown. */
	readonly jobZoneStep: number | null;
	/** Destination pay ÷ origin pay; null when either is unknown. */
	readonly payRatio: number | null;
	/** Which rule made the hop: a ladder step-up, a model's viable move, a hand-made line, or a bridge of shared skills. */
	readonly evidence: 'step-up' | 'viable-move' | 'curated-line' | 'shared-skills';
	/** The transition model's score of the move, when it made the hop. */
	readonly score: number | null;
}

const TOP = 3;

/**
 * The reason of a hop from the destination's essential skills (ordered as they should be
 * listed), the skills the origin has, the job zones and the pay of both ends.
 */
export function hopReason(
	to: { essential: readonly string[]; jobZone: number | null; pay: number | null },
	from: { skills: ReadonlySet<string>; jobZone: number | null; pay: number | null },
	evidence: HopReason['evidence'],
	score: number | null
): HopReason {
	const shared = to.essential.filter((s) => from.skills.has(s));
	const missing = to.essential.filter((s) => !from.skills.has(s));
	return {
		sharedSkills: shared.length,
		missingSkills: missing.length,
		topShared: shared.slice(0, TOP),
		topMissing: missing.slice(0, TOP),
		jobZoneStep: to.jobZone !== null && from.jobZone !== null ? to.jobZone - from.jobZone : null,
		payRatio: to.pay !== null && from.pay !== null && from.pay > 0 ? Math.round((to.pay / from.pay) * 1000) / 1000 : null,
		evidence,
		score: score === null ? null : Math.round(score * 1000) / 1000
	};
}
