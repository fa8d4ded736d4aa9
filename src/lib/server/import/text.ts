import type { LocalizedText } from '$lib/schemas';

/** LocalizedText allows 2,000 characters; some ESCO descriptions are longer. */
export const MAX_TEXT = 2000;

/** UTF-8 bytes read as Latin-1 ("â\u0080\u0099" for "’"): a lead byte, then continuation bytes, one of them a C1 control. */
const MOJIBAKE = /[\u00c2-\u00f4](?=[\u0080-\u00bf]{0,2}[\u0080-\u009f])[\u0080-\u00bf]{1,3}/g;
/** What labels and texts may not hold (schemas/common.ts); tab and line breaks stay for descriptions. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function repairRun(run: string): string {
	const decoded = Buffer.from(run, 'latin1').toString('utf8');
	return decoded.length === 1 || (decoded.length === 2 && decoded.codePointAt(0)! > 0xffff) ? decoded : run;
}

/**
 * Source text as the schemas take it: mis-decoded UTF-8 repaired, then what is still invisible
 * (controls, text-direction marks) dropped. A source is not refused for a stray byte.
 */
function clean(text: string): string {
	return text.replace(MOJIBAKE, repairRun).replace(INVISIBLE, '');
}

/** Shortens text to the schema's limit at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max = MAX_TEXT): string {
	const t = clean(text).trim();
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
