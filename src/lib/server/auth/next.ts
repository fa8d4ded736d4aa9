import type { Locale } from '$lib/schemas/common';
import { href } from '$lib/i18n/href';

/**
 * Where to go after signing in. Only paths on this site are followed: "//evil.example" or
 * "/\evil.example" would leave it (an open redirect that makes phishing links look like ours).
 */
export function safeNext(next: string | null | undefined, locale: Locale, fallback: string): string {
	if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !/[\r\n]/.test(next)) return next;
	return href(locale, fallback);
}
