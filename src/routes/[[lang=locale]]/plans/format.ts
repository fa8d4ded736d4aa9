import type { Locale } from '$lib/schemas/common';

/** A day the way each language writes it; plans show dates, never times. */
export function formatDay(locale: Locale, iso: string): string {
	return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}
