import { pageSnapshot } from '$lib/server/http/page';
import { search } from '$lib/server/services/network-views';
import type { PageServerLoad } from './$types';

const MAX_QUERY = 200;

export const load: PageServerLoad = async ({ url, locals }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY);
	if (!q) return { q, results: [] };
	const snap = await pageSnapshot(url, locals.locale);
	return { q, results: search(snap, q, locals.viewer, { limit: 100 }) };
};
