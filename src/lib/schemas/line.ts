import { z } from 'zod';
import { Id, LocalizedParagraph, LocalizedText } from './common';

/**
 * A stop of a line. `months` is the typical experience a worker gains on the previous stop
 * before riding on to this one; the first stop has none.
 */
export const LineStop = z
	.object({
		station: Id,
		months: z.number().int().min(0).max(240).optional(),
		/** The transition model's score of the hop arriving here, on derived lines. */
		score: z.number().min(0).max(1).optional()
	})
	.strict();
export type LineStop = z.infer<typeof LineStop>;

export const Line = z
	.object({
		id: Id,
		label: LocalizedText,
		description: LocalizedParagraph.optional(),
		colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb'),
		stops: z.array(LineStop).min(2, 'a line needs at least two stops')
	})
	.strict()
	.superRefine((l, ctx) => {
		const seen = new Set<string>();
		l.stops.forEach((s, i) => {
			if (seen.has(s.station))
				ctx.addIssue({
					code: 'custom',
					path: ['stops', i, 'station'],
					message: `station '${s.station}' appears twice on the line (a line may branch only by being two lines)`
				});
			seen.add(s.station);
			if (i === 0 && s.months !== undefined)
				ctx.addIssue({ code: 'custom', path: ['stops', 0, 'months'], message: 'the first stop has no hop months' });
			if (i > 0 && s.months === undefined)
				ctx.addIssue({ code: 'custom', path: ['stops', i, 'months'], message: 'every stop after the first needs the hop months' });
		});
	});
export type Line = z.infer<typeof Line>;
