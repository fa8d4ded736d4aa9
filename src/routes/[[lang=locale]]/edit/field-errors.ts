import { translate, type MessageKey, type Values } from '$lib/i18n';
import type { Locale } from '$lib/schemas/common';
import type { ValidationIssue } from '$lib/schemas/issues';

/**
 * Field problems in the reader's language. The schemas and the reference check word their
 * problems in English for the API and logs; the editor shows each one in words a person can
 * act on, next to the field. A problem not recognised here keeps its English wording.
 */
const PATTERNS: [RegExp, MessageKey, (m: RegExpExecArray) => Values][] = [
	[/expected \w+, received undefined/, 'editor.error.required', () => ({})],
	[/must not be empty|text must not be empty|expected string to have >=1 characters/, 'editor.error.required', () => ({})],
	[/expected number, received/, 'editor.error.number', () => ({})],
	[/expected int, received/, 'editor.error.wholeNumber', () => ({})],
	[/Too big: expected number to be <=?(-?[\d.]+)/, 'editor.error.max', (m) => ({ max: Number(m[1]) })],
	[/Too small: expected number to be >=?(-?[\d.]+)/, 'editor.error.min', (m) => ({ min: Number(m[1]) })],
	[/Too big: expected string|must be at most \d+ characters/, 'editor.error.tooLong', () => ({})],
	[/^unknown (\w+(?: \w+)?) '(.+)'$/, 'editor.error.unknown', (m) => ({ noun: m[1]!.replace(' ', '_'), id: m[2]! })],
	[/already exists$/, 'editor.error.exists', () => ({})],
	[/must be a lowercase slug/, 'editor.error.slug', () => ({})],
	[/colour must be #rrggbb/, 'editor.error.colour', () => ({})],
	[/crebo code is 5 digits/, 'editor.error.crebo', () => ({})],
	[/appears twice on the line/, 'editor.error.stopTwice', () => ({})],
	[/the first stop has no hop months/, 'editor.error.firstStopMonths', () => ({})],
	[/every stop after the first needs the hop months/, 'editor.error.hopMonths', () => ({})],
	[/a line needs at least two stops/, 'editor.error.twoStops', () => ({})],
	[/is required twice/, 'editor.error.skillTwice', () => ({})],
	[/a module teaches at least one skill/, 'editor.error.teachesOne', () => ({})],
	[/a learning track bundles at least one module/, 'editor.error.trackOne', () => ({})],
	[/a closed module names the organisation/, 'editor.error.closedNeedsOrganisation', () => ({})],
	[/a public module is not closed/, 'editor.error.publicHasOrganisation', () => ({})],
	[/Invalid URL/i, 'editor.error.url', () => ({})],
	[/Invalid option/, 'editor.error.choose', () => ({})],
	[/must not contain control characters/, 'input.controlCharacter', () => ({})]
];

export function fieldMessage(message: string, locale: Locale): string {
	for (const [pattern, key, values] of PATTERNS) {
		const m = pattern.exec(message);
		if (m) return translate(locale, key, values(m));
	}
	return locale === 'en' ? message : translate(locale, 'editor.error.other', { detail: message });
}

/** One message per field (the first problem), keyed by the field's name in the form. */
export function fieldMessages(issues: readonly ValidationIssue[], locale: Locale): Record<string, string> {
	const out: Record<string, string> = {};
	for (const i of issues) out[i.field || 'form'] ??= fieldMessage(i.message, locale);
	return out;
}
