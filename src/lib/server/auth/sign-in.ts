import type { User } from '$lib/schemas/account';
import type { UserStore } from '../store/user-types';
import { verifyDecoy, verifyPassword } from './password';
import type { AuthLimits } from './rate-limit';

export type SignInResult =
	| { ok: true; user: User }
	/** Unknown email and wrong password are one reason, so the answer never tells which accounts exist. */
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

export async function checkCredentials(
	users: UserStore,
	limits: AuthLimits,
	attempt: { email: string; password: string; address: string },
	now = Date.now()
): Promise<SignInResult> {
	const account = attempt.email.trim().toLowerCase();
	const wait = Math.max(limits.account.retryAfter(account, now), limits.address.retryAfter(attempt.address, now));
	if (wait > 0) return { ok: false, reason: 'rate-limited', retryAfterSeconds: Math.ceil(wait / 1000) };

	const credentials = await users.findCredentials(account);
	const valid = credentials ? await verifyPassword(credentials.passwordHash, attempt.password) : await verifyDecoy(attempt.password);
	if (!credentials || !valid) {
		limits.account.record(account, now);
		limits.address.record(attempt.address, now);
		return { ok: false, reason: 'invalid' };
	}
	limits.account.clear(account);
	return { ok: true, user: credentials.user };
}
