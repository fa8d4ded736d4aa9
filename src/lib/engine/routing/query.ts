import { RoutingError } from './errors';
import { paysLess, type PreparedNetwork } from './network';

export interface SkillHeld {
	readonly skill: string;
	readonly level: number;
}

export interface RouteQuery {
	readonly from: string;
	readonly to: string;
	/** Skills the traveller already has. Skills the network does not know are simply irrelevant. */
	readonly holds?: readonly SkillHeld[];
	/** Certificates the traveller already has. */
	readonly certificates?: readonly string[];
	/** The traveller's organisation: its closed modules are usable, other closed modules invisible. */
	readonly organisation?: string | null;
	readonly hoursPerWeek?: number;
	/** Stations the route must pass (stop at or ride through), in this order. */
	readonly via?: readonly string[];
	readonly avoidStations?: readonly string[];
	readonly avoidLines?: readonly string[];
	readonly maxTransfers?: number;
	/**
	 * Allow setbacks: riding a line backwards and hops to a job that pays less. Without it a
	 * route only rides forwards and never takes a pay cut, beyond the drop to a destination that
	 * pays less than the start (see `cutPay`).
	 */
	readonly allowBackwards?: boolean;
	/** How many routes to return, 1..20. */
	readonly k?: number;
	/** Also charge optional skills (by default they are only reported). */
	readonly includeOptional?: boolean;
	/**
	 * The traveller works at `from` today, so by default they hold its required skills and
	 * certificates; without this every route would first charge the traveller for their own job.
	 */
	readonly holdsOriginSkills?: boolean;
}

export const QUERY_DEFAULTS = {
	holds: [] as readonly SkillHeld[],
	certificates: [] as readonly string[],
	organisation: null as string | null,
	hoursPerWeek: 8,
	via: [] as readonly string[],
	avoidStations: [] as readonly string[],
	avoidLines: [] as readonly string[],
	maxTransfers: 3,
	allowBackwards: false,
	k: 5,
	includeOptional: false,
	holdsOriginSkills: true
} as const;

export const QUERY_LIMITS = {
	k: { min: 1, max: 20 },
	/** Beyond 8 transfers a "route" is a career plan nobody follows; it also bounds the rounds. */
	maxTransfers: { min: 0, max: 8 },
	hoursPerWeek: { min: 0.5, max: 80 }
} as const;

/** Weeks in an average month; turns weekly study hours into months. */
export const WEEKS_PER_MONTH = 4.33;

/** The query checked against the network and turned into indexes. */
export interface ResolvedQuery {
	readonly from: number;
	readonly to: number;
	readonly via: Int32Array;
	readonly avoidStation: Uint8Array;
	/**
	 * Stations no route may pass: the avoided ones, and those paying more than the destination
	 * (a route does not climb above its destination to step down to it).
	 */
	readonly blocked: Uint8Array;
	/** Stations (not the start) paying more than the destination; all 0 when its pay is unknown. */
	readonly aboveDestination: Uint8Array;
	readonly avoidLine: Uint8Array;
	/** Organisation index whose closed modules are visible; -1 when none. */
	readonly organisation: number;
	/** Items held (skills and certificates) as [item, level] pairs, one per item at its highest level. */
	readonly holds: readonly (readonly [number, number])[];
	readonly hoursPerWeek: number;
	readonly maxTransfers: number;
	readonly allowBackwards: boolean;
	/** Hops to a station paying less are allowed only with allowBackwards. */
	readonly allowPayCuts: boolean;
	/** Pay as a hop is judged for a cut (see `cutPay`). */
	readonly cutPay: PayFigures;
	readonly k: number;
	readonly includeOptional: boolean;
	readonly holdsOriginSkills: boolean;
	/** True when from, to or a via station is itself avoided: no route can exist. */
	readonly endpointAvoided: boolean;
}

function invalid(field: string, message: string): never {
	throw new RoutingError('invalid-option', field, message);
}

export function intInRange(value: number, field: string, min: number, max: number): number {
	if (!Number.isInteger(value) || value < min || value > max)
		invalid(field, `${field} must be an integer from ${min} to ${max}, got ${String(value)}`);
	return value;
}

export function stationOf(net: PreparedNetwork, id: string, field: string): number {
	const s = net.stationIndex.get(id);
	if (s === undefined) throw new RoutingError('unknown-station', field, `unknown station '${id}' in ${field}`);
	return s;
}

