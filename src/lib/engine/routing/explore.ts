import type { Cover } from './cover';
import { RoutingError } from './errors';
import { costlyItems, HopCosts } from './hop-cost';
import { Holdings } from './learned';
import { compareIds, paysLess, type PreparedNetwork } from './network';
import { EXPLORE_LIMITS, intInRange, QUERY_DEFAULTS, QUERY_LIMITS, resolveTraveller, stationOf, type RouteQuery } from './query';
import { transfersFrom } from './reach';
import { worstOf } from './evict';
import { Arrival, keepsEveryOption, nextTransfers } from './label-state';
import { BAG_CAP, HOLDINGS_BUDGET_WORDS, LABEL_BUDGET } from './search';
import { passed, seenBit } from './seen';

/*
 * "Where can I get from here?": every station reachable from one start within a time budget
 * (months) and a study budget (hours), with the fastest such route to each.
 *
 * A one-to-all variant of the route search (search.ts), in the same McRAPTOR-style rounds and
 * with the same hop costs (hop-cost.ts: what a station requires and the traveller does not
 * hold yet, never paid twice, covered by the cheapest visible modules; certificates only by
 * modules that award them), the same moves (lines forwards, backwards only with setbacks
 * allowed; bridges, chained, each a transfer; a bridge's next boarding free) and the same
 * rules: simple paths, at most maxTransfers, no pay cut unless setbacks are allowed, and no
 * station on the way (the start aside) paying more than the destination.
 *
 * What changes without a destination:
 *  - The budgets bound the search instead of a target: months and hours only grow, so a label
 *    over either budget is dropped with everything after it (exact).
 *  - A label is kept per station while no other there is at least as good on months, hours
 *    and transfers (for the next move too), holds at least as much, passed no station it did
 *    not, and climbed no higher in pay (`top`): the last decides for which destinations further
 *    on the route still counts, since a route may not pass a station paying more than where it
 *    ends (passing no station the other did not implies it; the number is the cheaper test).
 *    Money and pay gained are not criteria here: they never make a route fit a budget.
 *  - What the traveller holds is tracked only for items some visible module teaches
 *    (costlyItems): holding anything else changes no hop's cost. On networks without modules
 *    (ESCO, O*NET) labels then differ only by criteria and the stations they passed.
 *  - Every label within budget is a route to its station; a station's answer is its fastest
 *    one (then fewest study hours, transfers, money) that passes no station paying more.
 *
 * Bounds: BAG_CAP labels per station (the worst by normalised criteria sum is evicted — it
 * never binds on small networks, where the property tests compare with a brute force), and
 * LABEL_BUDGET labels and the holdings' memory budget per query, beyond which the answer is
 * what was found so far and says `truncated`.
 */

export interface ExploreQuery
	extends Pick<RouteQuery, 'holds' | 'certificates' | 'organisation' | 'hoursPerWeek' | 'maxTransfers' | 'allowBackwards' | 'includeOptional' | 'holdsOriginSkills'> {
	readonly from: string;
	/** Time budget: a route may take at most this many months. */
	readonly months: number;
	/** Study budget: a route may ask at most this many study hours. */
	readonly hours: number;
}

export interface ExploreDestination {
	readonly station: string;
	/** Median monthly salary; null when unknown. */
	readonly salary: number | null;
	/** Salary here minus salary at the start; null when either is unknown. */
	readonly payGain: number | null;
	/** The fastest route within both budgets: its totals … */
	readonly months: number;
	readonly studyHours: number;
	readonly money: number;
	readonly transfers: number;
	/** … its stations from the start, and the line of each hop (null for a bridge). */
	readonly stations: readonly string[];
	readonly lines: readonly (string | null)[];
}

export interface ExploreResult {
	readonly from: string;
	readonly salary: number | null;
	/** By pay gain (unknown last), then months, then station id. */
	readonly destinations: readonly ExploreDestination[];
	readonly stats: { readonly labels: number; readonly truncated: boolean };
}

class ExploreLabel {
	alive = true;
	constructor(
		readonly station: number,
		readonly parent: ExploreLabel | null,
		readonly arrival: Arrival,
		/** Line ridden on the last hop (-1 for origin and bridge). */
		readonly line: number,
		readonly dir: number,
		readonly months: number,
		readonly hours: number,
		readonly money: number,
		readonly transfers: number,
		/** Highest known pay of the stations after the start, this one included; -Infinity when none. */
		readonly top: number,
		readonly learned: number,
		readonly sigLo: number,
		readonly sigHi: number,
		readonly seenLo: number,
		readonly seenHi: number,
		/** Study hours of the highest education reached on the route; -1 when unknown. */
		readonly schooled: number
	) {}
}

