import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteUserStore } from '../store/sqlite/user-store';
import { tempUserStore } from '../store/sqlite/user-test-store';
import { ANONYMOUS } from '../viewer';
import { SESSION_COOKIE } from './cookie';
import { fakeEvent, memoryCookies } from './fake-event';
import { createAuthHandle } from './handle';
import { RENEW_WITHIN_DAYS, SESSION_DAYS, createSession, generateSessionToken } from './session';

let users: SqliteUserStore;
let dispose: () => Promise<void>;
let userId: string;
const DAY = 86_400_000;

beforeAll(async () => {
	({ users, dispose } = await tempUserStore());
	userId = (await users.createUser({ email: 'h@example.nl', name: 'H', passwordHash: 'h' })).id;
	await users.addMembership(userId, { organisation: 'acme', role: 'worker' });
	await users.addMembership(userId, { organisation: 'acme', role: 'advisor' });
});
afterAll(() => dispose());

async function run(cookie?: string) {
	const jar = memoryCookies(cookie === undefined ? {} : { [SESSION_COOKIE]: cookie });
	const event = fakeEvent({ cookies: jar.cookies });
	const handle = createAuthHandle(async () => users);
	await handle({ event, resolve: async () => new Response('ok') });
	return { locals: event.locals, set: jar.set };
}

describe('auth handle', () => {
	it('leaves a visitor without a cookie anonymous', async () => {
		const { locals, set } = await run();
		expect(locals.user).toBeNull();
		expect(locals.viewer).toBe(ANONYMOUS);
		expect(set).toEqual([]);
	});

	it('turns a valid session cookie into the user, memberships and viewer', async () => {
		const token = generateSessionToken();
		await createSession(users, token, userId);
		const { locals, set } = await run(token);
		expect(locals.user?.id).toBe(userId);
		expect(locals.memberships).toHaveLength(2);
		expect(locals.viewer).toEqual({ userId, organisations: ['acme'], roles: ['advisor', 'worker'] });
		expect(set).toEqual([]);
	});

	it('sends the cookie again, HttpOnly and SameSite=Lax, when the expiry slides', async () => {
		const token = generateSessionToken();
		await createSession(users, token, userId, new Date(Date.now() - (SESSION_DAYS - RENEW_WITHIN_DAYS + 1) * DAY));
		const { set } = await run(token);
		expect(set).toHaveLength(1);
		expect(set[0]).toMatchObject({ name: SESSION_COOKIE, value: token, options: { httpOnly: true, sameSite: 'lax', path: '/' } });
		expect((set[0]!.options.expires as Date).getTime()).toBeGreaterThan(Date.now() + (SESSION_DAYS - 1) * DAY);
	});

	it('removes a cookie that names no session', async () => {
		const { locals, set } = await run(generateSessionToken());
		expect(locals.user).toBeNull();
		expect(set).toMatchObject([{ name: SESSION_COOKIE, value: '', options: { maxAge: 0 } }]);
	});
});
