import { z } from 'zod';
import { Id, LocalizedText, singleLine } from './common';

export const Certificate = z
	.object({
		id: Id,
		label: LocalizedText,
		issuer: singleLine(z.string().max(200)).optional(),
		/** Years the certificate stays valid before renewal; 0 = does not expire. */
		validityYears: z.number().int().min(0).max(50),
		/** Upkeep points needed per year to keep it (earned by taking modules). */
		pointsPerYear: z.number().int().min(0).max(1000)
	})
	.strict();
export type Certificate = z.infer<typeof Certificate>;
