import type { LocalizedText } from '$lib/schemas';

/** LocalizedText allows 2,000 characters; some ESCO descriptions are longer. */
export const MAX_TEXT = 2000;

/** Shortens text to the schema's limit at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max = MAX_TEXT): string {
	const t = text.trim();
	if (t.length <= max) return t;
	const cut = t.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Both languages from what a source has; a missing language takes the other one's text.
 * Undefined when the source has neither.
 */
export function bilingual(en: string | undefined, nl: string | undefined): LocalizedText | undefined {
	const e = en?.trim() ? clip(en) : undefined;
	const n = nl?.trim() ? clip(nl) : undefined;
	if (!e && !n) return undefined;
	return { en: e ?? n!, nl: n ?? e! };
}
