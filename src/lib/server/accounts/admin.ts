import { z } from 'zod';
import { MemberRole, RecordId, type User } from '$lib/schemas/account';
import { Id, LocalizedText } from '$lib/schemas/common';
import { Organisation, OrganisationKind } from '$lib/schemas/organisation';
import { ConflictError } from '../store/errors';
import type { Actor, GraphStore } from '../store/types';
import type { UserStore } from '../store/user-types';

export const MembershipForm = z.object({ userId: RecordId, organisation: Id, role: MemberRole });
export const AdminFlagForm = z.object({ userId: RecordId, admin: z.enum(['true', 'false']).transform((v) => v === 'true') });
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

export async function listUsersWithRoles(users: UserStore): Promise<UserRow[]> {
	const all = await users.listUsers();
	return Promise.all(all.map(async (user) => ({ user, memberships: await users.memberships(user.id) })));
}
