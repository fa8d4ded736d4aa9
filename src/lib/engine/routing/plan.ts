import { withDirectMove } from './direct-move';
import { compareIds, paysLess, type PreparedNetwork } from './network';
import { resolveQuery, type ResolvedQuery, type RouteQuery } from './query';
import { FAR, fewestTransfers, type ReachOptions } from './reach';
import type {
	Direction,
	NoRouteReason,
	Route,
	RouteCertificate,
	RouteHop,
	RouteLabel,
	RouteLeg,
	RouteModule,
	RouteResult,
	RouteSetback,
	RouteSkill,
	RouteTradeOff,
	RouteTransfer,
	TradeOffCriterion
} from './route';
import { Arrival, emptyStats, search, type Label } from './search';

/**
 * Plans up to k Pareto-optimal routes that differ in substance, each with its near-copies as
 * variants. Throws RoutingError for misuse (unknown ids, from = to, options out of range); an
 * impossible trip is a normal answer with `reason` set.
 * Same network and query → same result, field for field.
 */
export function planRoutes(network: PreparedNetwork, query: RouteQuery): RouteResult {
	const q = resolveQuery(network, query);
	const net = withDirectMove(network, q.from, q.to);
	if (q.endpointAvoided) return { routes: [], reason: 'avoided', horizonMonths: null, stats: emptyStats() };
	const outcome = search(net, q);
	if (outcome.targets.length === 0) {
		return { routes: [], reason: explainNoRoute(net, q, outcome.stats.truncated), horizonMonths: null, stats: outcome.stats };
	}
	const candidates = outcome.targets.map((t) => ({ label: t, chain: chainOf(t), score: 0 }));
	rank(net, candidates);
	const payKnown = !Number.isNaN(net.salary[q.to]!);
	const groups = choose(group(candidates), candidates, q.k, payKnown);
	const shown = groups.flat();
	const horizon = Math.max(...shown.map((c) => c.label.months));
	// Alternatives take ranks 1…k, their variants the ranks after them.
	const heads = groups.map((g, i) => toRoute(net, q, g[0]!.chain, g[0]!.score, i + 1, horizon));
	let next = heads.length + 1;
	const variants = groups.map((g, i) =>
		g.slice(1).map((c) => ({ ...toRoute(net, q, c.chain, c.score, next++, horizon), variantOf: difference(heads[i]!, c.chain, net) }))
	);
	const labels = labelsOf([...heads, ...variants.flat()], payKnown);
	const labelled = (r: Route): Route => ({ ...r, labels: labels.get(r.rank) ?? [] });
	const routes = heads.map((h, i) =>
		labelled({
			...h,
			versus: i === 0 ? null : tradeOff(heads[0]!, h, payKnown),
			variants: variants[i]!.map((v) => labelled({ ...v, versus: tradeOff(h, v, payKnown) }))
		})
	);
	return { routes, reason: null, horizonMonths: horizon, stats: outcome.stats };
}

interface Candidate {
	label: Label;
	/** The route's labels from the start, origin first. */
	chain: Label[];
	score: number;
}

function chainOf(l: Label): Label[] {
	const chain: Label[] = [];
	for (let at: Label | null = l; at !== null; at = at.parent) chain.push(at);
	return chain.reverse();
}

const CRITERIA = ['months', 'hours', 'money', 'transfers', 'gap'] as const;

/** The route written out by ids, for the last tie-break. */
function signature(net: PreparedNetwork, c: Candidate): string {
	return c.chain.map((l) => `${net.stationIds[l.station]}:${l.line < 0 ? '' : net.lineIds[l.line]}:${l.cover === null ? '' : l.cover.modules.join('+')}`).join('>');
}

/** Orders candidates by normalised criteria sum; see Route.score. */
function rank(net: PreparedNetwork, candidates: Candidate[]): void {
	for (const key of CRITERIA) {
		const values = candidates.map((c) => c.label[key]);
		const lo = Math.min(...values);
		const span = Math.max(...values) - lo;
		if (span > 0) for (const c of candidates) c.score += (c.label[key] - lo) / span;
	}
	const keys = new Map(candidates.map((c) => [c, signature(net, c)]));
	candidates.sort((a, b) => {
		if (a.score !== b.score) return a.score - b.score;
		for (const key of CRITERIA) if (a.label[key] !== b.label[key]) return a.label[key] - b.label[key];
		return compareIds(keys.get(a)!, keys.get(b)!);
	});
}

/**
 * Where a route changes: each line change as "@station", each bridge as "from>to". Two routes
 * are near-copies when they change at the same places in the same order, pass all but at most
 * one of the same stations, and share at least half of their hops: the same route with another
 * module, or another station on one stretch. Routes on other lines, with other interchanges
 * or in another order differ in substance.
 */
