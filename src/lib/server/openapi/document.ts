import { z } from 'zod';
import { ApiErrorBody } from '$lib/schemas/api/error';
import { Id } from '$lib/schemas/common';
import { PlannedRoute } from '$lib/schemas/api/routes';
import type { Answer, Endpoint } from './endpoint';
import { ENDPOINTS } from './endpoints';
import type { OpenApiDocument } from './document-schema';

/**
 * The OpenAPI 3.1 document of the JSON API, made from the zod schemas the endpoints parse and
 * answer with (zod's JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses as is). Request
 * bodies and query parameters are described as they are sent (`io: 'input'`: before defaults
 * and transforms), answers as they are received (`io: 'output'`).
 */

type JsonSchema = Record<string, unknown>;
const REF = '#/components/schemas/';

/** Names the schemas that get a component of their own; the rest are inlined where used. */
class Components {
	readonly registry = z.registry<{ id: string }>();
	private readonly ids = new Map<z.ZodType, string>();

	ref(schema: z.ZodType, name: string): JsonSchema {
		let id = this.ids.get(schema);
		if (!id) {
			id = name;
			this.ids.set(schema, id);
			this.registry.add(schema, { id });
		}
		return { $ref: `${REF}${id}` };
	}

	schemas(io: 'input' | 'output'): Record<string, JsonSchema> {
		if (this.ids.size === 0) return {};
		const { schemas } = z.toJSONSchema(this.registry, {
			target: 'draft-2020-12',
			io,
			// Refinements (a date that exists, two foci not at once) have no JSON Schema form; the
			// endpoint still checks them and answers 400 naming the field.
			unrepresentable: 'any',
			uri: (id) => `${REF}${id}`
		});
		// Within one OpenAPI document the components need no identity of their own.
		return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, strip(s as JsonSchema)]));
	}
}

function strip({ $id: _id, $schema: _schema, ...rest }: JsonSchema): JsonSchema {
	return rest;
}

function inline(schema: z.ZodType): JsonSchema {
	return strip(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

/** `/api/plans/{id}/comments` → `PlansIdComments`, with the method in front: a name for its schemas. */
function operationName(e: Endpoint): string {
	const words = e.path
		.replace(/^\/api\//, '')
		.split(/[^a-zA-Z0-9]+/)
		.filter(Boolean)
		.map((w) => w[0]!.toUpperCase() + w.slice(1));
	return e.method + words.join('');
}

function parameters(e: Endpoint): JsonSchema[] {
	const path = [...e.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
		name,
		in: 'path',
		required: true,
		schema: inline(e.params?.[name!] ?? Id)
	}));
	if (!e.query) return path;
	const object = inline(e.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
	const query = Object.entries(object.properties ?? {}).map(([name, schema]) => {
		const list = e.arrays?.includes(name) ?? false;
		return {
			name,
			in: 'query',
			required: object.required?.includes(name) ?? false,
			...(list ? { style: 'form', explode: true, description: 'Repeat the parameter or separate the values with commas.' } : {}),
			schema
		};
	});
	return [...path, ...query];
}

function answers(e: Endpoint, out: Components): Record<string, JsonSchema> {
	const operation = operationName(e);
	const entries = Object.entries(e.responses).map(([status, a]: [string, Answer]) => {
		if (a.mediaType) return [status, { description: a.description, content: { [a.mediaType]: {} } }];
		const schema = a.schema ? out.ref(a.schema, `${operation}${status}`) : Number(status) >= 400 ? out.ref(ApiErrorBody, 'Error') : null;
		return [status, schema ? { description: a.description, content: { 'application/json': { schema } } } : { description: a.description }];
	});
	return Object.fromEntries(entries);
}

const SECURITY: Record<Endpoint['access'], JsonSchema[]> = {
	// Anyone; a session makes a member's closed modules visible.
	public: [{}, { session: [] }],
	'signed-in': [{ session: [] }],
	editor: [{ session: [] }]
};

const ACCESS_NOTE: Record<Endpoint['access'], string> = {
	public: 'Public; with a session cookie, the closed modules of the reader’s organisation count too.',
	'signed-in': 'Needs a session cookie (sign in first).',
	editor: 'Needs a session cookie of a region editor, school or administrator; the editing rules decide per item.'
};

const MUTATING = new Set(['post', 'put', 'patch', 'delete']);

function operation(e: Endpoint, out: Components, input: Components): JsonSchema {
	const responses = answers(e, out);
	if (MUTATING.has(e.method) && !responses['403'])
		responses['403'] = { description: 'Sent from another site’s page (Origin / Sec-Fetch-Site)', content: { 'application/json': { schema: out.ref(ApiErrorBody, 'Error') } } };
	const name = operationName(e);
	return {
		operationId: name,
		summary: e.summary,
		description: [e.description, ACCESS_NOTE[e.access]].filter(Boolean).join('\n\n'),
		tags: [e.tag],
		security: SECURITY[e.access],
		parameters: parameters(e),
		...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: input.ref(e.body, `${name}Body`) } } } } : {}),
		responses
	};
}

export function openApiDocument(endpoints: readonly Endpoint[] = ENDPOINTS): OpenApiDocument {
	const out = new Components();
	const input = new Components();
	// A route's variants are routes: the one schema that refers to itself gets a name to refer to.
	out.ref(PlannedRoute, 'PlannedRoute');
	const paths: Record<string, Record<string, JsonSchema>> = {};
	for (const e of endpoints) (paths[e.path] ??= {})[e.method] = operation(e, out, input);
	return {
		openapi: '3.1.0',
		info: {
			title: 'Vakmetro API',
			version: '1',
			description:
				'Career paths as a metro map: stations (professions), lines (career tracks), routes and plans. Every read takes `?network=` (default `seed`); unknown query parameters are refused with 400 naming them. Every error is JSON `{error: {status, code, message, field?}}`; a path no endpoint serves answers 404 that way.'
		},
		servers: [{ url: '/' }],
		tags: ['meta', 'network', 'planner', 'map', 'account', 'plans', 'editing'].map((name) => ({ name })),
		paths,
		components: {
			schemas: { ...out.schemas('output'), ...input.schemas('input') },
			securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'session', description: 'Set by signing in at /sign-in.' } }
		}
	};
}
