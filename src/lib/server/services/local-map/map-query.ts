import { z } from 'zod';
import { Id, Locale } from '$lib/schemas/common';
import { NetworkQuery } from '$lib/schemas/queries';
import { GROUP_ID } from './groups';
import { MAX_LOCAL_STATIONS, RADIUS } from './local-map';

/**
 * Without a focus: the whole network's map. With `around` (a station), `route` (stations in
 * travel order) or `group` (a sector such as `isco-72`): a local map of that part.
 */
export const MapQuery = NetworkQuery.extend({
	lang: Locale.default('nl'),
	around: Id.optional(),
	radius: z.coerce.number().int().min(RADIUS.min).max(RADIUS.max).optional(),
	route: z.array(Id).min(2, 'needs at least two stations').max(MAX_LOCAL_STATIONS).optional(),
	group: z.string().regex(GROUP_ID, 'must be a sector such as isco-7, isco-72 or soc-51').optional()
})
	.strict()
	.superRefine((q, ctx) => {
		const foci = (['around', 'route', 'group'] as const).filter((k) => q[k] !== undefined);
		if (foci.length > 1) ctx.addIssue({ code: 'custom', path: [foci[1]!], message: `give one of around, route or group, not ${foci.join(' and ')}` });
		if (q.radius !== undefined && q.around === undefined && q.route === undefined)
			ctx.addIssue({ code: 'custom', path: ['radius'], message: 'only applies with around or route' });
	});
