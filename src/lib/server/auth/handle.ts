import type { Handle } from '@sveltejs/kit';
import type { UserStore } from '../store/user-types';
import { ANONYMOUS } from '../viewer';
import { SESSION_COOKIE, deleteSessionCookie, setSessionCookie } from './cookie';
import { viewerOf } from './roles';
import { validateSessionToken } from './session';

/**
 * Resolves the session cookie into locals.user, locals.session, locals.memberships and
 * locals.viewer (what the read models filter closed modules with). Anonymous requests get the
 * anonymous viewer; a stale or forged cookie is removed.
 */
export function createAuthHandle(users: () => Promise<UserStore>): Handle {
	return async ({ event, resolve }) => {
		event.locals.user = null;
		event.locals.session = null;
		event.locals.memberships = [];
		event.locals.viewer = ANONYMOUS;
		const token = event.cookies.get(SESSION_COOKIE);
		if (token) {
			const store = await users();
			const valid = await validateSessionToken(store, token);
			if (!valid) deleteSessionCookie(event.cookies);
			else {
				if (valid.renewed) setSessionCookie(event.cookies, token, valid.session.expiresAt);
				const memberships = await store.memberships(valid.user.id);
				event.locals.user = valid.user;
				event.locals.session = valid.session;
				event.locals.memberships = memberships;
				event.locals.viewer = viewerOf({ user: valid.user, memberships });
			}
		}
		return resolve(event);
	};
}
