import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'session';

/**
 * Secure whenever the app is served over https (ORIGIN) or runs as production; a plain-http
 * development or test server would otherwise never get its cookie back.
 */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
	return env.NODE_ENV === 'production' || (env.ORIGIN ?? '').startsWith('https:');
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: secureCookies(), path: '/', expires: expiresAt });
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: secureCookies(), path: '/', maxAge: 0 });
}

const YEAR = 60 * 60 * 24 * 365;

/** A remembered choice (language, network): Secure under the same rule as the session cookie. */
export function setPreferenceCookie(cookies: Cookies, name: string, value: string, options: { httpOnly: boolean }): void {
	cookies.set(name, value, { path: '/', httpOnly: options.httpOnly, sameSite: 'lax', secure: secureCookies(), maxAge: YEAR });
}
