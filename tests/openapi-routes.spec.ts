import { readdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Membership } from '$lib/schemas/account';
import { startApp, type AppContext } from '$lib/server/app';
import type { Account } from '$lib/server/auth/roles';
import type { OpenApiDocument } from '$lib/server/openapi/document-schema';
import { ENDPOINTS } from '$lib/server/openapi/endpoints';
import { outcomeOf, routeEvent, type Outcome, type RouteRequest } from './route-event';

/**
 * The OpenAPI document served at /api/openapi.json against the real endpoints: each one is
 * called the way SvelteKit calls it, on the real SQLite store with the seed network, and every
 * answer (successes and errors) must match the document's schema for its path, method and
 * status. Every route folder under src/routes/api must have its entries, and every documented
 * success answer must have been checked here at least once.
 */

// Outside a server, SvelteKit has no current request; helpers that read it get the one under test.
const request = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => request.current }));

const COMPANY = 'van-der-meer-machinebouw';
/** A module closed to the company's members (graph-seed/modules.yaml). */
const CLOSED_MODULE = 'vdm-hygienic-welding-practice';
const API_DIR = join(process.cwd(), 'src', 'routes', 'api');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

let app: AppContext;
let doc: OpenApiDocument;
let ajv: Ajv2020;
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-openapi-'));
const cast = {} as Record<'worker' | 'admin', Account>;
/** `GET /api/stations/{id} 200`: each answer checked against the document. */
const checked = new Set<string>();

async function person(name: string, memberships: Membership[], admin = false): Promise<Account> {
	const user = await app.users.createUser({ email: `${name}@example.nl`, name, passwordHash: 'not-used', admin });
	for (const m of memberships) await app.users.addMembership(user.id, m);
	return { user, memberships };
}

/** The +server.ts files under src/routes/api, as OpenAPI path templates (the catch-all 404 aside). */
function routeFiles(folder = API_DIR): { file: string; path: string }[] {
	return readdirSync(folder).flatMap((name) => {
		const full = join(folder, name);
		if (statSync(full).isDirectory()) return routeFiles(full);
		if (name !== '+server.ts') return [];
		const route = relative(API_DIR, folder).split(sep).filter(Boolean);
		if (route.some((s) => s.startsWith('[...'))) return [];
		return [{ file: full, path: ['/api', ...route.map((s) => s.replace(/^\[(\w+)\]$/, '{$1}'))].join('/') }];
	});
}

