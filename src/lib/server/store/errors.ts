import type { ValidationIssue } from '$lib/schemas/issues';

/** Domain errors every store adapter raises in the same way, so callers map them to HTTP once. */
export class StoreError extends Error {
	constructor(message: string) {
		super(message);
		this.name = new.target.name;
	}
}

export class NotFoundError extends StoreError {}

/** Someone else changed the data first (version check) or a uniqueness rule was hit. */
export class ConflictError extends StoreError {}

export class ValidationError extends StoreError {
	constructor(
		message: string,
		readonly issues: ValidationIssue[]
	) {
		super(message);
	}
}

/** The item is still referenced; `users` says by what, so a UI can show it before asking. */
export class InUseError extends StoreError {
	constructor(
		message: string,
		readonly users: { kind: string; id: string }[]
	) {
		super(message);
	}
}

/** The store itself cannot be reached or used (not a user mistake). */
export class UnavailableError extends StoreError {}
