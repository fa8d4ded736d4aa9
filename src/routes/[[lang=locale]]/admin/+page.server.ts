import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { AdminUserQuery, OrganisationForm, RoleChangeForm, createOrganisation, userPage, type RoleChange } from '$lib/server/accounts/admin';
import { getApp } from '$lib/server/app';
import { fieldFailure, parseForm } from '$lib/server/auth/form';
import { requireRole } from '$lib/server/auth/guards';
import { pageSnapshot } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user } = requireRole(event, 'admin');
	const { locale } = event.locals;
	const parsed = AdminUserQuery.safeParse(Object.fromEntries(['q', 'page', 'user'].flatMap((k) => (event.url.searchParams.has(k) ? [[k, event.url.searchParams.get(k)]] : []))));
	if (!parsed.success) {
		const field = String(parsed.error.issues[0]!.path[0] ?? 'q');
		error(400, { message: translate(locale, 'admin.badQuery', { field }), code: '400' });
	}
	const query = parsed.data;
	const { users } = await getApp();
	const snap = await pageSnapshot(event.url, locale);
	const selectedUser = query.user ? await users.getUser(query.user) : null;
	const organisations = await Promise.all(
		snap.content.organisations.map(async (o) => ({
			id: o.id,
			label: o.label,
			kind: o.kind,
			members: new Set((await users.members(o.id)).map((m) => m.user.id)).size
		}))
	);
	return {
		me: user.id,
		query: { q: query.q, page: query.page },
		users: await userPage(users, query),
		selected: selectedUser ? { user: selectedUser, memberships: await users.memberships(selectedUser.id) } : null,
		unknownUser: query.user !== undefined && selectedUser === null,
		organisations
	};
};

/** What the confirmation says and sends back: the change, with the names it is about. */
function confirmation(change: RoleChange, name: string, organisation: { nl: string; en: string } | null) {
	return { confirm: { ...change, admin: change.change === 'admin' ? String(change.admin) : undefined, name, organisationLabel: organisation } };
}

export const actions: Actions = {
	/** Gives or takes a role, or the administrator flag: first a confirmation, then, confirmed, the change. */
	changeRole: async (event) => {
		const { user: me } = requireRole(event, 'admin');
		const { locale } = event.locals;
		const parsed = parseForm(await event.request.formData(), RoleChangeForm, locale, 'roles');
		if (!parsed.ok) return parsed.failure;
		const change = parsed.data;
		const { users } = await getApp();
		const target = await users.getUser(change.userId);
		if (!target) return fieldFailure('roles', 'userId', translate(locale, 'admin.unknownUser'), {});
		let organisation: { nl: string; en: string } | null = null;
		if (change.change !== 'admin') {
			const snap = await pageSnapshot(event.url, locale);
			organisation = snap.organisations.get(change.organisation)?.label ?? null;
			if (change.change === 'grant' && !organisation)
				return fieldFailure('roles', 'organisation', translate(locale, 'admin.unknownOrganisation'), { organisation: change.organisation, role: change.role });
		} else if (change.userId === me.id && !change.admin) return fieldFailure('roles', 'userId', translate(locale, 'admin.notYourself'), {});
		if (change.confirmed !== 'yes') return confirmation(change, target.name, organisation);
		if (change.change === 'grant') await users.addMembership(target.id, { organisation: change.organisation, role: change.role });
		// The store ends the advisor links that rested on this membership with it.
		else if (change.change === 'revoke') await users.removeMembership(target.id, { organisation: change.organisation, role: change.role });
		else await users.updateUser(target.id, { admin: change.admin });
		return { saved: true };
	},
	createOrganisation: async (event) => {
		const { user } = requireRole(event, 'admin');
		const { locale } = event.locals;
		const data = await event.request.formData();
		const parsed = parseForm(data, OrganisationForm, locale, 'organisation');
		if (!parsed.ok) return parsed.failure;
		const { store } = await getApp();
		const network = (await pageSnapshot(event.url, locale)).meta.id;
		if (!(await createOrganisation(store, network, parsed.data, user)))
			return fieldFailure('organisation', 'id', translate(locale, 'admin.orgExists'), { id: parsed.data.id, nl: parsed.data.label.nl, en: parsed.data.label.en, kind: parsed.data.kind });
		return { saved: true };
	}
};
