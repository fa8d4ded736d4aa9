import { z } from 'zod';
import { Codes, Id, LocalizedParagraph, LocalizedText, SkillLevel, singleLine } from './common';

/** Per language; ESCO 1.1.1's longest list has 90. */
export const MAX_ALT_LABELS = 200;

export const SkillRequirement = z
	.object({
		skill: Id,
		essential: z.boolean(),
		level: SkillLevel
	})
	.strict();
export type SkillRequirement = z.infer<typeof SkillRequirement>;

/** Other names a station goes by (ESCO's alternative labels); search finds a station by them after its own name. */
export const AltLabel = singleLine(z.string().trim().min(1, 'must not be empty').max(300));
export const AltLabels = z
	.object({
		nl: z.array(AltLabel).max(MAX_ALT_LABELS).default([]),
		en: z.array(AltLabel).max(MAX_ALT_LABELS).default([])
	})
	.strict();
export type AltLabels = z.infer<typeof AltLabels>;

export const Point = z.object({ x: z.number(), y: z.number() }).strict();

/** Education, experience and training of a profession (real networks: from O*NET through the crosswalk). */
export const StationProfile = z
	.object({
		/** O*NET job zone 1–5: how much preparation the job needs. */
		jobZone: z.number().int().min(1).max(5).optional(),
		/** Typical related work experience before the job, in months. */
		experienceMonths: z.number().int().min(0).max(240).optional(),
		/** Typical on-the-job training in the job, in months. */
		trainingMonths: z.number().int().min(0).max(240).optional(),
		/**
		 * Required level of education as an O*NET RL category: 1 less than high school, 2 high
		 * school, 3 post-secondary certificate, 4 some college, 5 associate's, 6 bachelor's,
		 * 7 post-baccalaureate certificate, 8 master's, 9 post-master's certificate, 10 first
		 * professional degree, 11 doctoral, 12 post-doctoral training.
		 */
		educationLevel: z.number().int().min(1).max(12).optional(),
		/** Where the figures come from. */
		source: z.string().min(3).max(300)
	})
	.strict();
export type StationProfile = z.infer<typeof StationProfile>;

/**
 * A move the transition model found viable from this station to another that shares no line
 * with it: a one-way bridge. `months` is the estimated experience the move takes.
 */
export const StationMove = z
	.object({
		to: Id,
		score: z.number().min(0).max(1),
		months: z.number().int().min(0).max(240),
		desirable: z.boolean(),
		/**
		 * A direct move, no bridge: the planner walks it only for a traveller who starts at this
		 * station and asks for its destination (every bridge widens every search; this costs none).
		 */
		direct: z.literal(true).optional()
	})
	.strict();
export type StationMove = z.infer<typeof StationMove>;

/** A profession at a level (beroep). */
export const Station = z
	.object({
		id: Id,
		label: LocalizedText,
		altLabels: AltLabels.optional(),
		description: LocalizedParagraph.optional(),
		/** Qualification level (EQF 1-8); MBO 2 ≈ EQF 3, MBO 4 ≈ EQF 4, HBO ≈ EQF 6. */
		level: z.number().int().min(1).max(8).optional(),
		codes: Codes.optional(),
		requires: z.array(SkillRequirement).default([]),
		salaryBand: Id.optional(),
		regions: z.array(Id).default([]),
		certificates: z.array(Id).default([]),
		profile: StationProfile.optional(),
		moves: z.array(StationMove).max(50).optional(),
		/** Map position hint (layout anchor) and whether editors pinned it. */
		position: Point.optional(),
		pinned: z.boolean().optional()
	})
	.strict()
	.superRefine((s, ctx) => {
		const seen = new Set<string>();
		s.requires.forEach((r, i) => {
			if (seen.has(r.skill))
				ctx.addIssue({
					code: 'custom',
					path: ['requires', i, 'skill'],
					message: `skill '${r.skill}' is required twice`
				});
			seen.add(r.skill);
		});
	});
export type Station = z.infer<typeof Station>;
