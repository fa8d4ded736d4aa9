import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { memoryCookies, fakeEvent } from '../auth/fake-event';
import { parseConfig } from '../config';
import { seedNetwork } from '../services/seed-network';
import { SnapshotCache } from '../services/snapshot-cache';
import { SqliteGraphStore } from '../store/sqlite/graph-store';
import { PageCache } from './page-cache';
import { SHARED_PAGE_ROUTES, createPageCacheHandle, sharedPageKey, storeGeneration } from './page-cache-handle';

const HOME = '/[[lang=locale]]';
const STATION = '/[[lang=locale]]/stations/[id]';

function event(path: string, options: { route?: string; cookies?: Record<string, string>; method?: string; headers?: Record<string, string>; locale?: string; signedIn?: boolean; dataRequest?: boolean } = {}): RequestEvent {
	const e = fakeEvent({ path, route: options.route ?? STATION, method: options.method, cookies: memoryCookies(options.cookies).cookies });
	const headers = new Headers(options.headers);
	return Object.assign(e, {
		request: new Request(`http://localhost${path}`, { method: options.method ?? 'GET', headers }),
		isDataRequest: options.dataRequest ?? false,
		locals: { ...e.locals, locale: options.locale ?? 'en', user: options.signedIn ? { id: 'u1' } : null }
	}) as RequestEvent;
}

function htmlPage(html: string, headers: Record<string, string> = {}, status = 200): Response {
	const body = new TextEncoder().encode(html);
	const response = new Response(body, { status, headers: { 'content-type': 'text/html', 'content-length': String(body.byteLength), ...headers } });
	return response;
}

/** A handle over a fresh cache whose pages render as "<path> #n", counting the renders. */
function harness(generation = async () => 'g1') {
	const cache = new PageCache({ maxBytes: 1_000_000, maxEntries: 100 });
	let renders = 0;
	let next: (e: RequestEvent) => Response = (e) => htmlPage(`${e.url.pathname} #${renders}`);
	// Renders wait here while the test holds them, so that requests overlap.
	let gate: Promise<void> = Promise.resolve();
	const hold = () => {
		let release!: () => void;
		gate = new Promise((r) => (release = r));
		return () => {
			gate = Promise.resolve();
			release();
		};
	};
	const handle = createPageCacheHandle(cache, generation) as Handle;
	const ask = async (e: RequestEvent) => {
		const res = await handle({ event: e, resolve: async (ev) => {
			await gate;
			const response = next(ev);
			renders++;
			return response;
		} });
		return { res, text: res.body ? await res.text() : null };
	};
	return { cache, ask, hold, renders: () => renders, answerWith: (f: (e: RequestEvent) => Response) => (next = f) };
}

describe('which requests share a page', () => {
	it('keys on the path, the query in any order, the language and the preference cookies', () => {
		const key = (path: string, options = {}) => sharedPageKey(event(path, options));
		expect(key('/en/plan?from=welder&to=project-leader')).toBe(key('/en/plan?to=project-leader&from=welder'));
		expect(key('/en/plan?from=welder&to=project-leader')).not.toBe(key('/en/plan?from=welder&to=work-planner'));
		// The same repeated parameter in another order is another question.
		expect(key('/en/plan?c=a&c=b')).not.toBe(key('/en/plan?c=b&c=a'));
		// `/` speaks what Accept-Language or the cookie chose: the resolved language is in the key.
		expect(key('/', { route: HOME, locale: 'nl' })).not.toBe(key('/', { route: HOME, locale: 'en' }));
		expect(key('/en', { route: HOME, cookies: { lang: 'nl' } })).not.toBe(key('/en', { route: HOME }));
		expect(key('/en', { route: HOME, cookies: { network: 'editor-e2e' } })).not.toBe(key('/en', { route: HOME }));
		// Cookies that choose nothing do not split the cache.
		expect(key('/en', { route: HOME, cookies: { lang: 'xx', network: 'Not An Id!', theme: 'dark' } })).toBe(key('/en', { route: HOME }));
	});

	it('leaves out readers with a session, data requests, other methods and personal pages', () => {
		expect(sharedPageKey(event('/en/stations/welder'))).not.toBeNull();
		expect(sharedPageKey(event('/en/stations/welder', { signedIn: true }))).toBeNull();
		// Even a stale session cookie: the answer that removes it is this reader's own.
		expect(sharedPageKey(event('/en/stations/welder', { cookies: { session: 'old' } }))).toBeNull();
		expect(sharedPageKey(event('/en/stations/welder', { dataRequest: true }))).toBeNull();
		expect(sharedPageKey(event('/en/stations/welder', { method: 'POST' }))).toBeNull();
		expect(sharedPageKey(event('/en/account', { route: '/[[lang=locale]]/account' }))).toBeNull();
		expect(sharedPageKey(event('/api/stations', { route: '/api/stations' }))).toBeNull();
	});
});

