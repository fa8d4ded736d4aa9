import { z } from 'zod';
import { isReservedKey } from '$lib/safe-keys';

// zod compiles object schemas with `new Function` when it can, and finds out by trying once. In the
// browser the pages' Content-Security-Policy forbids eval, so the try would be reported as a violation;
// without it zod is just as correct. (The browser bundle normally holds no zod at all.)
if (typeof document !== 'undefined') z.config({ jitless: true });

/** Ids are stable, human-readable slugs: they appear in URLs, seed files and plans. */
export const Id = z
	.string()
	.min(1, 'must not be empty')
	.max(120, 'must be at most 120 characters')
	.regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lowercase slug (a-z, 0-9, ".", "_", "-")')
	// Ids key objects (names per id, progress per module); these two would read a prototype's member.
	.refine((id) => !isReservedKey(id), 'is a reserved word (constructor, prototype)');
export type Id = z.infer<typeof Id>;

export const Locale = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;

/**
 * Invisible characters people type by accident or paste on purpose: C0 and C1 controls (NUL,
 * escape sequences...) and the bidi embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), which make text read other than it is stored ("exe.txt" shown for "txt.exe").
 * Text that runs over several lines keeps tab, line feed and carriage return.
 */
const SINGLE_LINE = /^[^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;
const MULTI_LINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;
export const CONTROL_CHARACTERS = 'must not contain control characters or text-direction marks (such as U+202E)';

/** Text on one line (labels, names, titles) without invisible characters. */
export const singleLine = (text: z.ZodString) => text.regex(SINGLE_LINE, CONTROL_CHARACTERS);
/** Text over several lines (descriptions, notes, comments) without invisible characters but tab and line breaks. */
export const multiLine = (text: z.ZodString) => text.regex(MULTI_LINE, CONTROL_CHARACTERS);

/** Text in both languages. Dutch is the source language of the sector; English is required too. */
export const LocalizedText = z.object({
	nl: singleLine(z.string().trim().min(1, 'Dutch text must not be empty').max(2000)),
	en: singleLine(z.string().trim().min(1, 'English text must not be empty').max(2000))
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A LocalizedText that may run over several lines (a description, a note). */
export const LocalizedParagraph = z.object({
	nl: multiLine(z.string().trim().min(1, 'Dutch text must not be empty').max(2000)),
	en: multiLine(z.string().trim().min(1, 'English text must not be empty').max(2000))
});

/** Codes from external classifications, kept so imports and exports can be joined again. */
export const Codes = z
	.object({
		esco: z.string().url().optional(),
		isco: z
			.string()
			.regex(/^\d{1,4}$/, 'ISCO code must be 1 to 4 digits')
			.optional(),
		onet: z
			.string()
			.regex(/^\d{2}-\d{4}\.\d{2}$/, 'O*NET-SOC code looks like 51-4121.06')
			.optional(),
		brc: z
			.string()
			.regex(/^\d{2,4}$/, 'BRC 2014 code must be 2 to 4 digits')
			.optional()
	})
	.strict();
export type Codes = z.infer<typeof Codes>;

/** Skill level, 1 (basic) to 5 (expert); used by station requirements and module teaching. */
export const SkillLevel = z.number().int().min(1).max(5);

/** Pick the label in a locale; both are always present, so this never fails. */
export function localize(text: LocalizedText, locale: Locale): string {
	return text[locale];
}
