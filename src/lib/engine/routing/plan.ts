import { compareIds, type PreparedNetwork } from './network';
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
	RouteSkill,
	RouteTransfer
} from './route';
import { Arrival, emptyStats, search, type Label } from './search';

/**
 * Plans up to k Pareto-optimal routes. Throws RoutingError for misuse (unknown ids, from = to,
 * options out of range); an impossible trip is a normal answer with `reason` set.
 * Same network and query → same result, field for field.
 */
export function planRoutes(net: PreparedNetwork, query: RouteQuery): RouteResult {
	const q = resolveQuery(net, query);
	if (q.endpointAvoided) return { routes: [], reason: 'avoided', horizonMonths: null, stats: emptyStats() };
	const outcome = search(net, q);
	if (outcome.targets.length === 0) {
		return { routes: [], reason: explainNoRoute(net, q, outcome.stats.truncated), horizonMonths: null, stats: outcome.stats };
	}
	const candidates = outcome.targets.map((t) => ({ label: t, chain: chainOf(t), score: 0 }));
	rank(net, candidates);
	const chosen = choose(candidates, q.k, !Number.isNaN(net.salary[q.to]!));
	const horizon = Math.max(...chosen.map((c) => c.label.months));
	const routes = chosen.map((c, i) => toRoute(net, q, c.chain, c.score, i + 1, horizon));
	const labelled = assignLabels(routes, !Number.isNaN(net.salary[q.to]!));
	return { routes: labelled, reason: null, horizonMonths: horizon, stats: outcome.stats };
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
	return c.chain.map((l) => `${net.stationIds[l.station]}:${l.line < 0 ? '' : net.lineIds[l.line]}`).join('>');
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
 * The k routes to show: first every criterion's winner (so "fastest" really is the fastest
 * route found, not just the fastest of the top k), then the best-ranked others.
 */
function choose(ranked: Candidate[], k: number, payKnown: boolean): Candidate[] {
	const picked = new Set<Candidate>();
	for (const key of CRITERIA) {
		if (key === 'gap' && !payKnown) continue;
		let best = ranked[0]!;
		for (const c of ranked) if (c.label[key] < best.label[key]) best = c;
		picked.add(best);
	}
	const winners = ranked.filter((c) => picked.has(c)).slice(0, k);
	const chosen = new Set(winners);
	for (const c of ranked) {
		if (chosen.size >= k) break;
		chosen.add(c);
	}
	return ranked.filter((c) => chosen.has(c));
}

function assignLabels(routes: Route[], payKnown: boolean): Route[] {
	const labels = routes.map(() => [] as RouteLabel[]);
	const win = (label: RouteLabel, value: (r: Route) => number) => {
		let best = 0;
		routes.forEach((r, i) => {
			if (value(r) < value(routes[best]!)) best = i;
		});
		labels[best]!.push(label);
	};
	win('fastest', (r) => r.totals.months);
	win('least-study', (r) => r.totals.studyHours);
	win('cheapest', (r) => r.totals.money);
	win('fewest-transfers', (r) => r.totals.transfers);
	if (payKnown) win('best-pay', (r) => -(r.totals.earningsAtHorizon ?? 0));
	return routes.map((r, i) => ({ ...r, labels: labels[i]! }));
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
			studyHours: cover.hours,
			months: l.hopMonths,
			money: cover.price,
			estimatedHours: cover.estimatedHours,
			moneyKnown: cover.estimatedHours === 0,
			modules,
			skillsLearned,
			untaught,
			optionalSkipped,
			certificatesEarned,
			untaughtCertificates,
			salaryBefore: before,
			salaryAfter: after,
			salaryStep: before === null || after === null ? null : after - before,
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
		salaryByStop: chain.map((l) => ({ station: id(l.station), salary: salaryOf(net, l.station) }))
	};
}

/** Why there is no route: relax the query one constraint at a time, cheapest explanation first. */
function explainNoRoute(net: PreparedNetwork, q: ResolvedQuery, truncated: boolean): NoRouteReason {
	if (q.endpointAvoided) return 'avoided';
	const none = new Int32Array(0);
	const open: ReachOptions = { avoidStation: null, avoidLine: null, allowBackwards: q.allowBackwards, cap: FAR - 1 };
	if (fewestTransfers(net, q.from, q.to, none, open) >= FAR) {
		if (!q.allowBackwards && fewestTransfers(net, q.from, q.to, none, { ...open, allowBackwards: true }) < FAR)
			return 'backwards';
		return 'unreachable';
	}
	if (q.via.length > 0 && fewestTransfers(net, q.from, q.to, q.via, open) >= FAR) return 'via';
	const avoiding: ReachOptions = { ...open, avoidStation: q.avoidStation, avoidLine: q.avoidLine };
	const fewest = fewestTransfers(net, q.from, q.to, q.via, avoiding);
	if (fewest >= FAR) return 'avoided';
	if (fewest > q.maxTransfers) return 'max-transfers';
	return truncated ? 'search-limit' : 'revisit';
}
