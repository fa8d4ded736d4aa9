import { describe, expect, it } from 'vitest';
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { isCrossSiteFormPost, originHandle } from './origin-check';

const SITE = 'http://localhost:3000';

function post(path: string, headers: Record<string, string>, method = 'POST'): Request {
	return new Request(`${SITE}${path}`, { method, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: 'email=a%40b.nl' });
}

async function answer(request: Request, locale: 'nl' | 'en' = 'en') {
	let resolved = false;
	const event = { request, url: new URL(request.url), locals: { locale } } as unknown as RequestEvent;
	const response = await (originHandle as Handle)({
		event,
		resolve: async () => {
			resolved = true;
			return new Response('the action ran');
		}
	});
	return { response, resolved };
}

describe('the form-post origin check', () => {
	it('refuses what SvelteKit refuses: form posts, puts, patches and deletes from another origin or none', () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(isCrossSiteFormPost(post('/en/sign-in', { origin: 'https://evil.example' }, method), new URL(SITE)), method).toBe(true);
		expect(isCrossSiteFormPost(post('/en/sign-in', {}), new URL(SITE))).toBe(true);
		expect(isCrossSiteFormPost(post('/en/sign-in', { origin: 'null' }), new URL(SITE))).toBe(true);
		// The scheme counts: http://localhost is not https://localhost.
		expect(isCrossSiteFormPost(post('/en/sign-in', { origin: SITE }), new URL('https://localhost:3000/en/sign-in'))).toBe(true);
		for (const type of ['multipart/form-data; boundary=x', 'text/plain;charset=UTF-8'])
			expect(isCrossSiteFormPost(post('/en/sign-in', { origin: 'https://evil.example', 'content-type': type }), new URL(SITE)), type).toBe(true);
	});

	it('lets through posts from this site, reads, and non-form bodies (the JSON API checks those itself)', () => {
		expect(isCrossSiteFormPost(post('/en/sign-in', { origin: SITE }), new URL(SITE))).toBe(false);
		expect(isCrossSiteFormPost(new Request(`${SITE}/en`, { headers: { origin: 'https://evil.example' } }), new URL(SITE))).toBe(false);
		expect(isCrossSiteFormPost(post('/api/x', { origin: 'https://evil.example', 'content-type': 'application/json' }), new URL(SITE))).toBe(false);
	});

	it('answers a refused browser post with a page in the reader’s language, and runs nothing', async () => {
		const { response, resolved } = await answer(post('/nl/sign-in', { origin: 'https://evil.example' }), 'nl');
		expect(resolved).toBe(false);
		expect(response.status).toBe(403);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const html = await response.text();
		expect(html).toContain('<html lang="nl">');
		expect(html).toContain('<h1>Formulier geweigerd</h1>');
		expect(html).toContain('het kwam van https://evil.example, terwijl deze site http://localhost:3000 is');
		expect(html).toContain('<a href="/nl/sign-in">Terug naar het formulier</a>');
	});

	it('escapes what the sender chose', async () => {
		const html = await (await answer(post('/en/sign-in', { origin: 'https://a.example"><script>x</script>' }))).response.text();
		expect(html).not.toContain('<script>');
		expect(html).toContain('&#60;script&#62;');
	});

	it('gives an enhanced form an error result it shows on the error page, and an API client JSON', async () => {
		const enhanced = (await answer(post('/en/sign-in', { accept: 'application/json', 'x-sveltekit-action': 'true' }))).response;
		expect(enhanced.status).toBe(403);
		expect(await enhanced.json()).toEqual({
			type: 'error',
			status: 403,
			error: { code: 'cross-site', message: expect.stringMatching(/^This form was refused to protect your account: it was sent from a page that did not say where it came from, while this site is http:\/\/localhost:3000\./) }
		});
		const api = (await answer(post('/api/plans/x/comments', { accept: 'application/json', origin: 'https://evil.example' }))).response;
		expect(await api.json()).toMatchObject({ error: { status: 403, code: 'cross-site' } });
	});

	it('passes a post from this site on to the action', async () => {
		const { response, resolved } = await answer(post('/en/sign-in', { origin: SITE }));
		expect(resolved).toBe(true);
		expect(await response.text()).toBe('the action ran');
	});
});
