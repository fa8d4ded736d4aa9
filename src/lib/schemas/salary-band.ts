import { z } from 'zod';
import { Id, LocalizedParagraph, LocalizedText, singleLine } from './common';

/** Monthly gross pay range, e.g. a pay group of a collective agreement. */
export const SalaryBand = z
	.object({
		id: Id,
		label: LocalizedText,
		min: z.number().nonnegative(),
		median: z.number().nonnegative(),
		max: z.number().nonnegative(),
		currency: z.enum(['EUR', 'USD']),
		/** Where the figures come from: a collective agreement, CBS table, BLS OEWS ... */
		source: singleLine(z.string().min(3).max(500)),
		/**
		 * How the figures were made, in both languages, for readers: `source` is the citation as the
		 * source words it (often English), which a Dutch page should not show as its explanation.
		 */
		method: LocalizedParagraph.optional(),
		year: z.number().int().min(1990).max(2100),
		/** True when the band is derived (e.g. hourly median × hours) rather than published as such. */
		estimate: z.boolean().default(false),
		/**
		 * How far an estimated median may be off, as a share (0.1 = 10 %), where the source says so.
		 * The planner treats pay differences within it as equal (no pay cut, not above the
		 * destination). Absent: the figures are taken as they are.
		 */
		margin: z.number().min(0).max(0.5).optional()
	})
	.strict()
	.refine((b) => b.min <= b.median && b.median <= b.max, {
		message: 'min ≤ median ≤ max must hold',
		path: ['median']
	});
export type SalaryBand = z.infer<typeof SalaryBand>;
