import { z } from 'zod';
import { GAP_SORTS } from '$lib/server/services/forgotten-craftsmanship';

/** How the dashboard table is sorted: in the URL, so a sorted view is a link and works without JavaScript. */
const GapQuery = z.object({
	sort: z.enum(GAP_SORTS).catch('demand'),
	dir: z.enum(['asc', 'desc']).catch('desc')
});
export type GapQuery = z.infer<typeof GapQuery>;

export function gapQuery(url: URL): GapQuery {
	return GapQuery.parse({ sort: url.searchParams.get('sort') ?? undefined, dir: url.searchParams.get('dir') ?? undefined });
}
