import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Membership } from '$lib/schemas/account';
import { startApp, type AppContext } from '$lib/server/app';
import { memoryCookies } from '$lib/server/auth/fake-event';
import { localeHandle } from '$lib/server/http/locale-handle';
import type { Account } from '$lib/server/auth/roles';
import * as editItem from '../src/routes/[[lang=locale]]/edit/[kind]/[id]/+page.server';
import * as item from '../src/routes/api/networks/[network]/[kind]/[id]/+server';
import * as unknownApi from '../src/routes/api/[...path]/+server';
import { outcomeOf, routeEvent, type RouteRequest } from './route-event';

/**
 * Hostile input at the routes, called the way SvelteKit calls them, on the real SQLite store
 * with the seed network: what the attacker sends is refused with a 400 (or their lack of
 * permission with a 403 before their input is read), and nothing in the process changes.
 */

// Outside a server, SvelteKit has no current request; helpers that read it get the one under test.
const request = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('$app/server', () => ({ getRequestEvent: () => request.current }));

let app: AppContext;
const dir = mkdtempSync(join(tmpdir(), 'vakmetro-input-'));
const cast = {} as Record<'loner' | 'regionEditor' | 'admin', Account>;

async function person(name: string, memberships: Membership[], admin = false): Promise<Account> {
	const user = await app.users.createUser({ email: `${name}@example.nl`, name, passwordHash: 'not-used', admin });
	for (const m of memberships) await app.users.addMembership(user.id, m);
	return { user, memberships };
}

beforeAll(async () => {
	app = await startApp({ DATABASE_PATH: join(dir, 'vakmetro.db'), SEED_DIR: 'graph-seed' });
	cast.loner = await person('lou', []);
	cast.regionEditor = await person('gea', [{ organisation: 'regio-foodvalley', role: 'region-editor' }]);
	cast.admin = await person('root', [], true);
});
afterAll(async () => {
	await app.users.close();
	await app.store.close();
	rmSync(dir, { recursive: true, force: true });
});

const prototypeKeys = () => Object.keys(Object.prototype);
afterEach(() => {
	// A pollution would otherwise leak into every later test of this worker.
	for (const key of prototypeKeys()) delete (Object.prototype as Record<string, unknown>)[key];
});

function event(who: Account | null, route: string, path: string, init: RouteRequest = {}) {
	const e = routeEvent(who, route, path, init);
	request.current = e;
	return e;
}

describe('the editor form', () => {
	const ROUTE = '/[[lang=locale]]/edit/[kind]/[id]';
	const post = (who: Account, action: 'save' | 'arrange', id: string, form: [string, string][]) =>
		event(who, ROUTE, `/en/edit/stations/${id}?/${action}`, { form, params: { kind: 'stations', id } });

	it('refuses someone without an editing role before reading what they posted', async () => {
		for (const [action, id] of [['save', 'new'], ['arrange', 'new'], ['save', 'hygienic-welder'], ['arrange', 'hygienic-welder']] as const) {
			const e = post(cast.loner, action, id, [['__proto__.polluted', '1'], ['requires.4294967294.skill', 'x'], ['arrange', 'add:requires']]);
			const { status } = await outcomeOf(() => editItem.actions[action]!(e as never));
			expect(status, `${action} ${id}`).toBe(403);
			expect(e.request.bodyUsed, `${action} ${id} read the body`).toBe(false);
		}
		expect(prototypeKeys()).toEqual([]);
	});

	it.each([['__proto__.polluted'], ['constructor.prototype.x'], ['label.__proto__.polluted']])(
		'answers 400 naming %s when an editor posts it, and no object changes',
		async (name) => {
			const { status, body } = await outcomeOf(() => editItem.actions.save!(post(cast.regionEditor, 'save', 'new', [['id', 'x'], [name, '1']]) as never));
			expect(prototypeKeys()).toEqual([]);
			expect(status).toBe(400);
			expect((body as { message: string }).message).toContain(name);
		}
	);

	it('answers 400 to a row index beyond what a form holds', async () => {
		for (const action of ['save', 'arrange'] as const) {
			const form: [string, string][] = [['id', 'x'], ['requires.4294967294.skill', 'x'], ['arrange', 'add:requires']];
			const { status, body } = await outcomeOf(() => editItem.actions[action]!(post(cast.regionEditor, action, 'new', form) as never));
			expect(status, action).toBe(400);
			expect((body as { message: string }).message).toContain('1000');
		}
	});
});

