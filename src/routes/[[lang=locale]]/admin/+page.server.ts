import { translate } from '$lib/i18n';
import { AdminFlagForm, MembershipForm, OrganisationForm, createOrganisation, listUsersWithRoles } from '$lib/server/accounts/admin';
import { getApp } from '$lib/server/app';
import { fieldFailure, parseForm } from '$lib/server/auth/form';
import { requireRole } from '$lib/server/auth/guards';
import { pageSnapshot } from '$lib/server/http/page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user } = requireRole(event, 'admin');
	const { users } = await getApp();
	const snap = await pageSnapshot(event.url, event.locals.locale);
	const rows = await listUsersWithRoles(users);
	const memberCount = new Map<string, number>();
	for (const r of rows) for (const o of new Set(r.memberships.map((m) => m.organisation))) memberCount.set(o, (memberCount.get(o) ?? 0) + 1);
	return {
		me: user.id,
		users: rows,
		organisations: snap.content.organisations.map((o) => ({ id: o.id, label: o.label, kind: o.kind, members: memberCount.get(o.id) ?? 0 }))
	};
};

export const actions: Actions = {
	grant: async (event) => {
		requireRole(event, 'admin');
		const { locale } = event.locals;
		const data = await event.request.formData();
		const parsed = parseForm(data, MembershipForm, locale, `grant-${data.get('userId')}`);
		if (!parsed.ok) return parsed.failure;
		const { userId, organisation, role } = parsed.data;
		const form = `grant-${userId}`;
		const snap = await pageSnapshot(event.url, locale);
		if (!snap.organisations.has(organisation))
			return fieldFailure(form, 'organisation', translate(locale, 'admin.unknownOrganisation'), { organisation, role });
		const { users } = await getApp();
		if (!(await users.getUser(userId))) return fieldFailure(form, 'userId', translate(locale, 'admin.unknownUser'), {});
		await users.addMembership(userId, { organisation, role });
		return { saved: true };
	},
	revoke: async (event) => {
		requireRole(event, 'admin');
		const parsed = parseForm(await event.request.formData(), MembershipForm, event.locals.locale, 'revoke');
		if (!parsed.ok) return parsed.failure;
		const { users } = await getApp();
		const { userId, organisation, role } = parsed.data;
		// The store ends the advisor links that rested on this membership with it.
		await users.removeMembership(userId, { organisation, role });
		return { saved: true };
	},
	setAdmin: async (event) => {
		const { user } = requireRole(event, 'admin');
		const { locale } = event.locals;
		const parsed = parseForm(await event.request.formData(), AdminFlagForm, locale, 'admin');
		if (!parsed.ok) return parsed.failure;
		if (parsed.data.userId === user.id && !parsed.data.admin) return fieldFailure('admin', 'userId', translate(locale, 'admin.notYourself'), {});
		const { users } = await getApp();
		if (!(await users.getUser(parsed.data.userId))) return fieldFailure('admin', 'userId', translate(locale, 'admin.unknownUser'), {});
		await users.updateUser(parsed.data.userId, { admin: parsed.data.admin });
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
