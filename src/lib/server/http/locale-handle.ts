import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale, negotiateLocale, splitLocalePath } from '$lib/i18n/locale';
import { Id } from '$lib/schemas/common';
import { setPreferenceCookie } from '../auth/cookie';
import { ANONYMOUS } from '../viewer';
import { NETWORK_COOKIE } from './page';
import { fillPage } from '../render/prerendered';

/**
 * The reader's language (path, then the `lang` cookie, then Accept-Language) and network choice:
 * a page opened with /en/ or ?network= remembers that choice for the next pages.
 */
export const localeHandle: Handle = async ({ event, resolve }) => {
	const [fromPath] = splitLocalePath(event.url.pathname);
	const fromCookie = event.cookies.get('lang');
	const locale =
		fromPath ?? (isLocale(fromCookie) ? fromCookie : null) ?? negotiateLocale(event.request.headers.get('accept-language')) ?? DEFAULT_LOCALE;
	if (fromPath && fromPath !== fromCookie) setPreferenceCookie(event.cookies, 'lang', fromPath, { httpOnly: false });
	event.locals.locale = locale;
	event.locals.viewer = ANONYMOUS;
	const network = event.url.searchParams.get('network');
	if (network && !event.url.pathname.startsWith('/api/') && Id.safeParse(network).success && network !== event.cookies.get(NETWORK_COOKIE))
		setPreferenceCookie(event.cookies, NETWORK_COOKIE, network, { httpOnly: true });
	return resolve(event, { transformPageChunk: ({ html }) => fillPage(html, locale, event.locals.prerendered) });
};
