import { DEFAULT_NETWORK, getApp } from '$lib/server/app';
import { pageSnapshot } from '$lib/server/http/page';
import { canEditAnything, editorOf } from '$lib/server/services/network-edit/editor';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, params, url }) => {
	// Reading params.lang makes SvelteKit rerun this load when the language in the URL changes.
	const locale = params.lang === 'nl' || params.lang === 'en' ? params.lang : locals.locale;
	// Only what the navigation shows; pages load the rest of the account themselves.
	const snap = await pageSnapshot(url, locale);
	// "Edit" is offered to those who may edit something (admins, region editors, schools), not to every worker.
	const user = locals.user
		? { name: locals.user.name, admin: locals.user.admin, editor: canEditAnything(editorOf({ user: locals.user, memberships: locals.memberships }, snap.content)) }
		: null;
	const networks = (await (await getApp()).store.listNetworks()).map((n) => ({ id: n.id, label: n.label }));
	// The network a link must name to open the same pages elsewhere: the choice is a cookie, so a
	// shared link without it opens the default network (and an ESCO route's stations are unknown there).
	const networkParam = snap.meta.id === DEFAULT_NETWORK ? null : snap.meta.id;
	return { locale, user, network: { id: snap.meta.id, label: snap.meta.label, source: snap.meta.source ?? null }, networkParam, networks };
};
