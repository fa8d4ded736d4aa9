import { describe, expect, it } from 'vitest';
import { hashPassword, verifyDecoy, verifyPassword } from './password';

describe('password hashing', () => {
	it('uses argon2id with 19 MiB, 2 passes and 1 lane, and a fresh salt each time', async () => {
		const a = await hashPassword('correct horse battery');
		expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await hashPassword('correct horse battery')).not.toBe(a);
	});

	it('verifies the right password only', async () => {
		const h = await hashPassword('correct horse battery');
		expect(await verifyPassword(h, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(h, 'Correct horse battery')).toBe(false);
	});

	it('treats a corrupt stored hash as a wrong password', async () => {
		expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
	});

	it('the decoy check never succeeds', async () => {
		expect(await verifyDecoy('decoy password that no account has')).toBe(false);
	});
});
