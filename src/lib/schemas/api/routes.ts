import { z } from 'zod';
import { Id, LocalizedText } from '../common';
import { ExploreUrlQuery, RouteUrlQuery } from '../queries';

/** GET /api/routes and GET /api/reach as they answer: the planner's routes and the reachable destinations. */

const Direction = z.enum(['forward', 'backward']);
const Money = z.number().nonnegative();
const Salary = z.number().nullable();

export const RouteLeg = z.object({ line: Id, from: Id, to: Id, direction: Direction, stops: z.array(Id).min(2) }).strict();

/** Changing lines at a station, or walking a bridge to another; `fromLine`/`toLine` are null at the start or end. */
export const RouteTransfer = z
	.object({
		at: Id,
		fromLine: Id.nullable(),
		toLine: Id.nullable(),
		bridge: z.object({ to: Id, months: z.number().nonnegative() }).strict().nullable()
	})
	.strict();

/** Moving from one job to the next: what it takes and what it brings. */
export const RouteHop = z
	.object({
		from: Id,
		to: Id,
		/** null for a bridge walk. */
		line: Id.nullable(),
		direction: Direction.nullable(),
		experienceMonths: z.number().nonnegative(),
		studyHours: z.number().nonnegative(),
		months: z.number().nonnegative(),
		money: Money,
		/** Part of `studyHours` that is an estimate (skills no visible module teaches, and the education step). */
		estimatedHours: z.number().nonnegative(),
		/** Part of `estimatedHours` that is formal education the destination asks for beyond the route's. */
		educationHours: z.number().nonnegative(),
		moneyKnown: z.boolean(),
		modules: z.array(z.object({ id: Id, hours: z.number().nonnegative(), price: Money }).strict()),
		/** `module` null: learned on the job, not taught by a module the traveller can see. */
		skillsLearned: z.array(z.object({ skill: Id, level: z.number().int(), module: Id.nullable() }).strict()),
		untaught: z.array(Id),
		optionalSkipped: z.array(Id),
		certificatesEarned: z.array(z.object({ certificate: Id, module: Id.nullable() }).strict()),
		untaughtCertificates: z.array(Id),
		salaryBefore: Salary,
		salaryAfter: Salary,
		salaryStep: Salary,
		payCut: z.boolean(),
		earnings: z.number()
	})
	.strict();

export const RouteTotals = z
	.object({
		months: z.number().nonnegative(),
		studyHours: z.number().nonnegative(),
		money: Money,
		estimatedHours: z.number().nonnegative(),
		moneyKnown: z.boolean(),
		transfers: z.number().int().nonnegative(),
		earnings: z.number(),
		finalSalary: Salary,
		earningsAtHorizon: z.number().nullable()
	})
	.strict();

const TradeOff = z.array(z.object({ criterion: z.enum(['months', 'studyHours', 'money', 'transfers', 'pay']), by: z.number() }).strict());

/** Why a hop exists and, where estimated, what its effort estimate rests on. */
export const HopExplanation = z
	.object({
		reason: z
			.object({
				sharedSkills: z.number().int().nonnegative(),
				missingSkills: z.number().int().nonnegative(),
				topShared: z.array(Id),
				topMissing: z.array(Id),
				jobZoneStep: z.number().nullable(),
				payRatio: z.number().nullable(),
				evidence: z.enum(['step-up', 'viable-move', 'curated-line', 'shared-skills']),
				score: z.number().nullable()
			})
			.strict(),
		estimate: z
			.object({
				hours: z.number().nonnegative(),
				months: z.number().nonnegative(),
				money: z.number().nullable(),
				estimate: z.literal(true),
				basis: z
					.object({
						missingKnowledge: z.number(),
						missingSkills: z.number(),
						experienceMonths: z.number(),
						source: z.string().nullable(),
						/** The formal education step in the hours (O*NET required levels 1–12, ECTS credits at 28 h); null when none. */
						education: z
							.object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12), ects: z.number().nonnegative(), hours: z.number().nonnegative() })
							.strict()
							.nullable()
					})
					.strict()
			})
			.strict()
			.nullable()
	})
	.strict();

const Sentence = LocalizedText.nullable();

