import { z } from 'zod';
import { EXPLORE_LIMITS, QUERY_LIMITS } from '$lib/engine/routing/query';
import { Id, SkillLevel } from './common';
import { DEFAULT_HELD_LEVEL } from './held-level';

export { DEFAULT_HELD_LEVEL };

/** Query fields every network read accepts. */
export const NetworkQuery = z.object({ network: Id.optional() });

export const SearchQuery = NetworkQuery.extend({
	q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
	kind: z.enum(['station', 'skill', 'module']).optional(),
	limit: z.coerce.number().int().min(1).max(100).default(50)
}).strict();

/** "tig-welding" or "tig-welding:4"; a skill without a level counts as held at DEFAULT_HELD_LEVEL. */
const HeldSkill = z
	.string()
	.regex(/^[a-z0-9][a-z0-9._-]*(:[1-5])?$/, 'must be a skill id, optionally with a level 1-5 as id:level')
	.transform((v) => {
		const [skill, level] = v.split(':');
		return { skill: skill!, level: level ? Number(level) : DEFAULT_HELD_LEVEL };
	})
	// What it becomes, stated, so the API description can show the parsed query too.
	.pipe(z.object({ skill: z.string(), level: SkillLevel }).strict());

const Flag = z
	.enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'])
	.transform((v) => v === 'true' || v === '1' || v === 'on' || v === 'yes')
	.pipe(z.boolean());

const intIn = (range: { min: number; max: number }, fallback: number) => z.coerce.number().int().min(range.min).max(range.max).default(fallback);

/**
 * The route query as it arrives in a URL (API and the planner's GET form share it), so a
 * planned route is a link that can be shared. Parameters that hold lists may repeat or be
 * comma-separated.
 */
export const RouteUrlQuery = NetworkQuery.extend({
	from: Id,
	to: Id,
	skills: z.array(HeldSkill).max(500).default([]),
	certificates: z.array(Id).max(100).default([]),
	hoursPerWeek: z.coerce.number().min(QUERY_LIMITS.hoursPerWeek.min).max(QUERY_LIMITS.hoursPerWeek.max).default(8),
	via: z.array(Id).max(5).default([]),
	avoidStations: z.array(Id).max(100).default([]),
	avoidLines: z.array(Id).max(100).default([]),
	maxTransfers: intIn(QUERY_LIMITS.maxTransfers, 3),
	backwards: Flag.default(false),
	optional: Flag.default(false),
	k: intIn(QUERY_LIMITS.k, 5)
})
	.strict()
	.refine((q) => q.from !== q.to, { path: ['to'], message: 'must differ from from (start and end are the same station)' });
export type RouteUrlQuery = z.infer<typeof RouteUrlQuery>;

/** Query parameters that may repeat or hold comma-separated lists. */
export const ROUTE_LIST_PARAMS = ['skills', 'certificates', 'via', 'avoidStations', 'avoidLines'] as const;

/**
 * "Where can I get from here?" as it arrives in a URL (GET /api/reach and the explore page): a
 * start, a time budget in months and a study budget in hours, and the traveller as the route
 * query has it. `limit` bounds the destinations listed (the best-paid first).
 */
export const ExploreUrlQuery = NetworkQuery.extend({
	from: Id,
	months: z.coerce.number().min(1).max(EXPLORE_LIMITS.months.max).default(36),
	hours: z.coerce.number().min(0).max(EXPLORE_LIMITS.hours.max).default(300),
	skills: z.array(HeldSkill).max(500).default([]),
	certificates: z.array(Id).max(100).default([]),
	hoursPerWeek: z.coerce.number().min(QUERY_LIMITS.hoursPerWeek.min).max(QUERY_LIMITS.hoursPerWeek.max).default(8),
	maxTransfers: intIn(QUERY_LIMITS.maxTransfers, 3),
	backwards: Flag.default(false),
	limit: z.coerce.number().int().min(1).max(1000).default(100)
}).strict();
export type ExploreUrlQuery = z.infer<typeof ExploreUrlQuery>;

/** Explore parameters that may repeat or hold comma-separated lists. */
export const EXPLORE_LIST_PARAMS = ['skills', 'certificates'] as const;
