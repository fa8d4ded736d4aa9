import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteUserStore } from '../store/sqlite/user-store';
import { tempUserStore } from '../store/sqlite/user-test-store';
import { hashPassword } from './password';
import { takeSignUp } from './rate-limit';
import { checkCredentials } from './sign-in';

let users: SqliteUserStore;
let dispose: () => Promise<void>;
const PASSWORD = 'a long enough passphrase';
const MINUTE = 60_000;

beforeAll(async () => {
	({ users, dispose } = await tempUserStore());
	const passwordHash = await hashPassword(PASSWORD);
	for (const name of ['known', 'colleague', 'target', 'twin']) await users.createUser({ email: `${name}@example.nl`, name, passwordHash });
});
afterAll(() => dispose());

/** A clock the test moves; every test starts on its own day so counters of other tests have gone. */
function clock(day: number) {
	let t = Date.UTC(2025, 0, day, 9);
	return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

const attempt = (email: string, password: string, address: string) => ({ email, password, address });

describe('checking credentials', () => {
	it('signs in with the right password, whatever the case of the email', async () => {
		const r = await checkCredentials(users, attempt(' Known@Example.nl ', PASSWORD, '198.51.100.1'), clock(1).now);
		expect(r.ok && r.user.email).toBe('known@example.nl');
	});

	it('answers an unknown email exactly like a wrong password (no account enumeration)', async () => {
		const { now } = clock(2);
		const wrong = await checkCredentials(users, attempt('known@example.nl', 'not the password', '198.51.100.2'), now);
		const unknown = await checkCredentials(users, attempt('nobody@example.nl', 'not the password', '198.51.100.2'), now);
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
	});
});

describe('sign-in limits', () => {
	it('do not lock a known user out: after five wrong passwords the right one still signs in from another address at once', async () => {
		const { now } = clock(3);
		for (let i = 0; i < 5; i++) expect(await checkCredentials(users, attempt('known@example.nl', 'wrong', '203.0.113.9'), now)).toMatchObject({ reason: 'invalid' });
		expect((await checkCredentials(users, attempt('known@example.nl', PASSWORD, '198.51.100.3'), now)).ok).toBe(true);
	});

	it('slow one account from one address with delays that double, and forgive the pair once the right password is given', async () => {
		const { now, advance } = clock(4);
		const guess = () => checkCredentials(users, attempt('known@example.nl', 'wrong', '203.0.113.10'), now);
		for (let i = 0; i < 5; i++) await guess();
		expect(await guess()).toEqual({ ok: false, reason: 'rate-limited', retryAfterMs: 1000 });
		advance(1000);
		expect(await guess()).toEqual({ ok: false, reason: 'invalid' });
		// Refused attempts do not count: waiting the delay out is always enough.
		expect(await guess()).toEqual({ ok: false, reason: 'rate-limited', retryAfterMs: 2000 });
		expect(await guess()).toEqual({ ok: false, reason: 'rate-limited', retryAfterMs: 2000 });
		advance(2000);
		await guess();
		advance(4000);
		await guess();
		advance(8000);
		expect(await guess()).toEqual({ ok: false, reason: 'invalid' });
		expect(await guess()).toEqual({ ok: false, reason: 'rate-limited', retryAfterMs: 16_000 });
		advance(16_000);
		expect((await checkCredentials(users, attempt('known@example.nl', PASSWORD, '203.0.113.10'), now)).ok).toBe(true);
		expect(await guess()).toEqual({ ok: false, reason: 'invalid' });
	});

	it('count unknown emails exactly like known ones, so the limits reveal no accounts', async () => {
		const { now, advance } = clock(5);
		const run = async (email: string) => {
			const results = [];
			for (let i = 0; i < 7; i++) {
				results.push(await checkCredentials(users, attempt(email, 'wrong', '203.0.113.11'), now));
				advance(500);
			}
			return results;
		};
		const known = await run('twin@example.nl');
		advance(MINUTE);
		expect(await run('nobody-twin@example.nl')).toEqual(known);
		expect(known.map((r) => (r.ok ? 'ok' : r.reason))).toContain('rate-limited');
	});

	it('slow an address that sprays many accounts, but let people who signed in there before keep signing in', async () => {
		const { now } = clock(6);
		const office = '192.0.2.66';
		expect((await checkCredentials(users, attempt('colleague@example.nl', PASSWORD, office), now)).ok).toBe(true);
		for (let i = 0; i < 20; i++) expect(await checkCredentials(users, attempt(`spray${i}@example.nl`, 'wrong', office), now)).toMatchObject({ reason: 'invalid' });
		expect(await checkCredentials(users, attempt('spray-next@example.nl', 'wrong', office), now)).toMatchObject({ reason: 'rate-limited' });
		// More than the 30 failures that used to close the address for everyone.
		expect((await checkCredentials(users, attempt('colleague@example.nl', PASSWORD, office), now)).ok).toBe(true);
		expect((await checkCredentials(users, attempt('known@example.nl', PASSWORD, '192.0.2.67'), now)).ok).toBe(true);
	});

	it('slow guessing one account from many addresses, except from an address the account signed in from', async () => {
		const { now } = clock(7);
		expect((await checkCredentials(users, attempt('target@example.nl', PASSWORD, '198.51.100.70'), now)).ok).toBe(true);
		for (let i = 0; i < 10; i++) expect(await checkCredentials(users, attempt('target@example.nl', 'wrong', `203.0.113.${100 + i}`), now)).toMatchObject({ reason: 'invalid' });
		expect(await checkCredentials(users, attempt('target@example.nl', 'wrong', '203.0.113.200'), now)).toMatchObject({ reason: 'rate-limited' });
		expect((await checkCredentials(users, attempt('target@example.nl', PASSWORD, '198.51.100.70'), now)).ok).toBe(true);
	});

	it('count a burst of parallel guesses one by one', async () => {
		const { now } = clock(8);
		const results = await Promise.all(Array.from({ length: 12 }, () => checkCredentials(users, attempt('known@example.nl', 'wrong', '203.0.113.12'), now)));
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
		expect(results.filter((r) => !r.ok && r.reason === 'rate-limited')).toHaveLength(7);
	});

	it('are shared by app instances on one store', async () => {
		const { now } = clock(9);
		const instance2 = new SqliteUserStore(users.path);
		try {
			for (let i = 0; i < 5; i++) await checkCredentials(users, attempt('known@example.nl', 'wrong', '203.0.113.13'), now);
			expect(await checkCredentials(instance2, attempt('known@example.nl', 'wrong', '203.0.113.13'), now)).toMatchObject({ reason: 'rate-limited' });
		} finally {
			await instance2.close();
		}
	});
}, 120_000);

describe('sign-up limit', () => {
	it('lets ten sign-ups from one address through, then slows the next with a growing delay', async () => {
		const start = Date.UTC(2025, 0, 10, 9);
		const waits = [];
		for (let i = 0; i < 11; i++) waits.push(await takeSignUp(users, '198.51.100.90', new Date(start)));
		expect(waits).toEqual([...Array(10).fill(0), MINUTE]);
		expect(await takeSignUp(users, '198.51.100.90', new Date(start + MINUTE))).toBe(0);
		expect(await takeSignUp(users, '198.51.100.90', new Date(start + MINUTE))).toBe(2 * MINUTE);
		expect(await takeSignUp(users, '198.51.100.91', new Date(start))).toBe(0);
	});
});
