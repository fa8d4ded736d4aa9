import { InUseError } from '../../store/errors';
import type { OrganisationUse, UserStore } from '../../store/user-types';

/** Where the editing rules learn what in the accounts names an organisation. */
export type OrganisationAccounts = Pick<UserStore, 'organisationUse'>;

export function inUseByAccounts(use: OrganisationUse): boolean {
	return use.memberships + use.advisorLinks + use.plans > 0;
}

/** "2 membership(s), 1 shared plan(s)": only what is there. */
export function describeUse(use: OrganisationUse): string {
	const parts: [number, string][] = [
		[use.memberships, 'membership(s)'],
		[use.advisorLinks, 'advisor link(s)'],
		[use.plans, 'shared plan(s)']
	];
	return parts
		.filter(([n]) => n > 0)
		.map(([n, what]) => `${n} ${what}`)
		.join(', ');
}

/**
 * An organisation is refused deletion while accounts name it: memberships, advisor links and
 * plans are kept in the user store, which no foreign key ties to the network, so deleting it
 * would leave them dangling and give them back to whoever creates the same id again.
 */
export async function refuseOrganisationInUse(accounts: OrganisationAccounts, id: string): Promise<void> {
	const use = await accounts.organisationUse(id);
	if (!inUseByAccounts(use)) return;
	const users = [
		...(use.memberships ? [{ kind: 'memberships', id: String(use.memberships) }] : []),
		...(use.advisorLinks ? [{ kind: 'advisorLinks', id: String(use.advisorLinks) }] : []),
		...(use.plans ? [{ kind: 'plans', id: String(use.plans) }] : [])
	];
	throw new InUseError(`organisation '${id}' is still used by ${describeUse(use)}; revoke the memberships and unshare the plans first`, users);
}
