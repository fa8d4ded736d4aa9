import { z } from 'zod';
import { Id, LocalizedParagraph, LocalizedText } from './common';

/** Demand a region notes for a station (e.g. vacancies that stay open). */
export const RegionDemand = z
	.object({
		station: Id,
		level: z.enum(['low', 'medium', 'high']),
		note: LocalizedParagraph.optional()
	})
	.strict();

export const Region = z
	.object({
		id: Id,
		label: LocalizedText,
		/** CBS province code, e.g. PV28 for Zuid-Holland. */
		province: z
			.string()
			.regex(/^PV\d{2}$/, 'province code looks like PV28')
			.optional(),
		demand: z.array(RegionDemand).default([])
	})
	.strict();
export type Region = z.infer<typeof Region>;
