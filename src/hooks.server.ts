import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { DEFAULT_LOCALE } from '$lib/i18n/locale';
import { getApp, startApp } from '$lib/server/app';
import { createAuthHandle } from '$lib/server/auth/handle';
import { tooLargeMessage } from '$lib/server/http/body-limit';
import { localeHandle } from '$lib/server/http/locale-handle';
import { originHandle } from '$lib/server/http/origin-check';
import { PageCache } from '$lib/server/http/page-cache';
import { createPageCacheHandle, storeGeneration } from '$lib/server/http/page-cache-handle';
import { securityHeadersHandle } from '$lib/server/http/security-headers';

export const init: ServerInit = async () => {
	try {
		await startApp();
	} catch (e) {
		// One clear line for the operator; the details are in the message itself.
		console.error(`vakmetro: cannot start: ${(e as Error).message}`);
		process.exit(1);
	}
};

// After the locale, so sign-in redirects and refusals can speak the reader's language.
const authHandle = createAuthHandle(async () => (await getApp()).users);

// Pages rendered for readers without a session, per network generation: 32 MB of HTML (and its
// gzip) covers every page of the seed in both languages many times over.
const pageCacheHandle = createPageCacheHandle(new PageCache({ maxBytes: 32 * 1024 * 1024, maxEntries: 2000 }), storeGeneration(getApp));

// Security headers wrap everything, refusals included; the origin check needs only the
// locale (to explain itself) and runs before anything reads the session. The page cache comes
// last: only once the session is known may a shared page be answered.
export const handle = sequence(securityHeadersHandle, localeHandle, originHandle, authHandle, pageCacheHandle);

export const handleError: HandleServerError = ({ error, event, status }) => {
	// A body over BODY_SIZE_LIMIT is the sender's to fix: say so, naming the limit.
	if (status === 413) return { message: tooLargeMessage(event.locals.locale ?? DEFAULT_LOCALE), code: '413' };
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error', code: String(status) };
};
