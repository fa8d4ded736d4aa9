import { z } from 'zod';
import { RecordId } from '$lib/schemas/account';
import { Id } from '$lib/schemas/common';
import { parseForm } from '$lib/server/auth/form';
import { refuseDenied, requireRole } from '$lib/server/auth/guards';
import { pageSnapshot } from '$lib/server/http/page';
import { linkEmployee, unlinkEmployee } from '$lib/server/plans/commands';
import { planRequest } from '$lib/server/plans/request';
import { groupOf } from '$lib/server/plans/views';
import type { Actions, PageServerLoad } from './$types';

const LinkForm = z.object({ organisation: Id, employeeId: RecordId });

export const load: PageServerLoad = async (event) => {
	const { account, deps } = await planRequest(event);
	requireRole(event, 'advisor');
	const snap = await pageSnapshot(event.url, event.locals.locale);
	const group = await groupOf(deps, account);
	const advising = [...new Set(account.memberships.filter((m) => m.role === 'advisor').map((m) => m.organisation))];
	const organisations = await Promise.all(
		advising.map(async (id) => {
			const linked = new Set(group.filter((g) => g.organisation === id).map((g) => g.employee.id));
			const members = await deps.users.members(id);
			const candidates = new Map(members.filter((m) => m.user.id !== account.user.id && !linked.has(m.user.id)).map((m) => [m.user.id, m.user.name]));
			return {
				id,
				label: snap.organisations.get(id)?.label ?? { nl: id, en: id },
				members: group.filter((g) => g.organisation === id),
				candidates: [...candidates].map(([value, label]) => ({ value, label }))
			};
		})
	);
	return { organisations };
};

export const actions: Actions = {
	link: async (event) => {
		const { account, deps } = await planRequest(event);
		const parsed = parseForm(await event.request.formData(), LinkForm, event.locals.locale, 'link');
		if (!parsed.ok) return parsed.failure;
		await refuseDenied(event, () => linkEmployee(deps, account, parsed.data.organisation, parsed.data.employeeId));
		return { saved: true };
	},
	unlink: async (event) => {
		const { account, deps } = await planRequest(event);
		const parsed = parseForm(await event.request.formData(), LinkForm, event.locals.locale, 'unlink');
		if (!parsed.ok) return parsed.failure;
		await refuseDenied(event, () => unlinkEmployee(deps, account, parsed.data.organisation, parsed.data.employeeId));
		return { saved: true };
	}
};
