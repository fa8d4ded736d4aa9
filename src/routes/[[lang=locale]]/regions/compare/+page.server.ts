import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { Id } from '$lib/schemas/common';
import { orNotFound, pageSnapshot } from '$lib/server/http/page';
import { compareRegions } from '$lib/server/services/forgotten-craftsmanship';
import type { PageServerLoad } from './$types';

const CompareQuery = z.object({ a: Id, b: Id });

/** Two regions side by side (?a=&b=): per station with a gap in either, what each region misses. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const q = CompareQuery.safeParse({ a: url.searchParams.get('a') ?? undefined, b: url.searchParams.get('b') ?? undefined });
	if (!q.success) error(400, translate(locals.locale, 'region.compareNeedsTwo'));
	const snap = await pageSnapshot(url, locals.locale);
	const result = orNotFound(locals.locale, 'region.notFound', `${q.data.a}, ${q.data.b}`, () => compareRegions(snap, q.data.a, q.data.b));
	return {
		a: { region: result.a.region, mapped: result.a.mapped, gaps: result.a.gaps.length },
		b: { region: result.b.region, mapped: result.b.mapped, gaps: result.b.gaps.length },
		stations: result.stations,
		regions: snap.content.regions.map((r) => ({ id: r.id, label: r.label }))
	};
};
