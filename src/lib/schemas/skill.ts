import { z } from 'zod';
import { Codes, Id, LocalizedText, singleLine } from './common';

export const Skill = z
	.object({
		id: Id,
		label: LocalizedText,
		/** Set by imports when a source lacks the Dutch label and the English one stands in. */
		labelFallback: z.array(z.enum(['nl', 'en'])).optional(),
		group: singleLine(z.string().max(120)).optional(),
		/** How widely the skill is used (ESCO reuse level); the effort estimate of a hop weighs by it. */
		reuse: z.enum(['transversal', 'cross-sector', 'sector-specific', 'occupation-specific']).optional(),
		codes: Codes.optional()
	})
	.strict();
export type Skill = z.infer<typeof Skill>;
