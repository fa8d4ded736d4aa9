import type { z } from 'zod';

/** A validation problem in the words a person can act on: which field, what is wrong. */
export interface ValidationIssue {
	field: string;
	message: string;
}

export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
	return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}
