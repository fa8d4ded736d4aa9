import { json, type Handle, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { href } from '$lib/i18n/href';
import { splitLocalePath } from '$lib/i18n/locale';

/**
 * The form-post origin check (CSRF), done here instead of by SvelteKit so that a refused post
 * tells the reader why, in their language, rather than a bare English line or, for an enhanced
 * form, nothing at all. It refuses exactly what SvelteKit's own check refuses (which
 * svelte.config.js turns off for that reason): a POST, PUT, PATCH or DELETE with a form content
 * type whose Origin is not this site's.
 */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isCrossSiteFormPost(request: Request, url: URL): boolean {
	if (!UNSAFE.has(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
	if (!FORM_TYPES.includes(type)) return false;
	return request.headers.get('origin') !== url.origin;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The refusal, shaped for who asked: an enhanced form, an API client, or a browser page. */
export function originRefusal(event: Pick<RequestEvent, 'request' | 'url' | 'locals'>): Response {
	const { request, url, locals } = event;
	const locale = locals.locale;
	// A page from a file or a data: URL sends the origin "null".
	const sent = request.headers.get('origin');
	const from = !sent || sent === 'null' ? 'none' : sent;
	const message = translate(locale, 'common.refusedCrossSite', { from, expected: url.origin });
	// SvelteKit's enhanced forms read an ActionResult; an error one shows the error page with this message.
	if (request.headers.get('x-sveltekit-action') === 'true') return json({ type: 'error', status: 403, error: { message, code: 'cross-site' } }, { status: 403 });
	if ((request.headers.get('accept') ?? '').includes('application/json')) return json({ error: { status: 403, code: 'cross-site', message } }, { status: 403 });
	const title = translate(locale, 'common.refusedTitle');
	const [, path] = splitLocalePath(url.pathname);
	const page = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Vakmetro</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(href(locale, path))}">${escapeHtml(translate(locale, 'common.refusedBack'))}</a></p>
</main>
</body>
</html>
`;
	return new Response(page, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

export const originHandle: Handle = async ({ event, resolve }) => (isCrossSiteFormPost(event.request, event.url) ? originRefusal(event) : resolve(event));
