import type { RequestEvent } from '@sveltejs/kit';
import type { UserStore } from '../store/user-types';
import { deleteSessionCookie, setSessionCookie } from './cookie';
import { createSession, generateSessionToken, invalidateSession } from './session';

/** A fresh session for every sign-in, so a token planted before signing in is worthless (no fixation). */
export async function startSession(event: RequestEvent, users: UserStore, userId: string): Promise<void> {
	if (event.locals.session) await invalidateSession(users, event.locals.session.id);
	// Sweeping here keeps the table small without a timer; sign-ins are rare enough for the cost.
	await users.deleteExpiredSessions(new Date());
	const token = generateSessionToken();
	const session = await createSession(users, token, userId);
	setSessionCookie(event.cookies, token, session.expiresAt);
}

export async function endSession(event: RequestEvent, users: UserStore): Promise<void> {
	if (event.locals.session) await invalidateSession(users, event.locals.session.id);
	deleteSessionCookie(event.cookies);
	event.locals.user = null;
	event.locals.session = null;
}

/** The caller's address for rate limits; adapter-node honours ADDRESS_HEADER behind a proxy. */
export function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
