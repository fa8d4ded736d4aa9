import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Membership } from '$lib/schemas/account';
import { startApp, type AppContext } from '$lib/server/app';
import type { Account } from '$lib/server/auth/roles';
import * as editItem from '../src/routes/[[lang=locale]]/edit/[kind]/[id]/+page.server';
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
const cast = {} as Record<'loner' | 'regionEditor', Account>;

async function person(name: string, memberships: Membership[]): Promise<Account> {
	const user = await app.users.createUser({ email: `${name}@example.nl`, name, passwordHash: 'not-used', admin: false });
	for (const m of memberships) await app.users.addMembership(user.id, m);
	return { user, memberships };
}

beforeAll(async () => {
	app = await startApp({ DATABASE_PATH: join(dir, 'vakmetro.db'), SEED_DIR: 'graph-seed' });
	cast.loner = await person('lou', []);
	cast.regionEditor = await person('gea', [{ organisation: 'regio-foodvalley', role: 'region-editor' }]);
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