/** The handler module of a documented path, loaded as SvelteKit loads it. */
async function handlers(path: string): Promise<Record<string, (event: never) => Promise<Response>>> {
	const file = routeFiles().find((r) => r.path === path)?.file;
	if (!file) throw new Error(`no route file for ${path}`);
	return (await import(/* @vite-ignore */ file)) as Record<string, (event: never) => Promise<Response>>;
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(path: string, method: string, status: number): ValidateFunction | null {
	const key = `${path} ${method} ${status}`;
	if (!validators.has(key)) {
		const answer = (doc.paths[path]?.[method] as { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> } | undefined)?.responses?.[status];
		expect(answer, `the document has no ${status} answer for ${method.toUpperCase()} ${path}`).toBeDefined();
		if (!answer!.content?.['application/json']) return null;
		const pointer = ['paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema']
			.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1'))
			.join('/');
		validators.set(key, ajv.compile({ $ref: `openapi.json#/${pointer}` }));
	}
	return validators.get(key)!;
}

function requestBodyValidator(path: string, method: string): ValidateFunction {
	const pointer = ['paths', path, method, 'requestBody', 'content', 'application/json', 'schema'].map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
	return ajv.compile({ $ref: `openapi.json#/${pointer}` });
}

/**
 * Calls the real endpoint for `method path` with a concrete `url`, and checks its answer against
 * the document. Returns what the caller saw, for the test to look into further.
 */
async function call(method: (typeof METHODS)[number], path: string, url: string, who: Account | null, init: RouteRequest = {}): Promise<Outcome> {
	const segments = new URL(`http://localhost${url}`).pathname.split('/');
	const params = Object.fromEntries(
		path.split('/').flatMap((s, i) => (s.startsWith('{') ? [[s.slice(1, -1), decodeURIComponent(segments[i]!)]] : []))
	);
	const event = routeEvent(who, path.replace(/\{(\w+)\}/g, '[$1]'), url, { method, params, ...init });
	request.current = event;
	const handler = (await handlers(path))[method];
	expect(handler, `${method} ${path} has a handler`).toBeDefined();
	const outcome = await outcomeOf(() => handler!(event as never));
	const validate = validatorFor(path, method.toLowerCase(), outcome.status);
	if (validate) {
		const ok = validate(outcome.body);
		expect(ok, `${method} ${url} → ${outcome.status}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`).toBe(true);
	}
	// A body the endpoint accepted must be one the document allows. (Not the other way round: a
	// date that does not exist or an item's cross-field rules have no JSON Schema form.)
	if (init.json !== undefined && outcome.status < 300) {
		const body = requestBodyValidator(path, method.toLowerCase());
		expect(body(init.json), `${method} ${url}: the body it accepted fits the document: ${ajv.errorsText(body.errors)}`).toBe(true);
	}
	checked.add(`${method} ${path} ${outcome.status}`);
	return outcome;
}

beforeAll(async () => {
	app = await startApp({ DATABASE_PATH: join(dir, 'vakmetro.db'), SEED_DIR: 'graph-seed' });
	cast.worker = await person('wim', [{ organisation: COMPANY, role: 'worker' }]);
	cast.admin = await person('root', [], true);
	await app.users.setProfileSkill(cast.worker.user.id, 'tig-welding-stainless', 4);
	// The document as a reader gets it: from its own endpoint.
	const served = await outcomeOf(async () => (await handlers('/api/openapi.json')).GET!(routeEvent(null, '/api/openapi.json', '/api/openapi.json') as never));
	expect(served.status).toBe(200);
	doc = served.body as OpenApiDocument;
	// Formats (date-time, email) are left to the zod schemas the endpoints use; the shapes are checked here.
	ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
	ajv.addSchema(doc as object, 'openapi.json');
}, 60_000);
afterAll(async () => {
	await app.users.close();
	await app.store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the OpenAPI document', () => {
	it('is OpenAPI 3.1, cacheable and the same for everyone', async () => {
		expect(doc.openapi).toBe('3.1.0');
		const res = await (await handlers('/api/openapi.json')).GET!(routeEvent(null, '/api/openapi.json', '/api/openapi.json') as never);
		expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
		const signedIn = await outcomeOf(async () => (await handlers('/api/openapi.json')).GET!(routeEvent(cast.admin, '/api/openapi.json', '/api/openapi.json') as never));
		expect(signedIn.body).toEqual(doc);
		await call('GET', '/api/openapi.json', '/api/openapi.json', null);
	});

	it('has an entry for every route folder and every method its +server.ts exports, and no more', async () => {
		const files = routeFiles();
		const documented = ENDPOINTS.map((e) => `${e.method.toUpperCase()} ${e.path}`).sort();
		const served: string[] = [];
		for (const { path } of files) {
			const module = await handlers(path);
			for (const m of METHODS) if (module[m]) served.push(`${m} ${path}`);
		}
		expect(documented).toEqual(served.sort());
		expect(Object.keys(doc.paths).sort()).toEqual([...new Set(files.map((f) => f.path))].sort());
	});
});

describe('real answers match the document', () => {
	it('network reads: stations, lines, search', async () => {
		expect((await call('GET', '/api/stations', '/api/stations', null)).status).toBe(200);
		const station = await call('GET', '/api/stations/{id}', '/api/stations/hygienic-welder', cast.worker);
		expect(station.status).toBe(200);
		expect((station.body as { station: { requires: { untaught: boolean }[] } }).station.requires.length).toBeGreaterThan(0);
		expect((await call('GET', '/api/stations/{id}', '/api/stations/no-such-station', null)).status).toBe(404);
		expect((await call('GET', '/api/stations', '/api/stations?netwerk=seed', null)).status).toBe(400);
		expect((await call('GET', '/api/lines', '/api/lines', null)).status).toBe(200);
		expect((await call('GET', '/api/lines/{id}', '/api/lines/welding', null)).status).toBe(200);
		expect((await call('GET', '/api/lines/{id}', '/api/lines/welding?network=nowhere', null)).status).toBe(404);
		expect((await call('GET', '/api/search', '/api/search?q=las', cast.worker)).status).toBe(200);
		expect((await call('GET', '/api/search', '/api/search?q=', null)).status).toBe(400);
	});

	it('skills and modules: an open module, a closed one for a member and for anyone else', async () => {
		const skill = await call('GET', '/api/skills/{id}', '/api/skills/tig-welding-stainless', cast.worker);
		expect(skill.status).toBe(200);
		expect((skill.body as { skill: { stations: unknown[] } }).skill.stations.length).toBeGreaterThan(0);
		expect((await call('GET', '/api/skills/{id}', '/api/skills/no-such-skill', null)).status).toBe(404);
		expect((await call('GET', '/api/skills/{id}', '/api/skills/tig-welding-stainless?lang=nl', null)).status).toBe(400);
		expect((await call('GET', '/api/modules/{id}', '/api/modules/vca-basis-course', null)).status).toBe(200);
		expect((await call('GET', '/api/modules/{id}', `/api/modules/${CLOSED_MODULE}`, cast.worker)).status).toBe(200);
		expect((await call('GET', '/api/modules/{id}', `/api/modules/${CLOSED_MODULE}`, null)).status).toBe(404);
	});

	it('the planner: routes with variants, setbacks and no route at all; reach', async () => {
		const routes = await call('GET', '/api/routes', '/api/routes?from=welder&to=project-leader&skills=tig-welding-stainless:4&k=8', cast.worker);
		expect(routes.status).toBe(200);
		expect((routes.body as { routes: { hops: unknown[] }[] }).routes[0]!.hops.length).toBeGreaterThan(1);
		expect((await call('GET', '/api/routes', '/api/routes?from=project-leader&to=welder&backwards=yes', null)).status).toBe(200);
		const none = await call('GET', '/api/routes', '/api/routes?from=project-leader&to=welder', null);
		expect((none.body as { reason: string | null }).reason).not.toBeNull();
		expect((await call('GET', '/api/routes', '/api/routes?from=welder&to=nowhere', null)).status).toBe(404);
		expect((await call('GET', '/api/routes', '/api/routes?from=welder&to=welder', null)).status).toBe(400);
		expect((await call('GET', '/api/reach', '/api/reach?from=hygienic-welder&months=60&hours=500', cast.worker)).status).toBe(200);
		expect((await call('GET', '/api/reach', '/api/reach?from=hygienic-welder&months=0', null)).status).toBe(400);
	});

	it('maps: the whole network, around a station, along a route, a sector', async () => {
		expect((await call('GET', '/api/map', '/api/map?lang=en', null)).status).toBe(200);
		expect((await call('GET', '/api/map', '/api/map?around=hygienic-welder&radius=1', null)).status).toBe(200);
		expect((await call('GET', '/api/map', '/api/map?route=welder,construction-welder,hygienic-welder', null)).status).toBe(200);
		expect((await call('GET', '/api/map', '/api/map?group=isco-72', null)).status).toBe(200);
		expect((await call('GET', '/api/map', '/api/map?around=welder&group=isco-72', null)).status).toBe(400);
	});

	it('my account and my plans, from saving to deleting', async () => {
		expect((await call('GET', '/api/me', '/api/me', null)).status).toBe(401);
		expect((await call('GET', '/api/me', '/api/me', cast.worker)).status).toBe(200);
		// Saved as the planner's page saves it: the first route's hops, with their modules.
		const planned = await call('GET', '/api/routes', '/api/routes?from=construction-welder&to=hygienic-welder', cast.worker);
		type Hop = { line: string | null; to: string; modules: { id: string }[]; untaught: string[] };
		const hops = (planned.body as { routes: { hops: Hop[] }[] }).routes[0]!.hops;
		const route = { from: 'construction-welder', hops: hops.map((h) => ({ line: h.line, to: h.to, modules: h.modules.map((m) => m.id), untaught: h.untaught })) };
		expect((await call('POST', '/api/plans', '/api/plans', cast.worker, { json: { title: 'x', route, extra: 1 } })).status).toBe(400);
		const saved = await call('POST', '/api/plans', '/api/plans', cast.worker, { json: { title: 'Towards hygienic welder', route } });
		expect(saved.status).toBe(201);
		const plan = (saved.body as { plan: { id: string; route: { stops: { modules: { id: string }[] }[] } } }).plan;
		const at = `/api/plans/${plan.id}`;
		expect((await call('GET', '/api/plans', '/api/plans', cast.worker)).status).toBe(200);
		expect((await call('GET', '/api/plans/{id}', at, cast.worker)).status).toBe(200);
		expect((await call('GET', '/api/plans/{id}', at, cast.admin)).status).toBe(404);
		expect((await call('PATCH', '/api/plans/{id}', at, cast.worker, { json: { title: 'Renamed' } })).status).toBe(200);
		expect((await call('POST', '/api/plans/{id}/comments', `${at}/comments`, cast.worker, { json: { body: 'Starting in May' } })).status).toBe(201);
		const module = plan.route.stops.flatMap((s) => s.modules)[0];
		expect(module, 'the seed route has a module to mark').toBeDefined();
		expect((await call('PUT', '/api/plans/{id}/progress', `${at}/progress`, cast.worker, { json: { module: module!.id, doneOn: '2026-03-31' } })).status).toBe(200);
		expect((await call('PUT', '/api/plans/{id}/progress', `${at}/progress`, cast.worker, { json: { module: module!.id, doneOn: '2026-02-31' } })).status).toBe(400);
		expect((await call('GET', '/api/me/export', '/api/me/export', cast.worker)).status).toBe(200);
		expect((await call('DELETE', '/api/plans/{id}', at, cast.worker)).status).toBe(204);
	});

	it('editing: read, create, a stale save, delete; the export bundle', async () => {
		const item = '/api/networks/{network}/{kind}/{id}';
		const skill = { id: 'openapi-skill', label: { nl: 'Beschrijven', en: 'Describing' } };
		expect((await call('GET', item, '/api/networks/seed/stations/hygienic-welder', cast.admin)).status).toBe(200);
		expect((await call('GET', item, '/api/networks/seed/stations/hygienic-welder', null)).status).toBe(401);
		expect((await call('PUT', item, '/api/networks/seed/skills/openapi-skill', cast.admin, { json: { revision: 0, item: skill } })).status).toBe(201);
		expect((await call('PUT', item, '/api/networks/seed/skills/openapi-skill', cast.admin, { json: { revision: 1, item: { ...skill, label: { nl: 'Beschrijven', en: 'Describe' } } } })).status).toBe(200);
		const stale = await call('PUT', item, '/api/networks/seed/skills/openapi-skill', cast.admin, { json: { revision: 1, item: skill } });
		expect(stale.status).toBe(409);
		expect((await call('PUT', item, '/api/networks/seed/skills/openapi-skill', cast.admin, { json: { revision: 2, item: { ...skill, label: { nl: '' } } } })).status).toBe(400);
		expect((await call('PUT', item, '/api/networks/seed/skills/openapi-skill', cast.worker, { json: { revision: 2, item: skill } })).status).toBe(403);
		expect((await call('DELETE', item, '/api/networks/seed/skills/tig-welding-stainless', cast.admin)).status).toBe(409);
		expect((await call('DELETE', item, '/api/networks/seed/skills/openapi-skill?revision=2', cast.admin)).status).toBe(200);
		const bundle = await call('GET', '/api/networks/{network}/export', '/api/networks/seed/export', cast.admin);
		expect(bundle.status).toBe(200);
		expect(bundle.body as string).toMatch(/^network:/m);
	});

	it('every documented success answer was checked against a real one', () => {
		const successes = ENDPOINTS.flatMap((e) =>
			Object.keys(e.responses)
				.filter((s) => Number(s) < 300)
				.map((s) => `${e.method.toUpperCase()} ${e.path} ${s}`)
		);
		expect(successes.filter((s) => !checked.has(s))).toEqual([]);
	});
});
