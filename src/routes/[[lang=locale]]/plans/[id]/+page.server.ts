import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { href } from '$lib/i18n/href';
import { Id } from '$lib/schemas/common';
import { CommentBody, PlanTitle } from '$lib/schemas/plan';
import { fieldFailure, parseForm } from '$lib/server/auth/form';
import { refuseDenied } from '$lib/server/auth/guards';
import { pageSnapshot } from '$lib/server/http/page';
import { acceptPlan, commentOnPlan, deletePlan, markModule, renamePlan, sharePlan } from '$lib/server/plans/commands';
import { planRequest } from '$lib/server/plans/request';
import { planStory } from '$lib/server/plans/story';
import { planDetail } from '$lib/server/plans/views';
import { ValidationError } from '$lib/server/store/errors';
import type { Actions, PageServerLoad } from './$types';

/** One "done" toggle per module: ticked means done today, unticked means not done. */
const ProgressForm = z.object({ module: Id, done: z.enum(['true', 'false']).transform((d) => d === 'true') });
const ShareForm = z.object({ organisation: z.union([Id, z.literal('')]).transform((o) => (o === '' ? null : o)) });

export const load: PageServerLoad = async (event) => {
	const { account, deps } = await planRequest(event);
	const plan = await refuseDenied(event, () => planDetail(deps, account, event.params.id));
	const snap = await pageSnapshot(event.url, event.locals.locale);
	const orgLabel = (id: string) => snap.organisations.get(id)?.label ?? { nl: id, en: id };
	return {
		plan,
		...(await planStory(deps, plan, event.locals.locale)),
		sharedWith: plan.organisation ? orgLabel(plan.organisation) : null,
		// Only the owner shares, and only with organisations they belong to.
		shareOptions: [...new Set(account.memberships.map((m) => m.organisation))].map((id) => ({ id, label: orgLabel(id) }))
	};
};

export const actions: Actions = {
	comment: async (event) => {
		const { account, deps } = await planRequest(event);
		const parsed = parseForm(await event.request.formData(), z.object({ body: CommentBody }), event.locals.locale, 'comment');
		if (!parsed.ok) return parsed.failure;
		await refuseDenied(event, () => commentOnPlan(deps, account, event.params.id, parsed.data.body));
		return { saved: true };
	},
	progress: async (event) => {
		const { account, deps } = await planRequest(event);
		const parsed = parseForm(await event.request.formData(), ProgressForm, event.locals.locale, 'progress');
		if (!parsed.ok) return parsed.failure;
		try {
			const doneOn = parsed.data.done ? deps.today() : null;
			await refuseDenied(event, () => markModule(deps, account, event.params.id, parsed.data.module, doneOn));
		} catch (e) {
			if (e instanceof ValidationError) return fieldFailure('progress', 'module', translate(event.locals.locale, 'auth.field.invalid'), {});
			throw e;
		}
		return { saved: true };
	},
	accept: async (event) => {
		const { account, deps } = await planRequest(event);
		await refuseDenied(event, () => acceptPlan(deps, account, event.params.id));
		return { saved: true };
	},
	share: async (event) => {
		const { account, deps } = await planRequest(event);
		const parsed = parseForm(await event.request.formData(), ShareForm, event.locals.locale, 'share');
		if (!parsed.ok) return parsed.failure;
		await refuseDenied(event, () => sharePlan(deps, account, event.params.id, parsed.data.organisation));
		return { saved: true };
	},
	rename: async (event) => {
		const { account, deps } = await planRequest(event);
		const parsed = parseForm(await event.request.formData(), z.object({ title: PlanTitle }), event.locals.locale, 'rename');
		if (!parsed.ok) return parsed.failure;
		await refuseDenied(event, () => renamePlan(deps, account, event.params.id, parsed.data.title));
		return { saved: true };
	},
	delete: async (event) => {
		const { account, deps } = await planRequest(event);
		await refuseDenied(event, () => deletePlan(deps, account, event.params.id));
		redirect(303, href(event.locals.locale, '/plans'));
	}
};
