import { pageSnapshot } from '$lib/server/http/page';
import { regionGaps } from '$lib/server/services/forgotten-craftsmanship';
import type { PageServerLoad } from './$types';

/** Every region with how many of its stations have forgotten craftsmanship. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const snap = await pageSnapshot(url, locals.locale);
	return {
		regions: snap.content.regions.map((r) => {
			const g = regionGaps(snap, r.id);
			return { id: r.id, label: r.label, mapped: g.mapped, withGaps: g.gaps.length };
		})
	};
};
