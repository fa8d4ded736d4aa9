import { redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { getApp } from '$lib/server/app';
import { formFailure, parseForm, tooManyAttempts } from '$lib/server/auth/form';
import { safeNext } from '$lib/server/auth/next';
import { signedOutOnly } from '$lib/server/auth/signed-out';
import { takeSignUp } from '$lib/server/auth/rate-limit';
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
		const { users } = await getApp();
		const wait = await takeSignUp(users, clientAddress(event));
		if (wait > 0) return tooManyAttempts(data, locale, wait);
		const user = await registerUser(users, parsed.data);
		if (!user) return formFailure(400, data, { errors: { email: translate(locale, 'auth.emailTaken') } });
		await startSession(event, users, user.id);
		redirect(303, safeNext(String(data.get('next') ?? ''), locale, '/account'));
	}
};
