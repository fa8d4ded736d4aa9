import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, params }) => {
	// Reading params.lang makes SvelteKit rerun this load when the language in the URL changes.
	const locale = params.lang === 'nl' || params.lang === 'en' ? params.lang : locals.locale;
	// Only what the navigation shows; pages load the rest of the account themselves.
	const user = locals.user ? { name: locals.user.name, admin: locals.user.admin } : null;
	return { locale, user };
};
