import type { User } from '$lib/schemas/account';
import type { UserStore } from '../store/user-types';
import { verifyDecoy, verifyPassword } from './password';
import { checkSignIn, recordSignIn, recordSignInFailure, signInKeys } from './rate-limit';

export type SignInResult =
	| { ok: true; user: User }
	/** Unknown email and wrong password are one reason, so the answer never tells which accounts exist. */
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'rate-limited'; retryAfterMs: number };

const running = new Map<string, Promise<unknown>>();

/**
 * Runs the attempts on one key one after the other in this process, so a burst of parallel
 * guesses cannot all pass the limit check before the first failure is counted.
 */
async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
	const turn = (running.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
	running.set(key, turn);
	try {
		return await turn;
	} finally {
		if (running.get(key) === turn) running.delete(key);
	}
}

export async function checkCredentials(
	users: UserStore,
	attempt: { email: string; password: string; address: string },
	now = () => new Date()
): Promise<SignInResult> {
	const keys = signInKeys(attempt.email.trim().toLowerCase(), attempt.address);
	return oneAtATime(keys.pair, async () => {
		const at = now();
		const check = await checkSignIn(users, keys, at);
		if (check.waitMs > 0) return { ok: false, reason: 'rate-limited', retryAfterMs: check.waitMs };

		const credentials = await users.findCredentials(attempt.email.trim().toLowerCase());
		const valid = credentials ? await verifyPassword(credentials.passwordHash, attempt.password) : await verifyDecoy(attempt.password);
		if (!credentials || !valid) {
			await recordSignInFailure(users, keys, check, at);
			return { ok: false, reason: 'invalid' };
		}
		await recordSignIn(users, keys, at);
		return { ok: true, user: credentials.user };
	});
}
