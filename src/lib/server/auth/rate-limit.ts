import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { AuthCounter, UserStore } from '../store/user-types';

/**
 * Sign-in and sign-up limits that slow a guesser down without letting anyone lock a person out.
 * Every limit is a growing delay, never a lockout: after `free` hits each further one doubles
 * the wait, up to `maxDelayMs`. The counts live in the user store, so every app instance on
 * one store sees the same counts.
 *
 * - pair: failures on one account from one address. A person who mistypes waits seconds; a
 *   guesser on that address gets about one try per 15 minutes. Nobody elsewhere is slowed.
 * - account: failures on one account from addresses it has not signed in from — guessing from
 *   many addresses. Addresses the account signed in from before pass this limit.
 * - address: distinct accounts (unknown emails included) failed from one address — password
 *   spraying and probing. Known addresses pass it too, so colleagues behind one office address
 *   keep signing in while someone there sprays.
 *
 * Unknown emails are counted exactly like known ones, so the limits say nothing about which
 * accounts exist. Keys are SHA-256 hashes: the store holds no email addresses or IP addresses.
 */
export interface DelayRule {
	/** Hits that cost nothing. */
	free: number;
	firstDelayMs: number;
	maxDelayMs: number;
	/** A counter left alone this long starts again from zero, and is swept. */
	forgetAfterMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SIGN_IN_LIMITS = {
	pair: { free: 5, firstDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
	account: { free: 10, firstDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
	address: { free: 20, firstDelayMs: SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY },
	/** Sign-ups per address, every attempt counting; also slows probing for taken emails. */
	signUp: { free: 10, firstDelayMs: MINUTE, maxDelayMs: HOUR, forgetAfterMs: DAY }
} as const satisfies Record<string, DelayRule>;

/** An address a person signed in from counts as theirs this long after their last sign-in there. */
export const KNOWN_ADDRESS_MS = 90 * DAY;

/** How long to wait after the `hits`-th hit. */
export function delayAfter(rule: DelayRule, hits: number): number {
	if (hits < rule.free) return 0;
	return Math.min(rule.firstDelayMs * 2 ** (hits - rule.free), rule.maxDelayMs);
}

/** Milliseconds until the next attempt may be made under a rule; 0 when it may be made now. */
export function waitUnder(rule: DelayRule, counter: AuthCounter | undefined, now: Date): number {
	if (!counter) return 0;
	const since = now.getTime() - counter.lastAt.getTime();
	// The store restarts a counter only once it is older than this, so the two agree.
	if (since > rule.forgetAfterMs) return 0;
	return Math.max(0, delayAfter(rule, counter.hits) - since);
}

const hash = (...parts: string[]) => encodeHexLowerCase(sha256(new TextEncoder().encode(parts.join('\n'))));

export interface SignInKeys {
	pair: string;
	known: string;
	account: string;
	address: string;
}

/** `account` is the email as typed, trimmed and lower-cased. */
export function signInKeys(account: string, address: string): SignInKeys {
	const pair = hash(account, address);
	return { pair: `pair:${pair}`, known: `known:${pair}`, account: `account:${hash(account)}`, address: `address:${hash(address)}` };
}

export interface SignInCheck {
	/** Milliseconds to wait before this attempt may be checked; 0 to go ahead. */
	waitMs: number;
	/** The account signed in from this address before. */
	known: boolean;
}

export async function checkSignIn(users: UserStore, keys: SignInKeys, now: Date): Promise<SignInCheck> {
	const counters = await users.authCounters([keys.pair, keys.known, keys.account, keys.address]);
	const known = counters.has(keys.known) && now.getTime() - counters.get(keys.known)!.lastAt.getTime() < KNOWN_ADDRESS_MS;
	const waits = [waitUnder(SIGN_IN_LIMITS.pair, counters.get(keys.pair), now)];
	if (!known) waits.push(waitUnder(SIGN_IN_LIMITS.account, counters.get(keys.account), now), waitUnder(SIGN_IN_LIMITS.address, counters.get(keys.address), now));
	return { waitMs: Math.max(...waits), known };
}

export async function recordSignInFailure(users: UserStore, keys: SignInKeys, check: SignInCheck, now: Date): Promise<void> {
	const pair = await users.bumpAuthCounter(keys.pair, now, SIGN_IN_LIMITS.pair.forgetAfterMs);
	if (check.known) return;
	await users.bumpAuthCounter(keys.account, now, SIGN_IN_LIMITS.account.forgetAfterMs);
	// The pair's first failure in its window is one more account tried from this address.
	if (pair.hits === 1) await users.bumpAuthCounter(keys.address, now, SIGN_IN_LIMITS.address.forgetAfterMs);
}

/** A right password: the pair starts afresh and the address becomes one the account is known at. */
export async function recordSignIn(users: UserStore, keys: SignInKeys, now: Date): Promise<void> {
	await users.deleteAuthCounter(keys.pair);
	await users.bumpAuthCounter(keys.known, now, KNOWN_ADDRESS_MS);
	await sweepAuthCounters(users, now);
}

const signUpKey = (address: string) => `sign-up:${hash(address)}`;

/** Milliseconds until this address may try another sign-up; counts the attempt when it may. */
export async function takeSignUp(users: UserStore, address: string, now = new Date()): Promise<number> {
	const key = signUpKey(address);
	const wait = waitUnder(SIGN_IN_LIMITS.signUp, (await users.authCounters([key])).get(key), now);
	if (wait === 0) await users.bumpAuthCounter(key, now, SIGN_IN_LIMITS.signUp.forgetAfterMs);
	return wait;
}

/** Forgets counters past their rule's memory; run on successful sign-ins, like the session sweep. */
export async function sweepAuthCounters(users: UserStore, now: Date): Promise<void> {
	const before = (ms: number) => new Date(now.getTime() - ms);
	await users.deleteAuthCountersBefore('pair:', before(SIGN_IN_LIMITS.pair.forgetAfterMs));
	await users.deleteAuthCountersBefore('account:', before(SIGN_IN_LIMITS.account.forgetAfterMs));
	await users.deleteAuthCountersBefore('address:', before(SIGN_IN_LIMITS.address.forgetAfterMs));
	await users.deleteAuthCountersBefore('sign-up:', before(SIGN_IN_LIMITS.signUp.forgetAfterMs));
	await users.deleteAuthCountersBefore('known:', before(KNOWN_ADDRESS_MS));
}
