import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { DEFAULT_LOCALE, isLocale, negotiateLocale, splitLocalePath } from '$lib/i18n/locale';
import { getApp, startApp } from '$lib/server/app';
import { createAuthHandle } from '$lib/server/auth/handle';
import { Id } from '$lib/schemas/common';
import { NETWORK_COOKIE } from '$lib/server/http/page';
import { fillPage } from '$lib/server/render/prerendered';
import { ANONYMOUS } from '$lib/server/viewer';

export const init: ServerInit = async () => {
	try {
		await startApp();
	} catch (e) {
		// One clear line for the operator; the details are in the message itself.
		console.error(`vakmetro: cannot start: ${(e as Error).message}`);
		process.exit(1);
	}
};

const localeHandle: Handle = async ({ event, resolve }) => {
	const [fromPath] = splitLocalePath(event.url.pathname);
	const fromCookie = event.cookies.get('lang');
	const locale =
		fromPath ?? (isLocale(fromCookie) ? fromCookie : null) ?? negotiateLocale(event.request.headers.get('accept-language')) ?? DEFAULT_LOCALE;
	if (fromPath && fromPath !== fromCookie)
		event.cookies.set('lang', fromPath, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
	event.locals.locale = locale;
	event.locals.viewer = ANONYMOUS;
	// A page opened with ?network= makes that network the reader's choice for the next pages.
	const network = event.url.searchParams.get('network');
	if (network && !event.url.pathname.startsWith('/api/') && Id.safeParse(network).success && network !== event.cookies.get(NETWORK_COOKIE))
		event.cookies.set(NETWORK_COOKIE, network, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
	return resolve(event, { transformPageChunk: ({ html }) => fillPage(html, locale, event.locals.prerendered) });
};

// After the locale, so sign-in redirects and refusals can speak the reader's language.
const authHandle = createAuthHandle(async () => (await getApp()).users);

export const handle = sequence(localeHandle, authHandle);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error', code: String(status) };
};
