import { z } from 'zod';
import { NetworkQuery } from './snapshot-for';

export const SearchQuery = NetworkQuery.extend({
	q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
	kind: z.enum(['station', 'skill', 'module']).optional(),
	limit: z.coerce.number().int().min(1).max(100).default(50)
}).strict();