/** Every JSON endpoint, as SvelteKit finds them: route id, path with sample parameters, and its handlers. */
type Handler = (event: never) => Promise<Response>;
const ENDPOINTS = Object.entries(import.meta.glob('../src/routes/api/**/+server.ts', { eager: true }) as Record<string, Record<string, Handler>>).map(([file, mod]) => {
	const route = file.replace('../src/routes', '').replace('/+server.ts', '');
	const params: Record<string, string> = { network: 'seed', kind: 'stations', id: 'hygienic-welder', path: 'nothing/here' };
	const path = route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => params[name]!);
	const methods = (['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'fallback'] as const).filter((m) => typeof mod[m] === 'function');
	return { route, path, params, mod, methods };
});
const MUTATING = ['PUT', 'POST', 'PATCH', 'DELETE', 'fallback'] as const;

describe('the JSON API', () => {
	it('is found in full (a glob that finds nothing proves nothing)', () => {
		expect(ENDPOINTS.length).toBeGreaterThanOrEqual(14);
		expect(ENDPOINTS.flatMap((e) => e.methods.filter((m) => m !== 'GET' && m !== 'fallback')).length).toBeGreaterThanOrEqual(7);
	});

	it('refuses a mutating request from another site with 403 JSON, before reading it', async () => {
		for (const { route, path, params, mod, methods } of ENDPOINTS)
			for (const method of methods.filter((m) => (MUTATING as readonly string[]).includes(m))) {
				for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
					const e = event(cast.admin, route, path, { method: method === 'fallback' ? 'POST' : method, json: { revision: 0, item: {} }, params, headers });
					const { status, body } = await outcomeOf(() => mod[method]!(e as never));
					expect(status, `${method} ${route} ${JSON.stringify(headers)}`).toBe(403);
					expect(body).toMatchObject({ error: { status: 403, code: 'cross-site' } });
					expect(e.request.bodyUsed).toBe(false);
				}
			}
	});

	it('lets a request from its own origin, or from a client that sends no Origin, through', async () => {
		const e = (headers: Record<string, string>) =>
			event(cast.admin, '/api/plans/[id]', '/api/plans/nope', { method: 'DELETE', params: { id: 'nope' }, headers });
		const plan = ENDPOINTS.find((x) => x.route === '/api/plans/[id]')!.mod;
		expect((await outcomeOf(() => plan.DELETE!(e({ origin: 'http://localhost' }) as never))).status).toBe(404);
		expect((await outcomeOf(() => plan.DELETE!(e({}) as never))).status).toBe(404);
		expect((await outcomeOf(() => plan.DELETE!(e({ 'sec-fetch-site': 'same-origin' }) as never))).status).toBe(404);
	});

	it('refuses a query parameter no endpoint knows, on every endpoint and method', async () => {
		for (const { route, path, params, mod, methods } of ENDPOINTS)
			for (const method of methods) {
				const e = event(cast.admin, route, `${path}?bogus=1`, { method: method === 'fallback' ? 'GET' : method, params });
				const { status, body } = await outcomeOf(() => mod[method]!(e as never));
				if (route === '/api/[...path]') expect(status).toBe(404);
				else {
					expect(status, `${method} ${route}`).toBe(400);
					expect(body, `${method} ${route}`).toMatchObject({ error: { field: 'bogus', message: "unknown parameter 'bogus'" } });
				}
			}
	});

	it('answers an unknown path with the JSON 404 every API error has', async () => {
		for (const method of ['GET', 'POST', 'DELETE']) {
			const { status, body } = await outcomeOf(() =>
				unknownApi.fallback(event(null, '/api/[...path]', '/api/stationz/x', { method, params: { path: 'stationz/x' } }) as never)
			);
			expect(status).toBe(404);
			expect(body).toEqual({ error: { status: 404, code: 'not-found', message: "there is no API endpoint '/api/stationz/x'" } });
		}
	});

	it('reads a key that reaches a prototype in a body as a 400 naming it', async () => {
		const e = event(cast.admin, '/api/networks/[network]/[kind]/[id]', '/api/networks/seed/skills/new-skill', {
			method: 'PUT',
			body: '{"revision":0,"item":{"id":"new-skill","label":{"nl":"a","en":"b"},"__proto__":{"polluted":1}}}',
			headers: { 'content-type': 'application/json' },
			params: { network: 'seed', kind: 'skills', id: 'new-skill' }
		});
		const { status, body } = await outcomeOf(() => item.PUT(e as never));
		expect(status).toBe(400);
		expect(body).toMatchObject({ error: { field: '__proto__' } });
		expect(await app.store.getItem('seed', 'skills', 'new-skill')).toBeNull();
	});

	it('refuses a label with a right-to-left override, naming the field, and stores nothing', async () => {
		const e = event(cast.admin, '/api/networks/[network]/[kind]/[id]', '/api/networks/seed/skills/new-skill', {
			method: 'PUT',
			json: { revision: 0, item: { id: 'new-skill', label: { nl: 'lassen', en: 'gnidlew\u202E' } } },
			params: { network: 'seed', kind: 'skills', id: 'new-skill' }
		});
		const { status, body } = await outcomeOf(() => item.PUT(e as never));
		expect(status).toBe(400);
		expect(body).toMatchObject({ error: { field: 'item.label.en' } });
		expect(await app.store.getItem('seed', 'skills', 'new-skill')).toBeNull();
	});

	it('does not let a closed module be probed: creating it answers as reading it does', async () => {
		const path = '/api/networks/seed/modules/vdm-hygienic-welding-practice';
		const params = { network: 'seed', kind: 'modules', id: 'vdm-hygienic-welding-practice' };
		const route = '/api/networks/[network]/[kind]/[id]';
		const read = await outcomeOf(() => item.GET(event(cast.regionEditor, route, path, { params }) as never));
		expect(read.status).toBe(404);
		const module = {
			id: 'vdm-hygienic-welding-practice',
			label: { nl: 'Probe', en: 'Probe' },
			kind: 'online',
			hours: 1,
			price: 0,
			currency: 'EUR',
			language: 'nl',
			provider: 'Prober',
			visibility: 'public',
			teaches: [{ skill: 'mma-welding', level: 2 }],
			points: 0,
			certificates: []
		};
		for (const body of [{ revision: 0, item: module }, { revision: 0, item: { id: module.id } }, { revision: 3, item: module }]) {
			const put = await outcomeOf(() => item.PUT(event(cast.regionEditor, route, path, { method: 'PUT', json: body, params }) as never));
			expect(put, JSON.stringify(body)).toEqual(read);
		}
	});
});

describe('the language and network cookies', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('are Secure under the same rule as the session cookie', async () => {
		for (const [env, secure] of [[{ NODE_ENV: 'production', ORIGIN: '' }, true], [{ NODE_ENV: 'test', ORIGIN: 'https://vakmetro.example.nl' }, true], [{ NODE_ENV: 'test', ORIGIN: '' }, false]] as const) {
			for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
			const jar = memoryCookies();
			const e = event(null, '/[[lang=locale]]/stations/[id]', '/en/stations/hygienic-welder?network=seed', { cookies: jar.cookies });
			await localeHandle({ event: e, resolve: async () => new Response('ok') });
			const cookieOptions = (_: unknown, name: string) => jar.set.find((c) => c.name === name)?.options;
			expect(cookieOptions(e, 'lang')).toMatchObject({ secure, httpOnly: false, sameSite: 'lax', path: '/' });
			expect(cookieOptions(e, 'network')).toMatchObject({ secure, httpOnly: true, sameSite: 'lax', path: '/' });
		}
	});
});
