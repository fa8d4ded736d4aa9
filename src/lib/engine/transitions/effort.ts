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

/** Study hours of one ECTS credit: 28 in the Netherlands (WHW art. 7.4: one credit is 28 hours of study). */
export const ECTS_HOURS = 28;

/**
 * Study load of each O*NET Required Level of Education category (RL 1–12), in ECTS credits on
 * top of compulsory schooling: a year of full-time study is 60 credits (1,680 h; a Dutch MBO year
 * is 1,600 clock hours). An estimate for the step between two levels, not a curriculum. Basis
 * (docs/taxonomies.md): a high-school diploma is a year's work for a worker without one; a
 * post-secondary certificate half a year after it (most such programmes run under a year), some
 * college courses a year; an associate's degree 120 credits (the Dutch associate degree) and a
 * bachelor's 240 (the Dutch HBO bachelor) after high school; a master's 60 more (most Dutch
 * masters); a certificate after a degree half a year; a first professional degree six academic
 * years in all (O*NET's own definition); a doctorate four years after the master's (the Dutch
 * PhD), post-doctoral training two more.
 */
export const EDUCATION_ECTS: Readonly<Record<number, number>> = {
	1: 0,
	2: 60,
	3: 90,
	4: 120,
	5: 180,
	6: 300,
	7: 330,
	8: 360,
	9: 390,
	10: 420,
	11: 600,
	12: 720
};

/** Study hours of formal education a required level of education stands for; null when unknown. */
export function educationHours(level: number | null | undefined): number | null {
	const ects = level == null ? undefined : EDUCATION_ECTS[level];
	return ects === undefined ? null : ects * ECTS_HOURS;
}

/** The formal education a hop asks for beyond the origin's: the levels, and the step in credits and hours. */
export interface EducationStep {
	readonly from: number;
	readonly to: number;
	readonly ects: number;
	readonly hours: number;
}

/** The education step from one level to a higher one; null when either is unknown or the destination asks no more. */
export function educationStep(from: number | null | undefined, to: number | null | undefined): EducationStep | null {
	const a = educationHours(from);
	const b = educationHours(to);
	if (a === null || b === null || b <= a) return null;
	return { from: from!, to: to!, ects: (b - a) / ECTS_HOURS, hours: b - a };
}
