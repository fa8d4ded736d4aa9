import { isActionFailure, isHttpError, isRedirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { viewerOf, type Account } from '$lib/server/auth/roles';
import { memoryCookies } from '$lib/server/auth/fake-event';
import { ANONYMOUS } from '$lib/server/viewer';

/** What route-level specs share: a RequestEvent as SvelteKit builds it, and the status a caller sees. */

export interface RouteRequest {
	method?: string;
	form?: Record<string, string> | [string, string][];
	json?: unknown;
	/** A raw body, sent as given (with its content type in headers). */
	body?: string;
	headers?: Record<string, string>;
	params?: Record<string, string>;
	/** The cookies the browser sends, or a jar (memoryCookies) to see what the route sets. */
	cookies?: Record<string, string> | Cookies;
}

function isCookies(c: RouteRequest['cookies']): c is Cookies {
	return typeof (c as Cookies | undefined)?.serialize === 'function';
}

/** A RequestEvent for a route, for one person (or nobody). */
export function routeEvent(who: Account | null, route: string, path: string, init: RouteRequest = {}): RequestEvent {
	const method = init.method ?? (init.form || init.json !== undefined || init.body !== undefined ? 'POST' : 'GET');
	const body = init.form ? new URLSearchParams(init.form) : init.json !== undefined ? JSON.stringify(init.json) : init.body;
	const type: Record<string, string> = init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : init.json !== undefined ? { 'content-type': 'application/json' } : {};
	const url = new URL(`http://localhost${path}`);
	return {
		route: { id: route },
		url,
		params: init.params ?? {},
		request: new Request(url, { method, body, headers: { ...type, ...init.headers } }),
		cookies: isCookies(init.cookies) ? init.cookies : memoryCookies(init.cookies).cookies,
		getClientAddress: () => '192.0.2.10',
		setHeaders: () => {},
		locals: {
			locale: 'en',
			user: who?.user ?? null,
			session: null,
			memberships: who ? [...who.memberships] : [],
			viewer: who ? viewerOf(who) : ANONYMOUS
		}
	} as unknown as RequestEvent;
}

export interface Outcome {
	status: number;
	/** The JSON body of a Response, the data of a failed action, or the body of a thrown error. */
	body: unknown;
}

/** What a caller sees, whether the handler returned, failed an action, redirected or threw. */
export async function outcomeOf(run: () => unknown): Promise<Outcome> {
	try {
		const result = await run();
		if (result instanceof Response) return { status: result.status, body: result.headers.get('content-type')?.includes('json') ? await result.json() : await result.text() };
		if (isActionFailure(result)) return { status: result.status, body: result.data };
		return { status: 200, body: result };
	} catch (e) {
		if (isRedirect(e)) return { status: e.status, body: e.location };
		if (isHttpError(e)) return { status: e.status, body: e.body };
		throw e;
	}
}
