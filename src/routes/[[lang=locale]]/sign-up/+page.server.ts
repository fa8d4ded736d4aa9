import { redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { getApp } from '$lib/server/app';
import { formFailure, parseForm } from '$lib/server/auth/form';
import { safeNext } from '$lib/server/auth/next';
import { signedOutOnly } from '$lib/server/auth/signed-out';
import { authLimits } from '$lib/server/auth/rate-limit';
import { clientAddress, startSession } from '$lib/server/auth/session-cookie';
import { SignUpForm, registerUser } from '$lib/server/auth/sign-up';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => signedOutOnly(event);

export const actions: Actions = {
	default: async (event) => {
		const { locale } = event.locals;
		const data = await event.request.formData();
		const parsed = parseForm(data, SignUpForm, locale);
		if (!parsed.ok) return parsed.failure;
		const address = clientAddress(event);
		const wait = authLimits.signUp.retryAfter(address);
		if (wait > 0) return formFailure(429, data, { message: translate(locale, 'auth.rateLimited', { minutes: Math.ceil(wait / 60_000) }), errors: {} });
		authLimits.signUp.record(address);
		const { users } = await getApp();
		const user = await registerUser(users, parsed.data);
		if (!user) return formFailure(400, data, { errors: { email: translate(locale, 'auth.emailTaken') } });
		await startSession(event, users, user.id);
		redirect(303, safeNext(String(data.get('next') ?? ''), locale, '/account'));
	}
};
