import type { z } from 'zod';

/** One endpoint of the JSON API as the OpenAPI document describes it: one entry per path and method. */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call it. `public`: anyone; a signed-in member also sees their organisation's closed
 * modules. `signed-in`: a session cookie is required (401 without). `editor`: a signed-in
 * region editor, school or administrator, within what the editing rules allow (403 otherwise).
 */
export type Access = 'public' | 'signed-in' | 'editor';

export interface Answer {
	description: string;
	/** The body's schema; without it, the shared error body (statuses 400 and up) or no body. */
	schema?: z.ZodType;
	/** `application/json` unless said otherwise; a non-JSON body is described, not validated. */
	mediaType?: string;
}

export interface Endpoint {
	method: Method;
	/** OpenAPI path template: `/api/stations/{id}`; path parameters are ids unless `params` says otherwise. */
	path: string;
	summary: string;
	description?: string;
	tag: string;
	access: Access;
	/** The query's zod object, as the endpoint parses it. */
	query?: z.ZodObject;
	/** Query parameters that may repeat or hold comma-separated lists. */
	arrays?: readonly string[];
	params?: Record<string, z.ZodType>;
	body?: z.ZodType;
	responses: Record<number, Answer>;
}