function interchanges(chain: Label[]): string {
	const out: string[] = [];
	for (let i = 1; i < chain.length; i++) {
		const l = chain[i]!;
		const prev = chain[i - 1]!;
		if (l.arrival === Arrival.Bridge) out.push(`${prev.station}>${l.station}`);
		else if (prev.arrival === Arrival.Ride && (prev.line !== l.line || prev.dir !== l.dir)) out.push(`@${prev.station}`);
	}
	return out.join(' ');
}

function nearCopies(a: Candidate, b: Candidate, keys: Map<Candidate, string>): boolean {
	if (keys.get(a) !== keys.get(b)) return false;
	const inA = new Set(a.chain.map((l) => l.station));
	const inB = new Set(b.chain.map((l) => l.station));
	let onlyA = 0;
	let onlyB = 0;
	for (const s of inA) if (!inB.has(s)) onlyA++;
	for (const s of inB) if (!inA.has(s)) onlyB++;
	if (onlyA > 1 || onlyB > 1) return false;
	const hopsOf = (c: Candidate) => new Set(c.chain.slice(1).map((l, i) => `${c.chain[i]!.station}>${l.station}`));
	const hopsA = hopsOf(a);
	const hopsB = hopsOf(b);
	let shared = 0;
	for (const h of hopsA) if (hopsB.has(h)) shared++;
	return 2 * shared >= Math.max(hopsA.size, hopsB.size);
}

/** Groups ranked candidates: each joins the first better-ranked route it is a near-copy of. */
function group(ranked: Candidate[]): Candidate[][] {
	const keys = new Map(ranked.map((c) => [c, interchanges(c.chain)]));
	const groups: Candidate[][] = [];
	for (const c of ranked) {
		const home = groups.find((g) => nearCopies(g[0]!, c, keys));
		if (home) home.push(c);
		else groups.push([c]);
	}
	return groups;
}

/** Variants shown per route at most (criterion winners among them always are). */
const VARIANTS_SHOWN = 3;

/**
 * The k routes to show: first the routes holding a criterion's winner (so "fastest" really is
 * the fastest route found, not just the fastest of the top k), then the best-ranked others;
 * each with its best-ranked variants and every variant that wins a criterion.
 */
function choose(groups: Candidate[][], ranked: Candidate[], k: number, payKnown: boolean): Candidate[][] {
	const winners = new Set<Candidate>();
	for (const key of CRITERIA) {
		if (key === 'gap' && !payKnown) continue;
		let best = ranked[0]!;
		for (const c of ranked) if (c.label[key] < best.label[key]) best = c;
		winners.add(best);
	}
	const chosen = new Set(groups.filter((g) => g.some((c) => winners.has(c))).slice(0, k));
	for (const g of groups) {
		if (chosen.size >= k) break;
		chosen.add(g);
	}
	return groups
		.filter((g) => chosen.has(g))
		.map((g) => [g[0]!, ...g.slice(1).filter((c, i) => i < VARIANTS_SHOWN || winners.has(c))]);
}

/** Labels by rank: each criterion goes to the route (or variant) best at it, ties to the better rank. */
function labelsOf(routes: Route[], payKnown: boolean): Map<number, RouteLabel[]> {
	const labels = new Map<number, RouteLabel[]>();
	const ordered = [...routes].sort((a, b) => a.rank - b.rank);
	const win = (label: RouteLabel, value: (r: Route) => number) => {
		let best = ordered[0]!;
		for (const r of ordered) if (value(r) < value(best)) best = r;
		labels.set(best.rank, [...(labels.get(best.rank) ?? []), label]);
	};
	win('fastest', (r) => r.totals.months);
	win('least-study', (r) => r.totals.studyHours);
	win('cheapest', (r) => r.totals.money);
	win('fewest-transfers', (r) => r.totals.transfers);
	if (payKnown) win('best-pay', (r) => -(r.totals.earningsAtHorizon ?? 0));
	return labels;
}

/** What `route` gains and gives up against `base`; float noise below a cent or an hour's hundredth is no difference. */
function tradeOff(base: Route, route: Route, payKnown: boolean): RouteTradeOff {
	const gains: { criterion: TradeOffCriterion; by: number }[] = [];
	const givesUp: { criterion: TradeOffCriterion; by: number }[] = [];
	const compare = (criterion: TradeOffCriterion, mine: number, theirs: number, lowerIsBetter: boolean) => {
		const diff = Math.round((mine - theirs) * 100) / 100;
		if (diff === 0) return;
		const better = lowerIsBetter ? diff < 0 : diff > 0;
		(better ? gains : givesUp).push({ criterion, by: Math.abs(diff) });
	};
	compare('months', route.totals.months, base.totals.months, true);
	compare('studyHours', route.totals.studyHours, base.totals.studyHours, true);
	compare('money', route.totals.money, base.totals.money, true);
	compare('transfers', route.totals.transfers, base.totals.transfers, true);
	if (payKnown) compare('pay', route.totals.earningsAtHorizon ?? 0, base.totals.earningsAtHorizon ?? 0, false);
	return { against: base.rank, gains, givesUp };
}

