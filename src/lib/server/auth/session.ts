import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { User } from '$lib/schemas/account';
import type { StoredSession, UserStore } from '../store/user-types';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_DAYS = 30;
/** A session used with less than this left is extended to a full SESSION_DAYS again (sliding expiry). */
export const RENEW_WITHIN_DAYS = 15;

/** 20 random bytes (160 bits), base32: the token only the browser holds. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * The stored session id is the SHA-256 of the token, so a leaked database (or backup) holds no
 * token that could be replayed as a cookie.
 */
export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

const TOKEN_SHAPE = /^[a-z2-7]{32}$/;

export async function createSession(users: UserStore, token: string, userId: string, now = new Date()): Promise<StoredSession> {
	const session: StoredSession = { id: sessionIdFromToken(token), userId, expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS) };
	await users.createSession(session);
	return session;
}

export interface ValidSession {
	session: StoredSession;
	user: User;
	/** True when the expiry moved: the cookie must be sent again with the new date. */
	renewed: boolean;
}

export async function validateSessionToken(users: UserStore, token: string, now = new Date()): Promise<ValidSession | null> {
	if (!TOKEN_SHAPE.test(token)) return null;
	const found = await users.getSession(sessionIdFromToken(token));
	if (!found) return null;
	const { session, user } = found;
	if (now.getTime() >= session.expiresAt.getTime()) {
		await users.deleteSession(session.id);
		return null;
	}
	if (now.getTime() >= session.expiresAt.getTime() - RENEW_WITHIN_DAYS * DAY_MS) {
		const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
		await users.setSessionExpiry(session.id, expiresAt);
		return { session: { ...session, expiresAt }, user, renewed: true };
	}
	return { session, user, renewed: false };
}

export async function invalidateSession(users: UserStore, sessionId: string): Promise<void> {
	await users.deleteSession(sessionId);
}
