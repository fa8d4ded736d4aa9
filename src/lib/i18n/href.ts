import type { Locale } from '$lib/schemas/common';

/** A link inside the app in the reader's language: href('en', '/lines/x') → '/en/lines/x'. */
export function href(locale: Locale, path: string): string {
	return `/${locale}${path === '/' ? '' : path}`;
}