/** The stations a variant passes instead of its route's. */
function difference(head: Route, chain: Label[], net: PreparedNetwork): NonNullable<Route['variantOf']> {
	const mine = chain.map((l) => net.stationIds[l.station]!);
	return {
		rank: head.rank,
		adds: mine.filter((s) => !head.stations.includes(s)),
		drops: head.stations.filter((s) => !mine.includes(s))
	};
}

/** The lowest-id module of a hop's cover teaching item at level or higher; -1 when none does. */
function teacher(net: PreparedNetwork, modules: Int32Array, item: number, level: number): number {
	for (let k = net.itemModuleStart[item]!; k < net.itemModuleStart[item + 1]!; k++)
		if (net.itemModuleLevel[k]! >= level && modules.includes(net.itemModule[k]!)) return net.itemModule[k]!;
	return -1;
}

function salaryOf(net: PreparedNetwork, station: number): number | null {
	const s = net.salary[station]!;
	return Number.isNaN(s) ? null : s;
}

function toRoute(
	net: PreparedNetwork,
	q: ResolvedQuery,
	chain: Label[],
	score: number,
	rankNo: number,
	horizon: number
): Route {
	const id = (s: number) => net.stationIds[s]!;
	// Replay what the traveller holds with every item (the search keeps only the ones that can
	// still matter), so optional skills are reported against the full picture.
	const held = new Map<number, number>(q.holds.map(([item, level]) => [item, level]));
	const hold = (item: number, level: number) => held.set(item, Math.max(held.get(item) ?? 0, level));
	if (q.holdsOriginSkills) {
		for (let r = net.reqStart[q.from]!; r < net.reqStart[q.from + 1]!; r++)
			if (q.includeOptional || net.reqEssential[r]) hold(net.reqItem[r]!, net.reqLevel[r]!);
	}

	const hops: RouteHop[] = [];
	for (let i = 1; i < chain.length; i++) {
		const prev = chain[i - 1]!;
		const l = chain[i]!;
		const cover = l.cover!;
		const optionalSkipped: string[] = [];
		if (!q.includeOptional) {
			for (let r = net.reqStart[l.station]!; r < net.reqStart[l.station + 1]!; r++) {
				if (!net.reqEssential[r] && (held.get(net.reqItem[r]!) ?? 0) < net.reqLevel[r]!)
					optionalSkipped.push(net.itemIds[net.reqItem[r]!]!);
			}
		}
		const skillsLearned: RouteSkill[] = [];
		const untaught: string[] = [];
		const certificatesEarned: RouteCertificate[] = [];
		const untaughtCertificates: string[] = [];
		cover.missing.forEach((slot) => {
			const item = net.reqItem[slot]!;
			const m = teacher(net, cover.modules, item, net.reqLevel[slot]!);
			const module = m === -1 ? null : net.moduleIds[m]!;
			const itemId = net.itemIds[item]!;
			if (item < net.skillCount) {
				skillsLearned.push({ skill: itemId, level: net.reqLevel[slot]!, module });
				if (module === null) untaught.push(itemId);
			} else {
				certificatesEarned.push({ certificate: itemId, module });
				if (module === null) untaughtCertificates.push(itemId);
			}
			hold(item, net.reqLevel[slot]!);
		});
		const modules: RouteModule[] = Array.from(cover.modules, (m) => {
			for (let k = net.teachStart[m]!; k < net.teachStart[m + 1]!; k++) hold(net.teachItem[k]!, net.teachLevel[k]!);
			return { id: net.moduleIds[m]!, hours: net.moduleHours[m]!, price: net.modulePrice[m]! };
		});
		const before = salaryOf(net, prev.station);
		const after = salaryOf(net, l.station);
		hops.push({
			from: id(prev.station),
			to: id(l.station),
			line: l.arrival === Arrival.Ride ? net.lineIds[l.line]! : null,
			direction: l.arrival === Arrival.Ride ? (l.dir === 1 ? 'forward' : 'backward') : null,
			experienceMonths: l.hopExperience,
			studyHours: cover.hours + l.hopEducation,
			months: l.hopMonths,
			money: cover.price,
			estimatedHours: cover.estimatedHours + l.hopEducation,
			educationHours: l.hopEducation,
			moneyKnown: cover.estimatedHours + l.hopEducation === 0,
			modules,
			skillsLearned,
			untaught,
			optionalSkipped,
			certificatesEarned,
			untaughtCertificates,
			salaryBefore: before,
			salaryAfter: after,
			salaryStep: before === null || after === null ? null : after - before,
			payCut: paysLess(net, prev.station, l.station),
			earnings: (before ?? 0) * l.hopMonths
		});
	}

	// Consecutive hops on one line in one direction form a leg; a new leg after a ride is a
	// transfer at that station, and a bridge walk is a transfer of its own.
	const legs: RouteLeg[] = [];
	const transfers: RouteTransfer[] = [];
	let leg: { line: string; direction: Direction; stops: string[] } | null = null;
	const close = (open: { line: string; direction: Direction; stops: string[] }) =>
		legs.push({ line: open.line, from: open.stops[0]!, to: open.stops.at(-1)!, direction: open.direction, stops: open.stops });
	for (let i = 0; i < hops.length; i++) {
		const h = hops[i]!;
		if (h.line === null) {
			if (leg !== null) close(leg);
			transfers.push({
				at: h.from,
				fromLine: leg?.line ?? null,
				toLine: hops[i + 1]?.line ?? null,
				bridge: { to: h.to, months: h.experienceMonths }
			});
			leg = null;
		} else if (leg !== null && leg.line === h.line && leg.direction === h.direction) {
			leg.stops.push(h.to);
		} else {
			if (leg !== null) {
				close(leg);
				transfers.push({ at: h.from, fromLine: leg.line, toLine: h.line, bridge: null });
			}
			leg = { line: h.line, direction: h.direction!, stops: [h.from, h.to] };
		}
	}
	if (leg !== null) close(leg);

	let months = 0;
	let studyHours = 0;
	let money = 0;
	let earnings = 0;
	let estimatedHours = 0;
	let moneyKnown = true;
	for (const h of hops) {
		estimatedHours += h.estimatedHours;
		moneyKnown &&= h.moneyKnown;
		months += h.months;
		studyHours += h.studyHours;
		money += h.money;
		earnings += h.earnings;
	}
	const finalSalary = salaryOf(net, q.to);
	const stations = chain.map((l) => id(l.station));
	const setbacks: RouteSetback[] = [];
	hops.forEach((h, i) => {
		if (h.direction === 'backward') setbacks.push({ kind: 'backward-ride', hop: i, from: h.from, to: h.to });
		if (paysLess(q.cutPay, chain[i]!.station, chain[i + 1]!.station)) setbacks.push({ kind: 'pay-cut', hop: i, from: h.from, to: h.to });
	});
	return {
		rank: rankNo,
		score,
		labels: [],
		stations,
		legs,
		transfers,
		hops,
		totals: {
			months,
			studyHours,
			money,
			estimatedHours,
			moneyKnown,
			transfers: transfers.length,
			earnings,
			finalSalary,
			earningsAtHorizon: finalSalary === null ? null : earnings + finalSalary * (horizon - months)
		},
		salaryByStop: chain.map((l) => ({ station: id(l.station), salary: salaryOf(net, l.station) })),
		setbacks,
		versus: null,
		variantOf: null,
		variants: []
	};
}

