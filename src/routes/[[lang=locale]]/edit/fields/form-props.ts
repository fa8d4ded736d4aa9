import type { Translate } from '$lib/i18n';
import type { Locale, LocalizedText } from '$lib/schemas';
import type { FormValues } from '../form-codec';

/** What every kind's form gets from the editor page. */
export interface KindFormProps {
	values: FormValues;
	errors: Record<string, string>;
	choices: Partial<Record<string, { id: string; label: LocalizedText }[]>>;
	locale: Locale;
	t: Translate;
	isNew: boolean;
	/** Empty rows offered below each list, to add to it. */
	blankRows: number;
	/** The arrange action's URL (row buttons post there). */
	arrangeAction: string;
}

export const LEVELS = ['1', '2', '3', '4', '5'] as const;

export function optionsOf(items: readonly { id: string; label: LocalizedText }[] | undefined, locale: Locale) {
	return (items ?? []).map((i) => ({ value: i.id, label: `${i.label[locale]} (${i.id})` }));
}

/** Row indexes to render for a list: the filled rows and `blank` empty ones. */
export function rowIndexes(filled: number, blank: number): number[] {
	return Array.from({ length: filled + blank }, (_, i) => i);
}

/**
 * The fields each kind's form shows (by path prefix). Fields an item has beyond these (a skill's
 * ISCO code, an import's label fallback) travel along as hidden inputs, so saving the form
 * never drops them.
 */
export const SHOWN_FIELDS: Record<string, readonly string[]> = {
	stations: ['id', 'label', 'description', 'level', 'codes', 'requires', 'salaryBand', 'regions', 'certificates', 'position', 'pinned'],
	lines: ['id', 'label', 'description', 'colour', 'stops'],
	skills: ['id', 'label', 'group', 'codes.esco'],
	modules: ['id', 'label', 'kind', 'hours', 'price', 'currency', 'language', 'provider', 'visibility', 'organisation', 'teaches', 'awards', 'points', 'certificates', 'url'],
	learningTracks: ['id', 'label', 'subject', 'modules'],
	curricula: ['id', 'label', 'school', 'crebo', 'level', 'region', 'leadsTo', 'teaches']
};

export function carriedFields(kind: string, values: FormValues): [string, string][] {
	const shown = SHOWN_FIELDS[kind] ?? [];
	return Object.entries(values).filter(([k]) => !shown.some((p) => k === p || k.startsWith(`${p}.`)));
}

/** The problem with a list field: with the list itself or with its first bad entry. */
export function listError(errors: Record<string, string>, name: string): string | undefined {
	return errors[name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${name}.`))?.[1];
}
