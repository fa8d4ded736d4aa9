import { translate, type MessageKey } from '$lib/i18n';
import type { EntityKind } from '$lib/schemas';
import { ConflictError } from '../../store/errors';
import type { AuditEntry, StoredItem } from '../../store/types';

/** Why the editing rules refuse something: a translatable reason, and an English message for logs and the API. */
export interface Refusal {
	/** 404 when the person may not even know the item exists (a closed module of another organisation). */
	status: 403 | 404;
	reason: MessageKey;
	values: Record<string, string>;
}

export function refusal(status: Refusal['status'], reason: MessageKey, values: Record<string, string> = {}): Refusal {
	return { status, reason, values };
}

export class EditDenied extends Error {
	constructor(readonly refusal: Refusal) {
		super(translate('en', refusal.reason, refusal.values));
		this.name = 'EditDenied';
	}
}

/**
 * Someone else saved the item first. Carries what is stored now and who saved it, so an
 * editor can compare it with their own version and decide; their version is not lost.
 */
export class EditConflict extends ConflictError {
	constructor(
		message: string,
		readonly kind: EntityKind,
		readonly id: string,
		readonly current: StoredItem | null,
		readonly lastChange: AuditEntry | null
	) {
		super(message);
	}
}
