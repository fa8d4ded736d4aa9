import type { SearchStats } from './search';

/** The criteria a route can win; one route per label, ties broken by rank. */
export type RouteLabel = 'fastest' | 'least-study' | 'cheapest' | 'fewest-transfers' | 'best-pay';
export const ROUTE_LABELS: readonly RouteLabel[] = ['fastest', 'least-study', 'cheapest', 'fewest-transfers', 'best-pay'];

export type Direction = 'forward' | 'backward';

/** One ride on one line. */
export interface RouteLeg {
	readonly line: string;
	readonly from: string;
	readonly to: string;
	readonly direction: Direction;
	/** Every station of the ride in riding order, `from` and `to` included. */
	readonly stops: readonly string[];
}

/**
 * Changing lines at a station, or walking a bridge to another station. A bridge walked between
 * two rides is one transfer, not two; `fromLine`/`toLine` are null at the start or end.
 */
export interface RouteTransfer {
	readonly at: string;
	readonly fromLine: string | null;
	readonly toLine: string | null;
	readonly bridge: { readonly to: string; readonly months: number } | null;
}

export interface RouteModule {
	readonly id: string;
	readonly hours: number;
	readonly price: number;
}

/** A missing requirement the hop charges; `module` null means learned on the job / not taught. */
export interface RouteSkill {
	readonly skill: string;
	readonly level: number;
	readonly module: string | null;
}

export interface RouteCertificate {
	readonly certificate: string;
	readonly module: string | null;
}

/** Moving from one job to the next: what it takes and what it brings. */
export interface RouteHop {
	readonly from: string;
	readonly to: string;
	/** null for a bridge walk. */
	readonly line: string | null;
	readonly direction: Direction | null;
	readonly experienceMonths: number;
	readonly studyHours: number;
	/** max(experience months, study hours / hours per week / weeks per month). */
	readonly months: number;
	readonly money: number;
	/**
	 * Part of `studyHours` that is an estimate (missing skills no visible module teaches, at the
	 * network's per-skill estimate, and the education step); 0 when every charged skill comes with a module.
	 */
	readonly estimatedHours: number;
	/**
	 * Part of `estimatedHours` that is formal education: the study load between the highest
	 * required level of education reached on the route and the destination's (0 when it asks no
	 * more, or either is unknown).
	 */
	readonly educationHours: number;
	/** False when estimated learning has no known price: `money` then counts modules only. */
	readonly moneyKnown: boolean;
	readonly modules: readonly RouteModule[];
	readonly skillsLearned: readonly RouteSkill[];
	/** Skills no module visible to the traveller teaches: the forgotten-craftsmanship signal. */
	readonly untaught: readonly string[];
	/** Optional skills of `to` the traveller lacks; reported, not charged (unless includeOptional). */
	readonly optionalSkipped: readonly string[];
	readonly certificatesEarned: readonly RouteCertificate[];
	readonly untaughtCertificates: readonly string[];
	readonly salaryBefore: number | null;
	readonly salaryAfter: number | null;
	readonly salaryStep: number | null;
	/**
	 * The hop pays less than the job before it (beyond the estimates' margin). A setback, taken
	 * only when the query allows setbacks, unless it is the drop to a destination that pays less
	 * than the start, which the traveller chose (see `setbacks`).
	 */
	readonly payCut: boolean;
	/** Median salary of `from` × months: what the traveller earns while making this hop. */
	readonly earnings: number;
}

/** A step back on a route: riding a line backwards, or a hop to a job that pays less. */
export interface RouteSetback {
	readonly kind: 'backward-ride' | 'pay-cut';
	/** Index of the hop in `hops`. */
	readonly hop: number;
	readonly from: string;
	readonly to: string;
}

export type TradeOffCriterion = 'months' | 'studyHours' | 'money' | 'transfers' | 'pay';

/** How much better (`gains`) or worse (`givesUp`) a route is than the route it is compared with. */
export interface RouteTradeOff {
	/** Rank of the route compared with: the first route, or the route a variant is a variant of. */
	readonly against: number;
	/** Positive amounts; pay is earnings at the result's horizon. Criteria in the order of TradeOffCriterion. */
	readonly gains: readonly { readonly criterion: TradeOffCriterion; readonly by: number }[];
	readonly givesUp: readonly { readonly criterion: TradeOffCriterion; readonly by: number }[];
}

export interface RouteTotals {
	readonly months: number;
	readonly studyHours: number;
	readonly money: number;
	readonly estimatedHours: number;
	/** False when any hop's money is unknown. */
	readonly moneyKnown: boolean;
	readonly transfers: number;
	/** Σ hop earnings (unknown salary bands count as 0). */
	readonly earnings: number;
	readonly finalSalary: number | null;
	/**
	 * Earnings over the result's common horizon: earned on the route, then the final salary until
	 * `horizonMonths`. The best-pay criterion; null when the final salary is unknown.
	 */
	readonly earningsAtHorizon: number | null;
}

export interface Route {
	/** 1-based position in the result. */
	readonly rank: number;
	/**
	 * Sum over the five criteria of the route's value normalised across all Pareto-optimal
	 * routes found (0 = best of them, 1 = worst); lower is better, ties by months, hours,
	 * money, transfers, pay, then station ids.
	 */
	readonly score: number;
	readonly labels: readonly RouteLabel[];
	readonly stations: readonly string[];
	readonly legs: readonly RouteLeg[];
	readonly transfers: readonly RouteTransfer[];
	readonly hops: readonly RouteHop[];
	readonly totals: RouteTotals;
	readonly salaryByStop: readonly { readonly station: string; readonly salary: number | null }[];
	/** Every backward ride and pay cut, in riding order; empty unless the query allows setbacks. */
	readonly setbacks: readonly RouteSetback[];
	/** Against the first route (for an alternative) or its own route (for a variant); null for the first. */
	readonly versus: RouteTradeOff | null;
	/**
	 * For a variant: the rank of the route it is a near-copy of, and the stations it passes instead
	 * (`adds`) of that route's (`drops`); both empty when only the modules differ. null otherwise.
	 */
	readonly variantOf: { readonly rank: number; readonly adds: readonly string[]; readonly drops: readonly string[] } | null;
	/** Near-copies of this route (same interchanges, at most one station different), ranked after all routes. */
	readonly variants: readonly Route[];
}

export type NoRouteReason =
	/** No line or bridge sequence connects the stations at all. */
	| 'unreachable'
	/** Connected only with a setback (a backward ride or a pay cut), which the query does not allow. */
	| 'backwards'
	/** Connected only through a station paying more than the destination (climbing above it to step down). */
	| 'above-destination'
	/** Connected, but not through the via stations in that order. */
	| 'via'
	/** Every connection passes an avoided station or line (or an endpoint is avoided). */
	| 'avoided'
	/** Connected, but only with more transfers than allowed. */
	| 'max-transfers'
	/** Connected only by passing a station twice. */
	| 'revisit'
	/** The search hit its label budget before finding a route. */
	| 'search-limit';

export interface RouteResult {
	/** Alternatives that differ in substance, ranked 1…; their variants carry the ranks after them. */
	readonly routes: readonly Route[];
	/** Why `routes` is empty; null when it is not. */
	readonly reason: NoRouteReason | null;
	/** The horizon of `earningsAtHorizon`: the longest route returned, in months. */
	readonly horizonMonths: number | null;
	readonly stats: SearchStats;
}
