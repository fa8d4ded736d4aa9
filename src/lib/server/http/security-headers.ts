import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE } from '../auth/cookie';
import { NON_PAGE_CSP, PRIVATE_CACHE_CONTROL, SECURITY_HEADERS } from './header-values.js';

/** A response whose headers can be changed: Response.redirect() and fetched ones are read-only. */
function mutable(response: Response): Response {
	try {
		response.headers.set('x-content-type-options', SECURITY_HEADERS['x-content-type-options']);
		return response;
	} catch {
		return new Response(response.body, response);
	}
}

const setsSessionCookie = (response: Response) => response.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`));

/**
 * Adds the security headers to every answer the app gives, and keeps answers that carry a
 * person's data out of every cache: anything answered to a signed-in reader (pages, API,
 * exports; what they see depends on who they are) and anything that sets or clears the
 * session cookie (signing in and out).
 */
export const securityHeadersHandle: Handle = async ({ event, resolve }) => {
	const response = mutable(await resolve(event));
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', NON_PAGE_CSP);
	if (event.locals.user || setsSessionCookie(response)) response.headers.set('cache-control', PRIVATE_CACHE_CONTROL);
	return response;
};
