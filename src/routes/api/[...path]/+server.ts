import { z } from 'zod';
import { ApiError, api } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

/** A path no endpoint serves answers like every other API error, as JSON, whatever the method. */
export const fallback: RequestHandler = api({ query: z.record(z.string(), z.unknown()) }, async ({ url }) => {
	throw new ApiError(404, 'not-found', `there is no API endpoint '${url.pathname}'`);
});
