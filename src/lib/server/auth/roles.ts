import type { Membership, Role, User } from '$lib/schemas/account';
import type { Viewer } from '../viewer';

/** A signed-in person with what they may do; what guards and the plan rules decide on. */
export interface Account {
	user: User;
	memberships: readonly Membership[];
}

/**
 * `admin` is site-wide and ignores `organisation`; other roles are held in an organisation. Without
 * `organisation`, holding the role in any organisation counts.
 */
export function holdsRole(account: Account, role: Role, organisation?: string): boolean {
	if (role === 'admin') return account.user.admin;
	return account.memberships.some((m) => m.role === role && (organisation === undefined || m.organisation === organisation));
}

export function isMemberOf(account: Account, organisation: string): boolean {
	return account.memberships.some((m) => m.organisation === organisation);
}

/** The read models' view of a person: which organisations' closed modules they may see. */
export function viewerOf(account: Account): Viewer {
	const roles = new Set<string>(account.memberships.map((m) => m.role));
	if (account.user.admin) roles.add('admin');
	return Object.freeze({
		userId: account.user.id,
		organisations: Object.freeze([...new Set(account.memberships.map((m) => m.organisation))].sort()),
		roles: Object.freeze([...roles].sort())
	});
}
