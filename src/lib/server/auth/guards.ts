import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Role, User } from '$lib/schemas/account';
import { translate, type MessageKey, type Values } from '$lib/i18n';
import { href } from '$lib/i18n/href';
import { ApiError } from '../http/api';
import { AccessDenied } from './errors';
import { holdsRole, type Account } from './roles';

export type Denial = 401 | 403 | 404;

const CODES: Record<Denial, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found' };

function isApi(event: RequestEvent): boolean {
	return (event.route.id ?? event.url.pathname).startsWith('/api/');
}

/**
 * Refuses a request in the form its caller understands: the JSON error body for the API (in
 * English, like every API message), a translated error page for pages and actions, and for a
 * signed-out page visit a redirect to sign in that comes back afterwards.
 */
export function deny(event: RequestEvent, status: Denial, key: MessageKey, values?: Values): never {
	if (isApi(event)) throw new ApiError(status, CODES[status], translate('en', key, values));
	if (status === 401 && event.request.method === 'GET') {
		const back = event.url.pathname + event.url.search;
		redirect(303, `${href(event.locals.locale, '/sign-in')}?next=${encodeURIComponent(back)}`);
	}
	error(status, { message: translate(event.locals.locale, key, values), code: String(status) });
}

/** The signed-in account, or a refusal (401 / sign-in redirect). Call it in every load, action and endpoint that needs it. */
export function requireAccount(event: RequestEvent): Account {
	const user = event.locals.user;
	if (!user) deny(event, 401, 'auth.signInRequired');
	return { user, memberships: event.locals.memberships };
}

export function requireUser(event: RequestEvent): User {
	return requireAccount(event).user;
}

/** The account if it holds `role` (in `organisation`, when given), otherwise 401 or 403. */
export function requireRole(event: RequestEvent, role: Role, organisation?: string): Account {
	const account = requireAccount(event);
	if (!holdsRole(account, role, organisation)) deny(event, 403, 'auth.forbidden');
	return account;
}

/** Runs a rule-checked piece of work, turning its refusal into this request's kind of refusal. */
export async function refuseDenied<T>(event: RequestEvent, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof AccessDenied) deny(event, e.status, e.reason);
		throw e;
	}
}
