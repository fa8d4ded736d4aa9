import { redirect } from '@sveltejs/kit';
import { href } from '$lib/i18n/href';
import { getApp } from '$lib/server/app';
import { endSession } from '$lib/server/auth/session-cookie';
import type { Actions, PageServerLoad } from './$types';

// Signing out is a POST (the form in the navigation), so a link or image elsewhere cannot sign anyone out.
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, href(locals.locale, '/'));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { users } = await getApp();
		await endSession(event, users);
		redirect(303, href(event.locals.locale, '/'));
	}
};
