import { redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { getApp } from '$lib/server/app';
import { formFailure, parseForm, tooManyAttempts } from '$lib/server/auth/form';
import { safeNext } from '$lib/server/auth/next';
import { signedOutOnly } from '$lib/server/auth/signed-out';
import { clientAddress, startSession } from '$lib/server/auth/session-cookie';
import { checkCredentials } from '$lib/server/auth/sign-in';
import { SignInForm } from '$lib/server/auth/sign-up';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => signedOutOnly(event);

export const actions: Actions = {
	default: async (event) => {
		const { locale } = event.locals;
		const data = await event.request.formData();
		const parsed = parseForm(data, SignInForm, locale);
		if (!parsed.ok) return parsed.failure;
		const { users } = await getApp();
		const result = await checkCredentials(users, { ...parsed.data, address: clientAddress(event) });
		if (!result.ok)
			return result.reason === 'rate-limited'
				? tooManyAttempts(data, locale, result.retryAfterMs)
				: formFailure(400, data, { message: translate(locale, 'auth.invalidCredentials'), errors: {} });
		await startSession(event, users, result.user.id);
		redirect(303, safeNext(String(data.get('next') ?? ''), locale, '/account'));
	}
};
