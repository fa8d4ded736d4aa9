import { describe, expect, it } from 'vitest';
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { NON_PAGE_CSP } from './header-values.js';
import { securityHeadersHandle } from './security-headers';

const PAGE_CSP = "default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'";

async function run(response: Response, signedIn = false): Promise<Response> {
	const event = { locals: { user: signedIn ? { id: 'u1' } : null } } as unknown as RequestEvent;
	return (securityHeadersHandle as Handle)({ event, resolve: async () => response });
}

describe('security headers', () => {
	it('go on every answer, with a closed policy where SvelteKit gave none', async () => {
		const res = await run(Response.json({ stations: [] }));
		expect(Object.fromEntries(res.headers)).toMatchObject({
			'x-content-type-options': 'nosniff',
			'x-frame-options': 'DENY',
			'referrer-policy': 'strict-origin-when-cross-origin',
			'permissions-policy': expect.stringContaining('camera=()'),
			'content-security-policy': NON_PAGE_CSP
		});
		expect(NON_PAGE_CSP).toContain("frame-ancestors 'none'");
		expect(res.headers.get('cache-control')).toBeNull();
	});

	it('keep a page’s own policy (its nonces)', async () => {
		const res = await run(new Response('<html></html>', { headers: { 'content-security-policy': PAGE_CSP, 'content-type': 'text/html' } }));
		expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
		expect(res.headers.get('x-frame-options')).toBe('DENY');
	});

	it('keep every answer to a signed-in reader out of caches, also one that allowed caching', async () => {
		const res = await run(new Response('{}', { headers: { 'cache-control': 'public, max-age=60' } }), true);
		expect(res.headers.get('cache-control')).toBe('private, no-store');
	});

	it('keep the answer that signs someone in or out out of caches, but not one that only remembers the language', async () => {
		const signIn = new Response(null, { status: 303, headers: { location: '/en/account' } });
		signIn.headers.append('set-cookie', 'session=abc; Path=/; HttpOnly');
		expect((await run(signIn)).headers.get('cache-control')).toBe('private, no-store');
		const language = new Response('<html></html>');
		language.headers.append('set-cookie', 'lang=en; Path=/');
		expect((await run(language)).headers.get('cache-control')).toBeNull();
	});

	it('reach answers whose headers cannot be changed', async () => {
		const res = await run(Response.redirect('http://localhost/en', 302));
		expect(res.status).toBe(302);
		expect(res.headers.get('location')).toBe('http://localhost/en');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
