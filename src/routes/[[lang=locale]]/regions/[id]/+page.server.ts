import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { regionGaps, sortGaps } from '$lib/server/services/forgotten-craftsmanship';
import { gapQuery } from '../gap-query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, params, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	const gaps = orNotFound(locals.locale, 'region.notFound', params.id, () => regionGaps(snap, params.id));
	const query = gapQuery(url);
	const demandNotes = new Map((snap.regions.get(params.id)?.demand ?? []).map((d) => [d.station, d.note ?? null]));
	return {
		...gaps,
		query,
		network: snap.meta.id,
		gaps: sortGaps(gaps.gaps, query.sort, query.dir, locals.locale).map((g) => ({ ...g, note: demandNotes.get(g.station) ?? null })),
		others: snap.content.regions.filter((r) => r.id !== params.id).map((r) => ({ id: r.id, label: r.label }))
	};
};