describe('the page cache hook', () => {
	it('renders a page once and answers it again, byte for byte, with its headers', async () => {
		const h = harness();
		h.answerWith((e) => htmlPage(`${e.url.pathname} #${h.renders()}`, { 'content-security-policy': "script-src 'self' 'sha256-abc'" }));
		const first = await h.ask(event('/en/stations/welder'));
		const second = await h.ask(event('/en/stations/welder'));
		expect(h.renders()).toBe(1);
		expect(second.text).toBe(first.text);
		expect(second.res.headers.get('content-security-policy')).toBe("script-src 'self' 'sha256-abc'");
		expect([first.res.headers.get('x-page-cache'), second.res.headers.get('x-page-cache')]).toEqual(['miss', 'hit']);
		expect(second.res.headers.get('vary')).toBe('Accept-Encoding');
		await h.ask(event('/en/stations/hygienic-welder'));
		expect(h.renders()).toBe(2);
	});

	it('renders again after the networks change', async () => {
		let generation = 'g1';
		const h = harness(async () => generation);
		await h.ask(event('/en/stations/welder'));
		generation = 'g2';
		expect((await h.ask(event('/en/stations/welder'))).text).toBe('/en/stations/welder #1');
		expect(h.renders()).toBe(2);
	});

	it('never answers a signed-in reader from the cache, nor keeps their page', async () => {
		const h = harness();
		await h.ask(event('/en/stations/welder'));
		h.answerWith(() => htmlPage('Hello Cato'));
		expect((await h.ask(event('/en/stations/welder', { signedIn: true }))).text).toBe('Hello Cato');
		expect((await h.ask(event('/en/stations/welder'))).text).toBe('/en/stations/welder #0');
		expect(h.renders()).toBe(2);
	});

	it('keeps only complete 200 HTML answers that set no cookie but the preferences', async () => {
		const h = harness();
		const kept = async (response: () => Response, path: string) => {
			h.answerWith(response);
			const before = h.renders();
			await h.ask(event(path));
			await h.ask(event(path));
			return h.renders() - before === 1;
		};
		expect(await kept(() => htmlPage('not found', {}, 404), '/en/stations/nope')).toBe(false);
		expect(await kept(() => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': '2' } }), '/en/stations/a')).toBe(false);
		expect(await kept(() => new Response('<p>streamed', { headers: { 'content-type': 'text/html' } }), '/en/stations/b')).toBe(false);
		expect(await kept(() => htmlPage('x', { 'set-cookie': 'session=abc; Path=/; HttpOnly' }), '/en/stations/c')).toBe(false);
		expect(await kept(() => htmlPage('x', { 'cache-control': 'private, no-store' }), '/en/stations/d')).toBe(false);
		// The language cookie a /en/ page sets follows from the URL and the cookies in the key.
		expect(await kept(() => htmlPage('x', { 'set-cookie': 'lang=en; Path=/; Max-Age=31536000; SameSite=Lax' }), '/en/stations/e')).toBe(true);
		const again = await h.ask(event('/en/stations/e'));
		expect(again.res.headers.getSetCookie()).toEqual(['lang=en; Path=/; Max-Age=31536000; SameSite=Lax']);
	});

	it('answers gzip to readers who accept it once the page was asked for twice, and plain HTML to the others', async () => {
		const h = harness();
		const html = '<li>hygienic welder</li>'.repeat(400);
		h.answerWith(() => htmlPage(html));
		const gzip = { headers: { 'accept-encoding': 'gzip, deflate, br' } };
		await h.ask(event('/en/stations/welder', gzip));
		await h.ask(event('/en/stations/welder', gzip));
		await new Promise((resolve) => setTimeout(resolve, 50));
		const handle = createPageCacheHandle(h.cache, async () => 'g1') as Handle;
		const compressed = await handle({ event: event('/en/stations/welder', gzip), resolve: async () => htmlPage('rendered') });
		expect(compressed.headers.get('content-encoding')).toBe('gzip');
		const bytes = Buffer.from(await compressed.arrayBuffer());
		expect(compressed.headers.get('content-length')).toBe(String(bytes.byteLength));
		expect(gunzipSync(bytes).toString()).toBe(html);
		const refused = await h.ask(event('/en/stations/welder', { headers: { 'accept-encoding': 'gzip;q=0, br' } }));
		expect(refused.res.headers.get('content-encoding')).toBeNull();
		expect(refused.text).toBe(html);
		expect((await h.ask(event('/en/stations/welder'))).text).toBe(html);
	});

	it('renders once for concurrent misses of one page and answers them all from that render', async () => {
		const h = harness();
		const release = h.hold();
		const asked = [
			h.ask(event('/en/stations/welder')),
			h.ask(event('/en/stations/welder')),
			h.ask(event('/en/stations/welder', { method: 'HEAD' })),
			h.ask(event('/en/stations/hygienic-welder'))
		];
		await new Promise((r) => setTimeout(r, 10));
		release();
		const [first, second, head, other] = await Promise.all(asked);
		expect(h.renders()).toBe(2);
		expect([first!.text, second!.text, head!.text, other!.text]).toEqual(['/en/stations/welder #0', '/en/stations/welder #0', null, '/en/stations/hygienic-welder #1']);
		expect([first, second, head, other].map((a) => a!.res.headers.get('x-page-cache'))).toEqual(['miss', 'shared', 'shared', 'miss']);
		expect(head!.res.headers.get('content-length')).toBe(String('/en/stations/welder #0'.length));
		// Once answered, the page is kept as before.
		expect((await h.ask(event('/en/stations/welder'))).res.headers.get('x-page-cache')).toBe('hit');
		expect(h.renders()).toBe(2);
	});

	it('lets each waiting request render its own when the shared render is not one to keep', async () => {
		const h = harness();
		h.answerWith((e) => htmlPage(`${e.url.pathname} #${h.renders()}`, { 'set-cookie': 'session=abc; Path=/; HttpOnly' }));
		const release = h.hold();
		const asked = [h.ask(event('/en/stations/welder')), h.ask(event('/en/stations/welder'))];
		await new Promise((r) => setTimeout(r, 10));
		release();
		const answers = await Promise.all(asked);
		expect(answers.map((a) => a.text)).toEqual(['/en/stations/welder #0', '/en/stations/welder #1']);
		expect(answers.map((a) => a.res.headers.getSetCookie())).toEqual([['session=abc; Path=/; HttpOnly'], ['session=abc; Path=/; HttpOnly']]);
		expect(h.renders()).toBe(2);
	});

	it('never shares a render with a signed-in reader nor across generations', async () => {
		let generation = 'g1';
		const h = harness(async () => generation);
		const release = h.hold();
		const anonymous = h.ask(event('/en/stations/welder'));
		await new Promise((r) => setTimeout(r, 5));
		const signedIn = h.ask(event('/en/stations/welder', { signedIn: true }));
		generation = 'g2';
		const later = h.ask(event('/en/stations/welder'));
		await new Promise((r) => setTimeout(r, 10));
		release();
		const answers = await Promise.all([anonymous, signedIn, later]);
		expect(h.renders()).toBe(3);
		expect(answers.map((a) => a.res.headers.get('x-page-cache'))).toEqual(['miss', null, 'miss']);
	});

	it('answers HEAD from a kept page without a body', async () => {
		const h = harness();
		await h.ask(event('/en/stations/welder'));
		const head = await h.ask(event('/en/stations/welder', { method: 'HEAD' }));
		expect(head.text).toBeNull();
		expect(head.res.headers.get('content-length')).toBe(String('/en/stations/welder #0'.length));
		expect(h.renders()).toBe(1);
	});
});

describe('the stored networks’ generation', () => {
	const dir = mkdtempSync(join(tmpdir(), 'vakmetro-pagecache-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	// Seeding reads the whole graph-seed: slow on a busy machine.
	it('changes with an edit, a new network and a deleted one, and not otherwise', { timeout: 30_000 }, async () => {
		const store = new SqliteGraphStore(join(dir, 'gen.db'));
		await store.migrate();
		await seedNetwork(store, 'graph-seed');
		const app = { config: parseConfig({ DATABASE_PATH: join(dir, 'gen.db') }), store, snapshots: new SnapshotCache(store) };
		const generation = storeGeneration(async () => app);
		const first = await generation();
		expect(await generation()).toBe(first);
		const welder = (await store.getItem('seed', 'stations', 'welder'))!.item;
		await store.putItem('seed', 'stations', { ...welder, label: { ...welder.label, en: 'Welder (orbital)' } }, { userId: null, label: 'spec' });
		const edited = await generation();
		expect(edited).not.toBe(first);
		const { meta, content } = (await store.readNetwork('seed'))!;
		await store.replaceNetwork({ ...meta, id: 'copy' }, content, { userId: null, label: 'spec' });
		const added = await generation();
		expect(added).not.toBe(edited);
		await store.deleteNetwork('copy', { userId: null, label: 'spec' });
		expect(await generation()).not.toBe(added);
		await store.close();
	});

	it('on Neo4j asks at most every poll interval, but sees a write made here at once', async () => {
		let asked = 0;
		let version = 1;
		const store = { networkStamps: async () => (asked++, [{ id: 'seed', version, updatedAt: 't' }]) };
		const snapshots = { invalidations: 0 };
		const config = { GRAPH_STORE: 'neo4j', NETWORK_POLL_SECONDS: 2 };
		let now = 0;
		const generation = storeGeneration(async () => ({ config, store, snapshots }) as never, () => now);
		const first = await generation();
		version = 2;
		now = 1000;
		expect(await generation()).toBe(first);
		snapshots.invalidations++;
		expect(await generation()).not.toBe(first);
		now = 5000;
		await generation();
		expect(asked).toBe(3);
	});
});

describe('every page route chooses', () => {
	/** Pages whose HTML depends on who asks, or that only serve forms and redirects: never kept. */
	const PERSONAL = ['/account', '/admin', '/edit', '/edit/[kind]', '/edit/[kind]/[id]', '/import', '/plans', '/plans/[id]', '/plans/[id]/print', '/plans/group', '/plans/new', '/sign-in', '/sign-out', '/sign-up'].map(
		(path) => `/[[lang=locale]]${path}`
	);

	it('to be shared or personal', () => {
		const root = 'src/routes';
		const routes: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (name === '+page.svelte') routes.push(`/${relative(root, dir)}`.replace(/\/$/, ''));
			}
		};
		walk(root);
		expect(routes.length).toBeGreaterThan(20);
		for (const route of routes) expect(SHARED_PAGE_ROUTES.has(route) !== PERSONAL.includes(route), `${route} must be in exactly one list`).toBe(true);
		for (const route of SHARED_PAGE_ROUTES) expect(routes, route).toContain(route);
	});
});
