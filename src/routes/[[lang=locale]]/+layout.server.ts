import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	// Only what the navigation shows; pages load the rest of the account themselves.
	const user = locals.user ? { name: locals.user.name, admin: locals.user.admin } : null;
	return { locale: locals.locale, user };
};