/** Why there is no route: relax the query one constraint at a time, cheapest explanation first. */
function explainNoRoute(net: PreparedNetwork, q: ResolvedQuery, truncated: boolean): NoRouteReason {
	if (q.endpointAvoided) return 'avoided';
	const none = new Int32Array(0);
	const noPayCuts = q.allowPayCuts ? null : q.cutPay;
	const open: ReachOptions = { avoidStation: q.aboveDestination, avoidLine: null, allowBackwards: q.allowBackwards, noPayCuts, cap: FAR - 1 };
	const reaches = (o: ReachOptions, via: Int32Array = none) => fewestTransfers(net, q.from, q.to, via, o) < FAR;
	if (!reaches(open)) {
		const setbacks: ReachOptions = { ...open, allowBackwards: true, noPayCuts: null };
		if (!q.allowBackwards && reaches(setbacks)) return 'backwards';
		if (reaches({ ...open, avoidStation: null }) || reaches({ ...setbacks, avoidStation: null }))
			return 'above-destination';
		return 'unreachable';
	}
	if (q.via.length > 0 && !reaches(open, q.via)) return q.via.some((s) => q.aboveDestination[s]) ? 'above-destination' : 'via';
	const avoiding: ReachOptions = { ...open, avoidStation: q.blocked, avoidLine: q.avoidLine };
	const fewest = fewestTransfers(net, q.from, q.to, q.via, avoiding);
	if (fewest >= FAR) return 'avoided';
	if (fewest > q.maxTransfers) return 'max-transfers';
	return truncated ? 'search-limit' : 'revisit';
}
