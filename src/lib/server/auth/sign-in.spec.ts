import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteUserStore } from '../store/sqlite/user-store';
import { tempUserStore } from '../store/sqlite/user-test-store';
import { hashPassword } from './password';
import { createAuthLimits } from './rate-limit';
import { checkCredentials } from './sign-in';

let users: SqliteUserStore;
let dispose: () => Promise<void>;
const PASSWORD = 'a long enough passphrase';

beforeAll(async () => {
	({ users, dispose } = await tempUserStore());
	await users.createUser({ email: 'known@example.nl', name: 'Known', passwordHash: await hashPassword(PASSWORD) });
});
afterAll(() => dispose());

const attempt = (email: string, password: string, address = '198.51.100.1') => ({ email, password, address });

describe('checking credentials', () => {
	it('signs in with the right password, whatever the case of the email', async () => {
		const r = await checkCredentials(users, createAuthLimits(), attempt(' Known@Example.nl ', PASSWORD));
		expect(r.ok && r.user.email).toBe('known@example.nl');
	});

	it('answers an unknown email exactly like a wrong password (no account enumeration)', async () => {
		const limits = createAuthLimits();
		const wrong = await checkCredentials(users, limits, attempt('known@example.nl', 'not the password'));
		const unknown = await checkCredentials(users, limits, attempt('nobody@example.nl', 'not the password'));
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
	});

	it('blocks an account after 5 failures, from any address, even with the right password', async () => {
		const limits = createAuthLimits();
		const now = Date.now();
		for (let i = 0; i < 5; i++) await checkCredentials(users, limits, attempt('known@example.nl', 'wrong', `203.0.113.${i}`), now);
		const blocked = await checkCredentials(users, limits, attempt('known@example.nl', PASSWORD, '203.0.113.99'), now + 1000);
		expect(blocked).toMatchObject({ ok: false, reason: 'rate-limited' });
		expect(blocked.ok === false && blocked.reason === 'rate-limited' && blocked.retryAfterSeconds).toBe(15 * 60 - 1);
		const later = await checkCredentials(users, limits, attempt('known@example.nl', PASSWORD, '203.0.113.99'), now + 15 * 60_000);
		expect(later.ok).toBe(true);
	});

	it('limits unknown emails the same way, so the limit does not reveal which accounts exist', async () => {
		const limits = createAuthLimits();
		const now = Date.now();
		for (let i = 0; i < 5; i++) await checkCredentials(users, limits, attempt('nobody@example.nl', 'wrong', `203.0.113.${i}`), now);
		expect(await checkCredentials(users, limits, attempt('nobody@example.nl', 'wrong', '203.0.113.50'), now)).toMatchObject({ reason: 'rate-limited' });
	});

	it('blocks an address that sprays many accounts', async () => {
		const limits = createAuthLimits();
		const now = Date.now();
		for (let i = 0; i < 30; i++) await checkCredentials(users, limits, attempt(`spray${i}@example.nl`, 'wrong', '192.0.2.66'), now);
		expect(await checkCredentials(users, limits, attempt('known@example.nl', PASSWORD, '192.0.2.66'), now)).toMatchObject({ reason: 'rate-limited' });
		expect((await checkCredentials(users, limits, attempt('known@example.nl', PASSWORD, '192.0.2.67'), now)).ok).toBe(true);
	});
}, 60_000);