export function resolveQuery(net: PreparedNetwork, query: RouteQuery): ResolvedQuery {
	const from = stationOf(net, query.from, 'from');
	const to = stationOf(net, query.to, 'to');
	if (from === to)
		throw new RoutingError('same-station', 'to', `from and to are the same station '${query.from}'`);

	const k = intInRange(query.k ?? QUERY_DEFAULTS.k, 'k', QUERY_LIMITS.k.min, QUERY_LIMITS.k.max);
	const maxTransfers = intInRange(
		query.maxTransfers ?? QUERY_DEFAULTS.maxTransfers,
		'maxTransfers',
		QUERY_LIMITS.maxTransfers.min,
		QUERY_LIMITS.maxTransfers.max
	);
	const viaIds = query.via ?? QUERY_DEFAULTS.via;
	const via = new Int32Array(viaIds.length);
	viaIds.forEach((id, i) => {
		const s = stationOf(net, id, `via[${i}]`);
		if (s === from || s === to)
			throw new RoutingError('invalid-via', `via[${i}]`, `via[${i}] '${id}' is the ${s === from ? 'start' : 'end'} station`);
		if (via.subarray(0, i).includes(s))
			throw new RoutingError('invalid-via', `via[${i}]`, `via[${i}] '${id}' is listed twice`);
		via[i] = s;
	});

	const avoidStation = new Uint8Array(net.stationIds.length);
	(query.avoidStations ?? QUERY_DEFAULTS.avoidStations).forEach((id, i) => {
		avoidStation[stationOf(net, id, `avoidStations[${i}]`)] = 1;
	});
	const avoidLine = new Uint8Array(net.lineIds.length);
	(query.avoidLines ?? QUERY_DEFAULTS.avoidLines).forEach((id, i) => {
		const l = net.lineIndex.get(id);
		if (l === undefined)
			throw new RoutingError('unknown-line', `avoidLines[${i}]`, `unknown line '${id}' in avoidLines[${i}]`);
		avoidLine[l] = 1;
	});

	const { holds, organisation, hoursPerWeek } = resolveTraveller(net, query);

	const endpointAvoided = avoidStation[from] === 1 || avoidStation[to] === 1 || via.some((s) => avoidStation[s] === 1);
	const aboveDestination = new Uint8Array(net.stationIds.length);
	// Judged on the figures as they are, estimates or not: a supervisor estimated a few per cent
	// above the worker it leads is still the rung above, and riding there to step down to the
	// worker's job is no career route. (A pay cut allows for the estimates' margin; see paysLess.)
	// NaN compares false: with the destination's pay unknown nothing is above it.
	const top = net.salary[to]!;
	for (let s = 0; s < aboveDestination.length; s++) if (s !== from && net.salary[s]! > top) aboveDestination[s] = 1;
	const blocked = avoidStation.map((a, s) => a | aboveDestination[s]!);
	const allowBackwards = query.allowBackwards ?? QUERY_DEFAULTS.allowBackwards;

	return {
		from,
		to,
		via,
		avoidStation,
		blocked,
		aboveDestination,
		avoidLine,
		organisation,
		holds,
		hoursPerWeek,
		maxTransfers,
		allowBackwards,
		allowPayCuts: allowBackwards,
		cutPay: cutPay(net, from, to),
		k,
		includeOptional: query.includeOptional ?? QUERY_DEFAULTS.includeOptional,
		holdsOriginSkills: query.holdsOriginSkills ?? QUERY_DEFAULTS.holdsOriginSkills,
		endpointAvoided
	};
}

type PayFigures = Pick<PreparedNetwork, 'salary' | 'salaryMargin'>;

/**
 * The pay a hop is judged against for a cut: the network's, except that a start paying more
 * than the destination counts at the destination's pay. The traveller chose that drop by
 * choosing the destination, so the step down to its level is no setback; a dip below it is.
 */
export function cutPay(net: PayFigures, from: number, to: number): PayFigures {
	if (!paysLess(net, from, to)) return net;
	const salary = Float64Array.from(net.salary);
	salary[from] = net.salary[to]!;
	return { salary, salaryMargin: net.salaryMargin };
}

/** What a query says about the traveller, checked and turned into indexes. */
export interface ResolvedTraveller {
	/** Items held (skills and certificates) as [item, level] pairs, one per item at its highest level. */
	readonly holds: readonly (readonly [number, number])[];
	/** Organisation index whose closed modules are visible; -1 when none. */
	readonly organisation: number;
	readonly hoursPerWeek: number;
}

/** The traveller's part of a query (shared by route and reach queries). */
export function resolveTraveller(
	net: PreparedNetwork,
	query: Pick<RouteQuery, 'holds' | 'certificates' | 'organisation' | 'hoursPerWeek'>
): ResolvedTraveller {
	const hoursPerWeek = query.hoursPerWeek ?? QUERY_DEFAULTS.hoursPerWeek;
	if (
		typeof hoursPerWeek !== 'number' ||
		!Number.isFinite(hoursPerWeek) ||
		hoursPerWeek < QUERY_LIMITS.hoursPerWeek.min ||
		hoursPerWeek > QUERY_LIMITS.hoursPerWeek.max
	)
		invalid(
			'hoursPerWeek',
			`hoursPerWeek must be from ${QUERY_LIMITS.hoursPerWeek.min} to ${QUERY_LIMITS.hoursPerWeek.max}, got ${String(hoursPerWeek)}`
		);

	const held = new Map<number, number>();
	(query.holds ?? QUERY_DEFAULTS.holds).forEach((h, i) => {
		const level = intInRange(h.level, `holds[${i}].level`, 1, 5);
		const item = net.skillIndex.get(h.skill);
		if (item !== undefined) held.set(item, Math.max(held.get(item) ?? 0, level));
	});
	for (const c of query.certificates ?? QUERY_DEFAULTS.certificates) {
		const item = net.certificateIndex.get(c);
		if (item !== undefined) held.set(item, 1);
	}
	const holds = [...held].sort((a, b) => a[0] - b[0]);

	const orgId = query.organisation ?? QUERY_DEFAULTS.organisation;
	// An organisation without closed modules is not an error: it just sees the public ones.
	const organisation = orgId === null ? -1 : (net.organisationIndex.get(orgId) ?? -1);
	return { holds, organisation, hoursPerWeek };
}

/** Budgets of a reach query (explore.ts): months up to fifty years, a working life. */
export const EXPLORE_LIMITS = {
	months: { min: 0, max: 600 },
	hours: { min: 0, max: 100_000 }
} as const;
