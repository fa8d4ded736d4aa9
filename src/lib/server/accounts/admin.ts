import { z } from 'zod';
import { MemberRole, RecordId, type User } from '$lib/schemas/account';
import { Id, LocalizedText } from '$lib/schemas/common';
import { Organisation, OrganisationKind } from '$lib/schemas/organisation';
import { ConflictError } from '../store/errors';
import type { Actor, GraphStore } from '../store/types';
import type { UserStore } from '../store/user-types';

/** Users per admin page: enough to scan, few enough that a sector's thousands never load at once. */
export const ADMIN_PAGE_SIZE = 25;

/** ?q= and ?page= of the admin page; ?user= opens that user's roles. */
export const AdminUserQuery = z.object({
	q: z.string().trim().max(200).default(''),
	page: z.coerce.number().int().min(1).max(100_000).default(1),
	user: RecordId.optional()
});
export type AdminUserQuery = z.infer<typeof AdminUserQuery>;

/**
 * Every role change an administrator makes, in one form: a role in an organisation given or
 * taken, or the site-wide administrator flag. Nothing changes until the form comes back with
 * `confirmed=yes` from the confirmation the first post shows.
 */
const Confirmed = z.literal('yes').optional();
export const RoleChangeForm = z.discriminatedUnion('change', [
	z.object({ change: z.literal('grant'), userId: RecordId, organisation: Id, role: MemberRole, confirmed: Confirmed }),
	z.object({ change: z.literal('revoke'), userId: RecordId, organisation: Id, role: MemberRole, confirmed: Confirmed }),
	z.object({ change: z.literal('admin'), userId: RecordId, admin: z.enum(['true', 'false']).transform((v) => v === 'true'), confirmed: Confirmed })
]);
export type RoleChange = z.infer<typeof RoleChangeForm>;
export const OrganisationForm = z
	.object({ id: Id, nl: LocalizedText.shape.nl, en: LocalizedText.shape.en, kind: OrganisationKind })
	.transform((f) => Organisation.parse({ id: f.id, label: { nl: f.nl, en: f.en }, kind: f.kind }));

export function actorOf(user: User): Actor {
	return { userId: user.id, label: user.name };
}

/**
 * Organisations belong to the network (closed modules and curricula point at them), so a new one
 * is a network edit: versioned and audited like any other. `false` when the id is taken.
 */
export async function createOrganisation(store: GraphStore, network: string, organisation: Organisation, by: User): Promise<boolean> {
	try {
		await store.putItem(network, 'organisations', organisation, actorOf(by), { expectedRevision: 0 });
		return true;
	} catch (e) {
		if (e instanceof ConflictError) return false;
		throw e;
	}
}

export interface UserRow {
	user: User;
	memberships: { organisation: string; role: MemberRole }[];
}

export interface UserPage {
	rows: UserRow[];
	total: number;
	/** The page shown: the one asked for, or the last one when it asked beyond it. */
	page: number;
	pages: number;
}

/** One page of the users matching the search, with their roles; the store does the searching and paging. */
export async function userPage(users: UserStore, query: Pick<AdminUserQuery, 'q' | 'page'>, size = ADMIN_PAGE_SIZE): Promise<UserPage> {
	const find = (page: number) => users.searchUsers({ query: query.q, offset: (page - 1) * size, limit: size });
	let page = query.page;
	let found = await find(page);
	const pages = Math.max(1, Math.ceil(found.total / size));
	if (page > pages) found = await find((page = pages));
	const rows = await Promise.all(found.users.map(async (user) => ({ user, memberships: await users.memberships(user.id) })));
	return { rows, total: found.total, page, pages };
}