function checkBudget(value: number, field: 'months' | 'hours'): number {
	const { min, max } = EXPLORE_LIMITS[field];
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
		throw new RoutingError('invalid-option', field, `${field} must be from ${min} to ${max}, got ${String(value)}`);
	return value;
}

const NO_VIA = new Int32Array(0);
/** Sums of the same hours in another order may differ in the last bit; that is not over budget. */
const within = (value: number, budget: number) => value <= budget + 1e-9 * Math.max(1, budget);

/**
 * The stations reachable from `query.from` within the budgets, each with its fastest route.
 * Throws RoutingError for misuse (unknown station, budgets or options out of range).
 * Same network and query → same result.
 */
export function explore(net: PreparedNetwork, query: ExploreQuery): ExploreResult {
	const from = stationOf(net, query.from, 'from');
	const monthsBudget = checkBudget(query.months, 'months');
	const hoursBudget = checkBudget(query.hours, 'hours');
	const maxTransfers = intInRange(
		query.maxTransfers ?? QUERY_DEFAULTS.maxTransfers,
		'maxTransfers',
		QUERY_LIMITS.maxTransfers.min,
		QUERY_LIMITS.maxTransfers.max
	);
	const { holds, organisation, hoursPerWeek } = resolveTraveller(net, query);
	const allowBackwards = query.allowBackwards ?? QUERY_DEFAULTS.allowBackwards;
	const allowPayCuts = allowBackwards;
	const includeOptional = query.includeOptional ?? QUERY_DEFAULTS.includeOptional;
	const holdsOriginSkills = query.holdsOriginSkills ?? QUERY_DEFAULTS.holdsOriginSkills;
	const salary = net.salary;
	const stationCount = net.stationIds.length;

	// Stations some route within maxTransfers can reach at all: only their requirements matter.
	const fwd = transfersFrom(net, from, NO_VIA, {
		avoidStation: null,
		avoidLine: null,
		allowBackwards,
		noPayCuts: allowPayCuts ? null : net,
		cap: maxTransfers
	});
	const relevant = new Uint8Array(stationCount);
	for (let s = 0; s < stationCount; s++) relevant[s] = s === from || Math.min(fwd.ride[0]![s]!, fwd.free[0]![s]!) <= maxTransfers ? 1 : 0;
	// The start's direct moves (see withDirectMove) reach their own destinations, and no further.
	const directFrom = maxTransfers >= 1 ? net.directStart[from]! : 0;
	const directTo = maxTransfers >= 1 ? net.directStart[from + 1]! : 0;
	for (let d = directFrom; d < directTo; d++) relevant[net.directTo[d]!] = 1;

	const holdings = new Holdings(net, relevant, includeOptional, HOLDINGS_BUDGET_WORDS, costlyItems(net, organisation));
	const costs = new HopCosts(net, holdings, organisation, includeOptional, hoursPerWeek);
	costs.start(holds, holdsOriginSkills ? from : -1);
	const fromBit = seenBit(from);
	const origin = new ExploreLabel(
		from,
		null,
		Arrival.Origin,
		-1,
		0,
		0,
		0,
		0,
		0,
		-Infinity,
		costs.learnedAt,
		costs.sigLo,
		costs.sigHi,
		fromBit < 32 ? 1 << fromBit : 0,
		fromBit < 32 ? 0 : 1 << (fromBit - 32),
		net.education[from]!
	);

	const bags: (ExploreLabel[] | undefined)[] = new Array(stationCount);
	const best: (ExploreLabel | null)[] = new Array(stationCount).fill(null);
	let labels = 1;
	let truncated = false;

	const cutForbidden = (x: number, y: number) => !allowPayCuts && paysLess(net, x, y);

	/** The label for moving from `prev` to y taking `cover`; null when it would break a budget. */
	function extend(
		prev: ExploreLabel,
		y: number,
		cover: Cover,
		experience: number,
		arrival: Arrival,
		line: number,
		dir: number,
		transfers: number
	): ExploreLabel | null {
		const study = cover.hours + costs.education(prev.schooled, y);
		const hours = prev.hours + study;
		const months = prev.months + costs.months(experience, study);
		if (!within(months, monthsBudget) || !within(hours, hoursBudget)) return null;
		costs.learn(prev.learned, prev.sigLo, prev.sigHi, cover.gained);
		const pay = salary[y]!;
		const bit = seenBit(y);
		const l = new ExploreLabel(
			y,
			prev,
			arrival,
			line,
			dir,
			months,
			hours,
			prev.money + cover.price,
			transfers,
			Number.isNaN(pay) ? prev.top : Math.max(prev.top, pay),
			costs.learnedAt,
			costs.sigLo,
			costs.sigHi,
			bit < 32 ? prev.seenLo | (1 << bit) : prev.seenLo,
			bit < 32 ? prev.seenHi : prev.seenHi | (1 << (bit - 32)),
			costs.schooledAt(prev.schooled, y)
		);
		labels++;
		// A route to y that passed a station paying more than y does not count for y (it may
		// still lead on to better-paid stations).
		if (Number.isNaN(pay) || !(prev.top > pay)) {
			const b = best[y];
			if (!b || faster(l, b)) best[y] = l;
		}
		return l;
	}

	function dominates(a: ExploreLabel, b: ExploreLabel): boolean {
		return a.months <= b.months && a.hours <= b.hours && a.top <= b.top && keepsEveryOption(holdings, a, b);
	}

	const INSERTED = 0;
	const DOMINATED = 1;
	const DOMINATED_RIDING_ON = 2;
	function insertBag(l: ExploreLabel): number {
		let bag = bags[l.station];
		if (bag === undefined) {
			bag = [];
			bags[l.station] = bag;
		}
		for (const o of bag) {
			if (dominates(o, l)) {
				// The dominating label rides the same line on: it covers our ride from here too.
				return o.arrival === Arrival.Ride && o.line === l.line && o.dir === l.dir && o.transfers <= l.transfers
					? DOMINATED_RIDING_ON
					: DOMINATED;
			}
		}
		for (let i = bag.length - 1; i >= 0; i--) {
			if (dominates(l, bag[i]!)) {
				bag[i]!.alive = false;
				bag.splice(i, 1);
			}
		}
		bag.push(l);
		if (bag.length > BAG_CAP) {
			const w = worstOf(bag, EVICT_ON);
			bag[w]!.alive = false;
			bag.splice(w, 1);
		}
		return INSERTED;
	}

	const outOfRoom = () => {
		if (labels < LABEL_BUDGET && holdings.hasRoom) return false;
		truncated = true;
		return true;
	};

	/** Rides `line` in `dir` from `from` to the stop `first` and on; equally cheap covers ride on as labels of their own. */
	function rideOn(from: ExploreLabel, line: number, dir: number, first: number, transfers: number, out: ExploreLabel[]): void {
		const lo = net.lineStart[line]!;
		const hi = net.lineStart[line + 1]! - 1;
		let cur = from;
		for (let s = first; s >= lo && s <= hi; s += dir) {
			if (outOfRoom()) return;
			const y = net.stopStation[s]!;
			if (!relevant[y] || passed(cur, y) || cutForbidden(cur.station, y)) return;
			const experience = dir === 1 ? net.stopMonths[s]! : net.stopMonths[s + 1]!;
			const covers = costs.covers(cur.learned, y);
			for (let c = 1; c < covers.length; c++) {
				const alt = extend(cur, y, covers[c]!, experience, Arrival.Ride, line, dir, transfers);
				if (alt !== null && arrive(alt, out)) rideOn(alt, line, dir, s + dir, transfers, out);
			}
			const l = extend(cur, y, covers[0]!, experience, Arrival.Ride, line, dir, transfers);
			if (l === null || !arrive(l, out)) return;
			cur = l;
		}
	}

	/** Files a label that arrived by riding; returns whether riding on from it can still pay off. */
	function arrive(l: ExploreLabel, out: ExploreLabel[]): boolean {
		const r = insertBag(l);
		if (r === INSERTED) out.push(l);
		return r !== DOMINATED_RIDING_ON;
	}

	/** Walks the bridges from `start`, and on from where they lead: bridges may follow each other. */
	function walkBridges(start: ExploreLabel, out: ExploreLabel[]): void {
		const todo = [start];
		while (todo.length > 0) {
			const from = todo.pop()!;
			if (!from.alive) continue;
			const x = from.station;
			const transfers = from.transfers + 1;
			if (transfers > maxTransfers) continue;
			for (let b = net.bridgeStart[x]!; b < net.bridgeStart[x + 1]!; b++) {
				if (outOfRoom()) return;
				const y = net.bridgeTo[b]!;
				if (!relevant[y] || passed(from, y) || cutForbidden(x, y)) continue;
				for (const cover of costs.covers(from.learned, y)) {
					const l = extend(from, y, cover, net.bridgeMonths[b]!, Arrival.Bridge, -1, 0, transfers);
					if (l !== null && insertBag(l) === INSERTED) {
						out.push(l);
						todo.push(l);
					}
				}
			}
		}
	}

	insertBag(origin);
	let marked: ExploreLabel[] = [origin];
	walkBridges(origin, marked);
	// A direct move's arrival counts for its destination only: it is filed as that station's
	// best when faster, never walked or ridden on from.
	for (let d = directFrom; d < directTo; d++) {
		const y = net.directTo[d]!;
		if (cutForbidden(from, y)) continue;
		for (const cover of costs.covers(origin.learned, y)) extend(origin, y, cover, net.directMonths[d]!, Arrival.Bridge, -1, 0, 1);
	}
	for (let round = 1; round <= maxTransfers + 1 && marked.length > 0 && !truncated; round++) {
		const arrivals: ExploreLabel[] = [];
		for (const l of marked) {
			if (!l.alive) continue;
			const transfers = nextTransfers(l);
			if (transfers > maxTransfers) continue;
			const x = l.station;
			for (let i = net.stationSlotStart[x]!; i < net.stationSlotStart[x + 1]!; i++) {
				const slot = net.stationSlot[i]!;
				const line = net.stopLine[slot]!;
				if (l.arrival === Arrival.Ride && l.line === line) continue;
				rideOn(l, line, 1, slot + 1, transfers, arrivals);
				if (allowBackwards) rideOn(l, line, -1, slot - 1, transfers, arrivals);
			}
		}
		const next: ExploreLabel[] = [];
		for (const l of arrivals) if (l.alive) next.push(l);
		for (const l of arrivals) if (l.alive) walkBridges(l, next);
		marked = next.filter((l) => l.alive);
	}
	holdings.release();

	const fromPay = salary[from]!;
	const known = (x: number) => (Number.isNaN(x) ? null : x);
	const destinations: ExploreDestination[] = [];
	for (let y = 0; y < stationCount; y++) {
		const l = best[y];
		if (!l) continue;
		const chain: ExploreLabel[] = [];
		for (let at: ExploreLabel | null = l; at !== null; at = at.parent) chain.push(at);
		chain.reverse();
		const pay = known(salary[y]!);
		destinations.push({
			station: net.stationIds[y]!,
			salary: pay,
			payGain: pay === null || Number.isNaN(fromPay) ? null : pay - fromPay,
			months: l.months,
			studyHours: l.hours,
			money: l.money,
			transfers: l.transfers,
			stations: chain.map((c) => net.stationIds[c.station]!),
			lines: chain.slice(1).map((c) => (c.arrival === Arrival.Ride ? net.lineIds[c.line]! : null))
		});
	}
	destinations.sort(
		(a, b) =>
			(b.payGain ?? -Infinity) - (a.payGain ?? -Infinity) || a.months - b.months || compareIds(a.station, b.station)
	);
	return { from: query.from, salary: known(fromPay), destinations, stats: { labels, truncated } };
}

/** The answer's order among routes to one station: fastest, then fewest study hours, transfers, money. */
function faster(a: ExploreLabel, b: ExploreLabel): boolean {
	if (a.months !== b.months) return a.months < b.months;
	if (a.hours !== b.hours) return a.hours < b.hours;
	if (a.transfers !== b.transfers) return a.transfers < b.transfers;
	return a.money < b.money;
}

/** What a full bag evicts on (evict.ts): the worst sum of these, the later in the bag on ties. */
const EVICT_ON: readonly ((l: ExploreLabel) => number)[] = [(l) => l.months, (l) => l.hours, (l) => l.transfers, (l) => (l.top === -Infinity ? 0 : l.top)];
