/** What a page needs to show one form again after the server refused it. */
export interface FailedForm {
	errors: Record<string, string>;
	values: Record<string, string>;
	message?: string;
}

type ActionResultData = { form?: string; errors?: Record<string, string>; values?: Record<string, string>; message?: string } | null | undefined;

/**
 * The refusal of the form named `name` (or of the page's only form when `name` is omitted), so
 * the other forms on a page keep clean fields.
 */
export function failedForm(result: ActionResultData, name?: string): FailedForm | null {
	if (!result?.errors || (name !== undefined && result.form !== name)) return null;
	return { errors: result.errors, values: result.values ?? {}, message: result.message };
}
