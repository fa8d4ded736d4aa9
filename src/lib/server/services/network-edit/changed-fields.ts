import { isDeepStrictEqual } from 'node:util';

/** Top-level fields that differ between two versions of an item (for history and import previews). */
export function changedFields(before: unknown, after: unknown): string[] {
	const a = (before ?? {}) as Record<string, unknown>;
	const b = (after ?? {}) as Record<string, unknown>;
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !isDeepStrictEqual(a[k], b[k])).sort();
}
