import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteUserStore } from '../store/sqlite/user-store';
import { tempUserStore } from '../store/sqlite/user-test-store';
import { RENEW_WITHIN_DAYS, SESSION_DAYS, createSession, generateSessionToken, invalidateSession, sessionIdFromToken, validateSessionToken } from './session';

const DAY = 86_400_000;
let users: SqliteUserStore;
let dispose: () => Promise<void>;
let userId: string;

beforeAll(async () => {
	({ users, dispose } = await tempUserStore());
	userId = (await users.createUser({ email: 's@example.nl', name: 'S', passwordHash: 'h' })).id;
});
afterAll(() => dispose());

describe('session tokens', () => {
	it('are 20 random bytes in lowercase base32, different every time', () => {
		const a = generateSessionToken();
		expect(a).toMatch(/^[a-z2-7]{32}$/);
		expect(generateSessionToken()).not.toBe(a);
	});

	it('are stored only as the hex SHA-256 of the token', async () => {
		const token = generateSessionToken();
		const session = await createSession(users, token, userId);
		expect(session.id).toBe(sessionIdFromToken(token));
		expect(session.id).toMatch(/^[0-9a-f]{64}$/);
		// SHA-256 of "abc", the FIPS 180-2 test vector.
		expect(sessionIdFromToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		const rows = users.db.prepare('SELECT id FROM sessions WHERE user_id = ?').all(userId) as { id: string }[];
		expect(rows.map((r) => r.id)).toContain(session.id);
		expect(rows.map((r) => r.id)).not.toContain(token);
	});
});

describe('validating a session', () => {
	it('accepts a fresh session without renewing it', async () => {
		const token = generateSessionToken();
		const now = new Date();
		await createSession(users, token, userId, now);
		const valid = await validateSessionToken(users, token, new Date(now.getTime() + DAY));
		expect(valid?.user.id).toBe(userId);
		expect(valid?.renewed).toBe(false);
		expect(valid?.session.expiresAt.getTime()).toBe(now.getTime() + SESSION_DAYS * DAY);
	});

	it('slides the expiry to 30 days once less than 15 days are left', async () => {
		const token = generateSessionToken();
		const start = new Date();
		await createSession(users, token, userId, start);
		const later = new Date(start.getTime() + (SESSION_DAYS - RENEW_WITHIN_DAYS + 1) * DAY);
		const valid = await validateSessionToken(users, token, later);
		expect(valid?.renewed).toBe(true);
		expect(valid?.session.expiresAt.getTime()).toBe(later.getTime() + SESSION_DAYS * DAY);
		const stored = await users.getSession(sessionIdFromToken(token));
		expect(stored?.session.expiresAt.getTime()).toBe(later.getTime() + SESSION_DAYS * DAY);
	});

	it('refuses and deletes an expired session', async () => {
		const token = generateSessionToken();
		const start = new Date();
		await createSession(users, token, userId, start);
		expect(await validateSessionToken(users, token, new Date(start.getTime() + SESSION_DAYS * DAY))).toBeNull();
		expect(await users.getSession(sessionIdFromToken(token))).toBeNull();
	});

	it('refuses unknown, malformed and signed-out tokens', async () => {
		expect(await validateSessionToken(users, generateSessionToken())).toBeNull();
		expect(await validateSessionToken(users, 'not a token')).toBeNull();
		const token = generateSessionToken();
		const session = await createSession(users, token, userId);
		await invalidateSession(users, session.id);
		expect(await validateSessionToken(users, token)).toBeNull();
	});
});
