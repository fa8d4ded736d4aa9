import type { Handle, RequestEvent } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locale';
import { Id } from '$lib/schemas/common';
import { SESSION_COOKIE } from '../auth/cookie';
import type { AppContext } from '../app';
import { NETWORK_COOKIE } from './page';
import type { CachedPage, PageCache } from './page-cache';

/**
 * The pages whose HTML, for a reader without a session, follows from the URL, the language,
 * the chosen network and the stored networks alone: never from who asks, the clock or the user
 * store. A new page route is added here only when that holds (pages-cache.spec.ts makes every
 * page route choose).
 */
export const SHARED_PAGE_ROUTES: ReadonlySet<string> = new Set(
	['', '/plan', '/explore', '/map', '/search', '/stations/[id]', '/lines/[id]', '/modules/[id]', '/skills/[id]', '/regions', '/regions/[id]', '/regions/compare', '/schools', '/schools/[id]'].map(
		(path) => `/[[lang=locale]]${path}`
	)
);

/** The cookies a shared page may set: preferences that follow from the URL and the cookies already in the key. */
const PREFERENCE_COOKIES = new Set(['lang', NETWORK_COOKIE]);

/**
 * What a shared page's HTML depends on, or null when the request is not answered from the
 * cache: not a GET/HEAD of a shared page's HTML, or a reader who sends a session cookie (even
 * a stale one: its removal is an answer of its own). The query is sorted so that the same
 * question asked in another order is one page; the preference cookies are in the key because
 * they choose the language and the network, and decide whether the answer sets them again.
 */
export function sharedPageKey(event: RequestEvent): string | null {
	const { request, url, cookies } = event;
	if (request.method !== 'GET' && request.method !== 'HEAD') return null;
	if (event.isDataRequest || event.isRemoteRequest || event.route.id === null || !SHARED_PAGE_ROUTES.has(event.route.id)) return null;
	if (cookies.get(SESSION_COOKIE) !== undefined || event.locals.user) return null;
	const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const lang = cookies.get('lang');
	const network = cookies.get(NETWORK_COOKIE);
	return [
		url.origin + url.pathname,
		new URLSearchParams(params).toString(),
		event.locals.locale,
		isLocale(lang) ? lang : '',
		network !== undefined && Id.safeParse(network).success ? network : ''
	].join('\n');
}

/** A complete (not streamed) 200 HTML answer that sets no cookie but the preferences. */
function keepable(response: Response): boolean {
	if (response.status !== 200 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return false;
	if (!response.headers.has('content-length') || /private|no-store/.test(response.headers.get('cache-control') ?? '')) return false;
	return response.headers.getSetCookie().every((c) => PREFERENCE_COOKIES.has(c.slice(0, c.indexOf('='))));
}

function acceptsGzip(request: Request): boolean {
	return (request.headers.get('accept-encoding') ?? '')
		.split(',')
		.some((part) => {
			const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
			return coding === 'gzip' && !params.some((p) => /^q=0(\.0*)?$/.test(p));
		});
}

function answer(page: CachedPage, request: Request, state: 'hit' | 'miss' | 'shared'): Response {
	const headers = new Headers(page.headers);
	headers.set('vary', 'Accept-Encoding');
	headers.set('x-page-cache', state);
	let body = page.body;
	if (page.gzipped && acceptsGzip(request)) {
		body = page.gzipped;
		headers.set('content-encoding', 'gzip');
	}
	headers.set('content-length', String(body.byteLength));
	return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/**
 * Answers a reader without a session from the pages rendered before, for the stored networks'
 * current generation; renders and keeps the page otherwise. Comes after the session is read, so
 * a signed-in reader is never served a shared page, and inside the locale hook, whose language
 * and fragments are already in the kept HTML.
 *
 * Concurrent misses for one key (a link shared at once, a crawler and a reader) share one
 * render: the first GET renders, the others wait for it and answer its page (`x-page-cache:
 * shared`). When that answer is not one to keep (an error, a cookie of its own), each waiting
 * request renders its own, as it would have without the wait.
 */
export function createPageCacheHandle(cache: PageCache, generation: () => Promise<string>): Handle {
	const rendering = new Map<string, Promise<CachedPage | null>>();
	return async ({ event, resolve }) => {
		const key = sharedPageKey(event);
		if (key === null) return resolve(event);
		const current = await generation();
		cache.syncGeneration(current);
		const hit = cache.get(key);
		if (hit) return answer(hit, event.request, 'hit');
		const inFlight = `${current}\n${key}`;
		const pending = rendering.get(inFlight);
		if (pending) {
			const shared = await pending;
			if (shared) return answer(shared, event.request, 'shared');
			return resolve(event);
		}
		if (event.request.method !== 'GET') return resolve(event);
		let settle!: (page: CachedPage | null) => void;
		rendering.set(inFlight, new Promise((r) => (settle = r)));
		let page: CachedPage | null = null;
		try {
			const response = await resolve(event);
			if (!keepable(response)) return response;
			page = { headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()) };
			cache.set(key, current, page);
			return answer(page, event.request, 'miss');
		} finally {
			rendering.delete(inFlight);
			settle(page);
		}
	};
}

/**
 * The stored networks' generation: every network's id, version and last change (a write bumps
 * its network's version; a network deleted and made again has a new time), and this process's
 * own writes. Asked per request on SQLite (one small query); on Neo4j, where a round trip costs
 * more, at most every NETWORK_POLL_SECONDS, as the snapshots are, except right after a write
 * made here, which shows at once.
 */
export function storeGeneration(app: () => Promise<Pick<AppContext, 'config' | 'store' | 'snapshots'>>, now: () => number = Date.now): () => Promise<string> {
	let last: { value: string; at: number; writes: number } | null = null;
	return async () => {
		const { config, store, snapshots } = await app();
		const pollMs = config.GRAPH_STORE === 'neo4j' ? config.NETWORK_POLL_SECONDS * 1000 : 0;
		if (last && last.writes === snapshots.invalidations && now() - last.at < pollMs) return last.value;
		const writes = snapshots.invalidations;
		const networks = await store.networkStamps();
		last = { value: `${writes}|${networks.map((n) => `${n.id}@${n.version}@${n.updatedAt}`).join(',')}`, at: now(), writes };
		return last.value;
	};
}
