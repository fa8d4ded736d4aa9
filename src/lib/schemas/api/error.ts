import { z } from 'zod';

/** Every API error, whatever the endpoint: `{error: {status, code, message, field?, issues?}}`. */
export const ApiErrorBody = z
	.object({
		error: z
			.object({
				status: z.number().int().min(400).max(599),
				/** Stable and machine-readable: `bad-request`, `invalid`, `not-found`, `conflict`, `forbidden`... */
				code: z.string(),
				/** For people: what was wrong and, where it helps, what to do. */
				message: z.string(),
				/** The query parameter, path segment or body field the error is about. */
				field: z.string().optional(),
				issues: z.array(z.object({ field: z.string(), message: z.string() }).strict()).optional()
			})
			.strict()
	})
	.strict();
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
