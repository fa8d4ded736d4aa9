// A type-only import: the browser bundle of every page loads this module, and zod must stay out of it.
import type { Locale } from '$lib/schemas/common';

export const DEFAULT_LOCALE: Locale = 'nl';

export function isLocale(value: string | undefined | null): value is Locale {
	return value === 'nl' || value === 'en';
}

/** Picks the best supported language from an Accept-Language header (q-values respected). */
export function negotiateLocale(header: string | null): Locale | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { lang: (tag ?? '').toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
		})
		.filter((r) => r.lang && !Number.isNaN(r.q) && r.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	return (ranked.find((r) => isLocale(r.lang))?.lang as Locale | undefined) ?? null;
}

/** Splits a path into its language prefix and the rest: "/en/lines/x" → ["en", "/lines/x"]. */
export function splitLocalePath(pathname: string): [Locale | null, string] {
	const match = /^\/(nl|en)(\/.*)?$/.exec(pathname);
	if (!match) return [null, pathname];
	return [match[1] as Locale, match[2] ?? '/'];
}

/** A path in a given language. */
export function localizePath(locale: Locale, path: string): string {
	const [, rest] = splitLocalePath(path);
	return `/${locale}${rest === '/' ? '' : rest}`;
}

