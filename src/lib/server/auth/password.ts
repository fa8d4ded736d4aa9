import { hash, verify, type Options } from '@node-rs/argon2';

/**
 * argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane), as the Lucia guide recommends.
 * `algorithm: 2` is Argon2id; the package's const enum cannot be imported under isolatedModules.
 */
const ARGON2: Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password, ARGON2);
	} catch {
		// A corrupt stored hash must read as "wrong password", never as a crash that tells an attacker something.
		return false;
	}
}

let decoy: Promise<string> | undefined;

/**
 * Spends the same argon2 work as a real check. Signing in with an unknown email runs this, so
 * the answer takes as long as for a known email with a wrong password (no account enumeration).
 */
export async function verifyDecoy(password: string): Promise<false> {
	decoy ??= hashPassword('decoy password that no account has');
	await verifyPassword(await decoy, password);
	return false;
}
