import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * Ids for users, plans and comments: 120 random bits, so they cannot be guessed or counted
 * (a sequential plan id would tell a stranger how many plans exist and invite probing).
 */
export function newRecordId(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
