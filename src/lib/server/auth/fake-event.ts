import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { Membership, User } from '$lib/schemas/account';
import { ANONYMOUS } from '../viewer';

/** Cookies kept in a map, recording what was set, for specs of handles and guards. */
export function memoryCookies(initial: Record<string, string> = {}) {
	const jar = new Map(Object.entries(initial));
	const set: { name: string; value: string; options: Record<string, unknown> }[] = [];
	const cookies = {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string, options: Record<string, unknown>) => {
			set.push({ name, value, options });
			if (options.maxAge === 0) jar.delete(name);
			else jar.set(name, value);
		},
		delete: (name: string) => void jar.delete(name),
		serialize: () => ''
	} as unknown as Cookies;
	return { cookies, set, jar };
}

/**
 * The slice of a RequestEvent the auth code reads. Specs exercise guards exactly as routes call
 * them, without a running server.
 */
export function fakeEvent(
	options: { route?: string; path?: string; method?: string; user?: User | null; memberships?: Membership[]; cookies?: Cookies } = {}
): RequestEvent {
	const path = options.path ?? '/en/plans';
	return {
		route: { id: options.route ?? '/[[lang=locale]]/plans' },
		url: new URL(`http://localhost${path}`),
		request: new Request(`http://localhost${path}`, { method: options.method ?? 'GET' }),
		cookies: options.cookies ?? memoryCookies().cookies,
		params: {},
		getClientAddress: () => '192.0.2.1',
		locals: {
			locale: 'en',
			viewer: ANONYMOUS,
			user: options.user ?? null,
			session: null,
			memberships: options.memberships ?? []
		}
	} as unknown as RequestEvent;
}
