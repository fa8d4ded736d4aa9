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
