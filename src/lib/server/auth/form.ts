import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { translate, type MessageKey } from '$lib/i18n';
import { keyedByInput } from '$lib/safe-keys';
import { CONTROL_CHARACTERS, type Locale } from '$lib/schemas/common';

export type FieldErrors = Record<string, string>;

export interface FormFailure {
	/** A message for the whole form (shown above it), if any. */
	message?: string;
	errors: FieldErrors;
	/** What was typed, so the form can be shown again; passwords are never sent back. */
	values: Record<string, string>;
	/** Which form on the page failed, when a page has several. */
	form?: string;
}

type Issue = z.core.$ZodIssue;

/** The translated reason for one problem, in words a person can act on next to the field. */
function reason(issue: Issue, field: string): MessageKey {
	const isPassword = field === 'password';
	switch (issue.code) {
		case 'invalid_type':
			return 'auth.field.required';
		case 'too_small':
			if (issue.origin !== 'string') return 'auth.field.invalid';
			return isPassword ? 'auth.field.passwordTooShort' : Number(issue.minimum) <= 1 ? 'auth.field.required' : 'auth.field.invalid';
		case 'too_big':
			if (issue.origin !== 'string') return 'auth.field.invalid';
			return isPassword ? 'auth.field.passwordTooLong' : 'auth.field.tooLong';
		case 'invalid_format':
			if (issue.message === CONTROL_CHARACTERS) return 'input.controlCharacter';
			return issue.format === 'email' ? 'auth.field.email' : 'auth.field.invalid';
		default:
			return 'auth.field.invalid';
	}
}

export function fieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.') || 'form';
		errors[field] ??= translate(locale, reason(issue, field));
	}
	return errors;
}

function typedValues(data: FormData): Record<string, string> {
	const values = keyedByInput<string>();
	for (const [key, value] of data) if (typeof value === 'string' && !/password/i.test(key)) values[key] = value;
	return values;
}

/**
 * Validates a posted form with a zod schema. On failure the action returns the result as is:
 * a 400 with the reason per field, and nothing has been changed.
 */
export function parseForm<S extends z.ZodType>(
	data: FormData,
	schema: S,
	locale: Locale,
	form?: string
): { ok: true; data: z.infer<S> } | { ok: false; failure: ActionFailure<FormFailure> } {
	const raw = keyedByInput<string>();
	for (const [key, value] of data) if (typeof value === 'string') raw[key] = value;
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	return { ok: false, failure: fail(400, { errors: fieldErrors(parsed.error, locale), values: typedValues(data), form }) };
}

/** A refusal about the form as a whole or one field, after validation passed (e.g. "email taken"). */
export function formFailure(status: number, data: FormData, failure: Omit<FormFailure, 'values'>): ActionFailure<FormFailure> {
	return fail(status, { ...failure, values: typedValues(data) });
}

/** Why an attempt was refused by a sign-in or sign-up limit: seconds for a short wait, else minutes. */
export function tooManyAttempts(data: FormData, locale: Locale, waitMs: number): ActionFailure<FormFailure> {
	const message =
		waitMs < 60_000
			? translate(locale, 'auth.rateLimitedSeconds', { seconds: Math.max(1, Math.ceil(waitMs / 1000)) })
			: translate(locale, 'auth.rateLimited', { minutes: Math.ceil(waitMs / 60_000) });
	return formFailure(429, data, { message, errors: {} });
}

/** A problem with one field that only the server can see (unknown id, taken email, date in the future). */
export function fieldFailure(form: string | undefined, field: string, message: string, values: Record<string, string>): ActionFailure<FormFailure> {
	return fail(400, { form, errors: { [field]: message }, values });
}
