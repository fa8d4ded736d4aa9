import { redirect } from '@sveltejs/kit';
import { safeNext } from './next';

/**
 * The load of a page for signed-out visitors (sign in, sign up): someone already signed in goes
 * on to where they were headed; the others get that destination back to post with the form.
 */
export function signedOutOnly({ locals, url }: { locals: App.Locals; url: URL }): { next: string } {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), locals.locale, '/account'));
	return { next: url.searchParams.get('next') ?? '' };
}
