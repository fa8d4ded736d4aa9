import type { LevelProfile, ReuseLevel, SkillKind } from './types';

/**
 * Study hours to learn one missing skill, by its type and reuse level. An estimate, not data:
 * ESCO publishes no learning times. Basis: a specific vocational skill is taught in Dutch MBO
 * modules of about 1–2 EC (28–56 h); knowledge is quicker to acquire than a practised skill,
 * and the more widely a skill is reused, the more of it a worker already brings along.
 */
export const SKILL_HOURS: Readonly<Record<SkillKind, Readonly<Record<ReuseLevel | 'unknown', number>>>> = {
	knowledge: { 'occupation-specific': 40, 'sector-specific': 32, 'cross-sector': 24, transversal: 12, unknown: 32 },
	skill: { 'occupation-specific': 56, 'sector-specific': 40, 'cross-sector': 24, transversal: 12, unknown: 40 },
	competence: { 'occupation-specific': 56, 'sector-specific': 40, 'cross-sector': 24, transversal: 12, unknown: 40 }
};

export function skillHours(kind: SkillKind, reuse: ReuseLevel | null): number {
	return SKILL_HOURS[kind][reuse ?? 'unknown'];
}

/** Longest experience a hop asks for: the 240 months a line stop may hold. */
const MAX_MONTHS = 240;

/**
 * Experience months of a hop: the extra related experience the destination asks for over the
 * origin's, and at least its on-the-job training. Null when neither is known.
 */
export function hopMonths(from: LevelProfile, to: LevelProfile): number | null {
	const extra = to.experienceMonths !== null ? Math.max(0, to.experienceMonths - (from.experienceMonths ?? 0)) : null;
	const training = to.trainingMonths;
	if (extra === null && training === null) return null;
	return Math.min(MAX_MONTHS, Math.round(Math.max(extra ?? 0, training ?? 0)));
}

export interface EffortEstimate {
	readonly hours: number;
	readonly months: number;
	/** Money is unknown: no source gives prices for learning a skill; never a silent 0. */
	readonly money: null;
	readonly estimate: true;
	/** Missing skills by type, which is what the hours are made of. */
	readonly basis: { readonly knowledge: number; readonly skill: number; readonly competence: number; readonly experienceMonths: number | null };
}

/** Effort of a hop from the skills the traveller lacks and the destination's experience and training. */
export function hopEffort(
	missing: readonly { kind: SkillKind; reuse: ReuseLevel | null }[],
	from: LevelProfile,
	to: LevelProfile,
	hoursPerWeek = 8
): EffortEstimate {
	let hours = 0;
	const count = { knowledge: 0, skill: 0, competence: 0 };
	for (const m of missing) {
		hours += skillHours(m.kind, m.reuse);
		count[m.kind]++;
	}
	const experience = hopMonths(from, to);
	const months = Math.max(experience ?? 0, Math.ceil(hours / hoursPerWeek / 4.33));
	return { hours, months, money: null, estimate: true, basis: { ...count, experienceMonths: experience } };
}
