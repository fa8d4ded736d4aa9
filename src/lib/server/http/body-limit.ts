import { translate } from '$lib/i18n';
import type { Locale } from '$lib/schemas/common';

/**
 * adapter-node refuses a request body over BODY_SIZE_LIMIT (default 512K) by failing the body
 * stream with a 413 error; whoever reads the body gets that error. The limit is read the way
 * adapter-node reads it, so the refusal can name it.
 */

const UNITS: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** The body limit in bytes (Infinity when switched off). */
export function bodySizeLimit(env: Record<string, string | undefined> = process.env): number {
	const value = env.BODY_SIZE_LIMIT ?? '512K';
	const unit = UNITS[value.slice(-1).toUpperCase()];
	return unit ? Number(value.slice(0, -1)) * unit : Number(value);
}

/** "512 KB", "1.5 MB": the limit as a person reads it. */
export function describeLimit(bytes: number): string {
	if (!Number.isFinite(bytes)) return 'no limit';
	for (const [unit, size] of [['GB', UNITS.G!], ['MB', UNITS.M!], ['KB', UNITS.K!]] as const)
		if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
	return `${bytes} bytes`;
}

/** Is this what reading an over-limit body throws? (SvelteKit's error class is internal, so by its status.) */
export function isBodyTooLarge(e: unknown): boolean {
	return e instanceof Error && (e as { status?: unknown }).status === 413;
}

/** What a page or form post over the limit shows, in the reader's language. */
export function tooLargeMessage(locale: Locale, env: Record<string, string | undefined> = process.env): string {
	return translate(locale, 'input.tooLarge', { limit: describeLimit(bodySizeLimit(env)) });
}
