import { json, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { ApiErrorBody } from '$lib/schemas/api/error';
import type { Sent } from '$lib/schemas/api/sent';
import { isReservedKey, keyedByInput } from '$lib/safe-keys';
import { HeavyPoolBusy } from '../heavy/pool';
import { ConflictError, InUseError, NotFoundError, ValidationError } from '../store/errors';
import { bodySizeLimit, describeLimit, isBodyTooLarge } from './body-limit';

export type { ApiErrorBody };

/** An error an API caller can act on; rendered as JSON with its status. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly field?: string,
		readonly issues?: { field: string; message: string }[]
	) {
		super(message);
	}
}

export function errorResponse(e: ApiError): Response {
	const body: ApiErrorBody = { error: { status: e.status, code: e.code, message: e.message } };
	if (e.field) body.error.field = e.field;
	if (e.issues) body.error.issues = e.issues;
	return json(body, { status: e.status });
}

/** Maps domain errors to HTTP once, so every endpoint answers the same way. */
export function toApiError(e: unknown): ApiError | null {
	if (e instanceof ApiError) return e;
	if (e instanceof NotFoundError) return new ApiError(404, 'not-found', e.message);
	if (e instanceof ConflictError) return new ApiError(409, 'conflict', e.message);
	if (e instanceof InUseError) return new ApiError(409, 'in-use', e.message);
	if (e instanceof ValidationError) return new ApiError(400, 'invalid', e.message, e.issues[0]?.field, e.issues);
	if (isBodyTooLarge(e)) return tooLarge();
	// The heavy-task pool is full (large map layouts, import previews): try again in a moment.
	if (e instanceof HeavyPoolBusy) return new ApiError(503, 'busy', e.message);
	return null;
}

const MUTATING: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * SvelteKit refuses a form post from another site; the API refuses every request that changes
 * something from another site, whatever its content type. Browsers send Origin with every such
 * request (and Sec-Fetch-Site), so one from elsewhere is another site's page acting with the
 * reader's cookie. A client that is not a browser (curl, a script) sends neither and passes:
 * it holds its session token itself and cannot be made to act for someone else.
 */
function crossSite(event: RequestEvent): string | null {
	if (!MUTATING.has(event.request.method)) return null;
	const origin = event.request.headers.get('origin');
	if (origin !== null && origin !== event.url.origin) return `Origin ${origin}`;
	const site = event.request.headers.get('sec-fetch-site');
	return site === 'cross-site' || site === 'same-site' ? `Sec-Fetch-Site ${site}` : null;
}

/**
 * An endpoint's answer, checked at compile time against the response schema the OpenAPI
 * document (GET /api/openapi.json) publishes for it, so the two cannot drift apart.
 */
export function answer<S extends z.ZodType>(_schema: S, body: Sent<z.output<S>>): Sent<z.output<S>> {
	return body;
}

export interface ApiOptions<S extends z.ZodType> {
	/** The query parameters the endpoint takes (a strict zod object); without it, none. */
	query: S;
	/** Parameters that may repeat or hold comma-separated lists. */
	arrays?: readonly string[];
}

const NO_QUERY = z.object({}).strict();

/**
 * An API endpoint: refuses cross-site changes and unknown query parameters before the handler
 * runs, and answers every error as JSON (`{error: {status, code, message}}`).
 */
export function api<E extends RequestEvent>(handler: (event: E) => Promise<unknown>): (event: E) => Promise<Response>;
export function api<E extends RequestEvent, S extends z.ZodType>(
	options: ApiOptions<S>,
	handler: (event: E, query: z.infer<S>) => Promise<unknown>
): (event: E) => Promise<Response>;
export function api<E extends RequestEvent>(
	a: ApiOptions<z.ZodType> | ((event: E) => Promise<unknown>),
	b?: (event: E, query: unknown) => Promise<unknown>
): (event: E) => Promise<Response> {
	const [options, handler] = typeof a === 'function' ? [{ query: NO_QUERY }, a] : [a, b!];
	return async (event: E): Promise<Response> => {
		try {
			const from = crossSite(event);
			if (from) throw new ApiError(403, 'cross-site', `a ${event.request.method} from another site (${from}) is refused`);
			const query = parseQuery(event.url, options.query, options.arrays);
			const result = await handler(event, query);
			return result instanceof Response ? result : json(result);
		} catch (e) {
			const known = toApiError(e);
			if (known) return errorResponse(known);
			throw e;
		}
	};
}

/**
 * Validates URL query parameters with a zod object schema. Repeated parameters become
 * arrays only where the schema says so; unknown parameters are refused (strict schemas),
 * so a typo in an option is reported instead of silently ignored.
 */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S, arrays: readonly string[] = []): z.infer<S> {
	const raw = keyedByInput<string | string[]>();
	for (const key of new Set(url.searchParams.keys())) {
		const all = url.searchParams.getAll(key);
		raw[key] = arrays.includes(key) ? all.flatMap((v) => v.split(',')).filter((v) => v !== '') : (all[all.length - 1] ?? '');
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	// A misspelt option is the likeliest cause of every other problem, so it is named first.
	const issue = parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!;
	const field =
		issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys[0]! : issue.path.map(String).join('.') || 'query';
	const message = issue.code === 'unrecognized_keys' ? `unknown parameter '${field}'` : `${field}: ${issue.message}`;
	throw new ApiError(400, 'bad-request', message, field);
}

function tooLarge(): ApiError {
	const limit = bodySizeLimit();
	return new ApiError(413, 'too-large', `the body is larger than the limit of ${describeLimit(limit)} (${limit} bytes, BODY_SIZE_LIMIT)`, 'body');
}

/**
 * The request body as JSON: 413 naming the limit when it is too big, 400 when it is not JSON or
 * uses a key that reaches a prototype (`__proto__`, `constructor`, `prototype`) anywhere.
 */
export async function readJson(request: Request): Promise<unknown> {
	let text: string;
	try {
		text = await request.text();
	} catch (e) {
		if (isBodyTooLarge(e)) throw tooLarge();
		throw new ApiError(400, 'invalid', 'the body could not be read', 'body');
	}
	let reserved: string | undefined;
	let value: unknown;
	try {
		value = JSON.parse(text, (key, v: unknown) => {
			if (isReservedKey(key)) reserved ??= key;
			return v;
		});
	} catch {
		throw new ApiError(400, 'invalid', 'the body is not JSON', 'body');
	}
	if (reserved !== undefined) throw new ApiError(400, 'invalid', `the key '${reserved}' is not allowed in a body`, reserved);
	return value;
}
