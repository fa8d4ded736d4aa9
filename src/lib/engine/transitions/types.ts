/** Plain data the transition model works on; the importers fill it from ESCO, O*NET and wage files. */

export type SkillKind = 'knowledge' | 'skill' | 'competence';
export type ReuseLevel = 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific';

export interface TransitionSkill {
	readonly id: string;
	readonly kind: SkillKind;
	readonly reuse: ReuseLevel | null;
	/** Index of the skill group it belongs to (ESCO skill pillar), -1 when none. */
	readonly group: number;
}

/** Education, experience and training of an occupation, with where the figures come from. */
export interface LevelProfile {
	/** O*NET job zone 1–5. */
	readonly jobZone: number | null;
	/** Typical related work experience before the job, in months. */
	readonly experienceMonths: number | null;
	/** Typical on-the-job training in the job, in months. */
	readonly trainingMonths: number | null;
	/** Required level of education, an O*NET RL category 1–12 (see `EDUCATION_ECTS`); absent or null when unknown. */
	readonly educationLevel?: number | null;
}

/**
 * Where an occupation sits in a classification (e.g. ISCO-08): the nodes of its code from broad
 * to narrow, and the nodes whose workers it leads (supervises, manages, or is the professional
 * level of). Node ids are the caller's, shared by all occupations.
 */
export interface OccupationField {
	readonly path: readonly number[];
	readonly leads: readonly number[];
}

export interface TransitionOccupation {
	readonly id: string;
	/** Skill indexes (into the skill list), distinct. */
	readonly essential: readonly number[];
	readonly optional: readonly number[];
	readonly level: LevelProfile;
	/** Monthly median pay; null when unknown. */
	readonly pay: number | null;
	/** Index of its work profile (e.g. the crosswalked O*NET occupation), -1 when none. */
	readonly work: number;
	/** Its place in an occupational classification; absent when unknown. */
	readonly field?: OccupationField;
	/**
	 * Curated moves from it (e.g. O*NET Related Occupations): destination index → strength 0…1.
	 * Absent when the source curates none.
	 */
	readonly curated?: ReadonlyMap<number, number>;
}

export interface TransitionInput {
	readonly skills: readonly TransitionSkill[];
	readonly groupCount: number;
	readonly occupations: readonly TransitionOccupation[];
	/** Work profiles as vectors of equal length (e.g. O*NET importance ratings); any scale. */
	readonly workProfiles: readonly (readonly number[])[];
}

/** How a move's score was made up, each component 0…1 (null when the data for it is missing). */
export interface MoveComponents {
	readonly essential: number;
	readonly optional: number | null;
	readonly groups: number | null;
	readonly work: number | null;
	/** Closeness in the classification: 1 in one unit group or when one leads the other's field. */
	readonly field: number | null;
	/** Strength of a curated move to the destination (0 when the origin's curated list leaves it out). */
	readonly curated: number | null;
}

/** A scored move from one occupation to another (indexes into the occupation list). */
export interface Move {
	readonly from: number;
	readonly to: number;
	readonly score: number;
	/** Share of the origin's essential skills the destination asks for too: how much the move builds on. */
	readonly growth: number;
	readonly components: MoveComponents;
	readonly viable: boolean;
	readonly desirable: boolean;
	/** Viable, desirable and never lower in job zone, experience or pay, higher in at least one. */
	readonly stepUp: boolean;
	/** The destination is a higher rung of the origin's own field (see `isRung`). */
	readonly rung: boolean;
	/** Job zones the move climbs (0 when it does not climb or either zone is unknown). */
	readonly zonesUp: number;
}
