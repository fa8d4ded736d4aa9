/** An import that cannot go on: a missing file or column, unreadable CSV, or data that fails validation. */
export class ImportError extends Error {
	constructor(
		message: string,
		/** Up to a few dozen problems, each naming the item and field, when validation failed. */
		readonly issues: readonly string[] = []
	) {
		super(message);
		this.name = 'ImportError';
	}
}