export const PlannedRoute = z
	.object({
		/** 1-based position in the result; variants take the ranks after all routes. */
		rank: z.number().int().positive(),
		score: z.number(),
		labels: z.array(z.enum(['fastest', 'least-study', 'cheapest', 'fewest-transfers', 'best-pay'])),
		stations: z.array(Id).min(2),
		legs: z.array(RouteLeg),
		transfers: z.array(RouteTransfer),
		hops: z.array(RouteHop).min(1),
		totals: RouteTotals,
		salaryByStop: z.array(z.object({ station: Id, salary: Salary }).strict()),
		setbacks: z.array(z.object({ kind: z.enum(['backward-ride', 'pay-cut']), hop: z.number().int().nonnegative(), from: Id, to: Id }).strict()),
		versus: z.object({ against: z.number().int().positive(), gains: TradeOff, givesUp: TradeOff }).strict().nullable(),
		variantOf: z.object({ rank: z.number().int().positive(), adds: z.array(Id), drops: z.array(Id) }).strict().nullable(),
		text: z.object({ versus: Sentence, variant: Sentence, setbacks: Sentence }).strict(),
		explanations: z.array(HopExplanation),
		/** Near-copies of this route (same interchanges, at most one station different). */
		get variants() {
			return z.array(PlannedRoute);
		}
	})
	.strict();
export type PlannedRoute = z.infer<typeof PlannedRoute>;

const LineName = z.object({ label: LocalizedText, colour: z.string() }).strict();

/** Names of everything a result mentions, so a client can render it without more requests. */
export const RouteNames = z
	.object({
		stations: z.record(Id, LocalizedText),
		lines: z.record(Id, LineName),
		modules: z.record(Id, z.object({ label: LocalizedText, kind: z.string(), provider: z.string(), closed: z.boolean() }).strict()),
		skills: z.record(Id, LocalizedText),
		certificates: z.record(Id, LocalizedText)
	})
	.strict();

const VersionOf = { network: Id, version: z.number().int().positive() };

export const RoutesResponse = z
	.object({
		/** The question as understood, defaults filled in. */
		query: RouteUrlQuery,
		...VersionOf,
		routes: z.array(PlannedRoute),
		/** Why `routes` is empty; null when it is not. */
		reason: z.enum(['unreachable', 'backwards', 'above-destination', 'via', 'avoided', 'max-transfers', 'revisit', 'search-limit']).nullable(),
		horizonMonths: z.number().nullable(),
		names: RouteNames,
		/** The currency of the destination's salary band, for the amounts on the route cards. */
		currency: z.string(),
		/** How much searching it took (for operators and benchmarks). */
		stats: z
			.object({
				rounds: z.number(),
				labels: z.number(),
				hops: z.number(),
				coverCacheHits: z.number(),
				coverCacheMisses: z.number(),
				coverBudgetHits: z.number(),
				bags: z.number(),
				meanBagSize: z.number(),
				maxBagSize: z.number(),
				targetBagSize: z.number(),
				evicted: z.number(),
				holdingsBytes: z.number(),
				/** The search stopped at its label budget: a better route may exist. */
				truncated: z.boolean()
			})
			.strict()
	})
	.strict();
export type RoutesResponse = z.infer<typeof RoutesResponse>;

export const ReachDestination = z
	.object({
		station: Id,
		salary: Salary,
		/** Salary here minus salary at the start; null when either is unknown. */
		payGain: Salary,
		months: z.number().nonnegative(),
		studyHours: z.number().nonnegative(),
		money: Money,
		transfers: z.number().int().nonnegative(),
		/** The fastest route within both budgets: its stations from the start, and the line of each hop (null for a bridge). */
		stations: z.array(Id).min(2),
		lines: z.array(Id.nullable())
	})
	.strict();

export const ReachResponse = z
	.object({
		query: ExploreUrlQuery,
		...VersionOf,
		from: Id,
		salary: Salary,
		currency: z.enum(['EUR', 'USD']),
		months: z.number(),
		hours: z.number(),
		/** Stations reachable within the budgets, of which `destinations` lists the first `limit`. */
		total: z.number().int().nonnegative(),
		destinations: z.array(ReachDestination),
		truncated: z.boolean(),
		names: z.object({ stations: z.record(Id, LocalizedText), lines: z.record(Id, LineName) }).strict()
	})
	.strict();
export type ReachResponse = z.infer<typeof ReachResponse>;
