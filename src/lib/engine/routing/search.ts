import type { Cover } from './cover';
import { HopCosts } from './hop-cost';
import { Holdings } from './learned';
import { paysLess, type PreparedNetwork } from './network';
import type { ResolvedQuery } from './query';
import { FAR, transfersFrom, transfersTo, type Need, type ReachOptions } from './reach';
import { worstOf } from './evict';
import { Arrival, keepsEveryOption, nextTransfers } from './label-state';
import { passed, seenBit } from './seen';

/*
 * Multi-criteria search in McRAPTOR-style rounds: round r holds the labels that have ridden r
 * lines. A label is one partial route ending at a station: its criteria so far, what the
 * traveller has learned on it, and a pointer to the label it extends (routes are rebuilt by
 * walking the pointers back). Riding one line is scanned stop by stop; each hop costs what the
 * next station requires and the traveller does not hold yet (see cover.ts).
 *
 * Criteria (all minimised): months, study hours, money, transfers, and pay gap — the salary
 * given up on the way compared with already earning the destination's median:
 *   gap = Σ over hops (median(destination) − median(station worked at)) × months of the hop.
 * Why not "money earned along the way" itself: every slower route earns more simply by taking
 * longer, so "best pay" would always be the slowest route. Earnings over a common horizon H
 * (earned on the route, then the destination's salary until H) is the fair comparison, and it
 * equals median(destination) × H − gap, so minimising the gap is maximising those earnings for
 * every H at once. When the destination has no known median the pay criterion is 0 for all.
 *
 * Dominance, and why it looks at what was learned and where the route has been: hop costs
 * depend on the route so far (a skill learned earlier is not paid again), so a label that is
 * worse on every criterion today may be cheaper tomorrow because it already learned what the
 * next station needs; and a route may not pass a station twice, so a label that passed a
 * station another did not has fewer ways on. A label therefore only dominates another at the
 * same station and via progress when it is at least as good on all criteria, holds at least
 * every skill the other holds (at least at its level), passed no station the other did not,
 * and pays no more transfers for any next move: boarding a line (free after a bridge, one
 * transfer after a ride) and walking a bridge (always one). Bridges may follow each other,
 * each a transfer. With that, pruning loses no Pareto-optimal route except where the module
 * cover itself is not monotone (rare; the exhaustive seed test and the property tests compare
 * with brute forces). Learned sets
 * keep only skills of stations some route within maxTransfers can still pass, so skills that
 * cannot matter any more do not keep labels apart.
 *
 * Bounds, and why these:
 *  - maxTransfers (query, ≤ 8) bounds the rounds; a backward transfer-count bound drops labels
 *    that can no longer reach the destination (exact, never loses a route).
 *  - Routes are simple paths: a station is never visited twice (working the same job twice is
 *    not a career step, and it keeps the search finite).
 *  - BAG_CAP labels per (station, via progress); beyond it the label with the worst normalised
 *    criteria sum is evicted. A cap, not ε-dominance: ε-dominance would merge routes that
 *    differ by a few hours but taught different skills — exactly the alternatives a worker
 *    wants to compare — and would make small networks inexact; the cap never binds on small
 *    networks (the property tests compare with a brute force there) and only trims the
 *    long tail on large ones.
 *  - TARGET_CAP routes at the destination, and a global LABEL_BUDGET (and a memory budget for
 *    what labels hold) after which the search stops and reports `truncated` — guards for
 *    pathological networks, not tuning knobs. On the generated ESCO-scale benchmark network no
 *    bag grows past 11 labels; on a denser variant (two lines per station) the busiest of 1,000
 *    queries created about 6,800 labels and only there did a few bags reach the cap.
 *  - When no station on the way pays more than the destination, the pay gap only grows, and
 *    labels already dominated by a route found to the destination are dropped (target pruning).
 *
 * Setbacks: a route never passes a station paying more than its destination (climbing above
 * it to step down to it is no career move; those stations are blocked like avoided ones), and
 * rides a line backwards or hops to a job paying less only when the query allows setbacks.
 *
 * Equally cheap covers: when a hop's missing skills can be covered by several module sets of
 * the same hours and money, each becomes a label of its own (cover.ts keeps a few). The one
 * whose modules a later hop also needs then arrives there owning them and wins; the others
 * are dominated and dropped.
 */
export const BAG_CAP = 32;
export const TARGET_CAP = 128;
export const LABEL_BUDGET = 400_000;
/** Memory guard for what labels hold: 8M words = 32 MB per query at most. */
export const HOLDINGS_BUDGET_WORDS = 8 * 1024 * 1024;

/** How a label reached its station; decides what the next move costs. */
export { Arrival } from './label-state';

export class Label {
	constructor(
		readonly seq: number,
		readonly station: number,
		readonly parent: Label | null,
		readonly arrival: Arrival,
		/** Line ridden on the last hop (-1 for origin and bridge). */
		readonly line: number,
		readonly dir: number,
		/** Stop slot of this station on `line` (-1 when not riding). */
		readonly slot: number,
		readonly cover: Cover | null,
		readonly hopExperience: number,
		readonly hopMonths: number,
		readonly months: number,
		readonly hours: number,
		readonly money: number,
		readonly transfers: number,
		readonly gap: number,
		readonly earnings: number,
		readonly progress: number,
		/** Offset of what the traveller holds here, in the query's Holdings. */
		readonly learned: number,
		readonly sigLo: number,
		readonly sigHi: number,
		/** Bloom filter of the stations on the route, so the revisit check rarely walks. */
		readonly seenLo: number,
		readonly seenHi: number,
		readonly round: number,
		/** Study hours of the highest education reached on the route; -1 when unknown. */
		readonly schooled: number,
		/** Part of the hop's study hours that is the education step (see HopCosts.education). */
		readonly hopEducation: number
	) {}
	alive = true;
}

export interface SearchStats {
	rounds: number;
	labels: number;
	hops: number;
	coverCacheHits: number;
	coverCacheMisses: number;
	/** Hop covers whose exact search stopped at its step budget (see cover.ts). */
	coverBudgetHits: number;
	bags: number;
	meanBagSize: number;
	maxBagSize: number;
	targetBagSize: number;
	evicted: number;
	/** Memory the labels' holdings took, in bytes. */
	holdingsBytes: number;
	truncated: boolean;
}

export function emptyStats(): SearchStats {
	return {
		rounds: 0,
		labels: 0,
		hops: 0,
		coverCacheHits: 0,
		coverCacheMisses: 0,
		coverBudgetHits: 0,
		bags: 0,
		meanBagSize: 0,
		maxBagSize: 0,
		targetBagSize: 0,
		evicted: 0,
		holdingsBytes: 0,
		truncated: false
	};
}

export interface SearchOutcome {
	/** Pareto-optimal labels at the destination, in insertion order. */
	readonly targets: Label[];
	readonly stats: SearchStats;
}

function dominatesAtStation(holdings: Holdings, a: Label, b: Label): boolean {
	return a.months <= b.months && a.hours <= b.hours && a.money <= b.money && a.gap <= b.gap && keepsEveryOption(holdings, a, b);
}

function dominatesAtTarget(a: Label, b: Label): boolean {
	return (
		a.transfers <= b.transfers && a.months <= b.months && a.hours <= b.hours && a.money <= b.money && a.gap <= b.gap
	);
}

/** What a full bag evicts on (evict.ts): the worst sum of these, newest on ties. */
const EVICT_ON: readonly ((l: Label) => number)[] = [(l) => l.months, (l) => l.hours, (l) => l.money, (l) => l.transfers, (l) => l.gap];
const newerLabel = (a: Label, b: Label) => a.seq > b.seq;

export function search(net: PreparedNetwork, q: ResolvedQuery): SearchOutcome {
	const stationCount = net.stationIds.length;
	const V = q.via.length;
	const reach: ReachOptions = {
		avoidStation: q.blocked,
		avoidLine: q.avoidLine,
		allowBackwards: q.allowBackwards,
		noPayCuts: q.allowPayCuts ? null : q.cutPay,
		cap: q.maxTransfers + 1
	};

	// need[p]: transfers still needed to reach the next target after p via stations.
	const need: Need[] = [];
	for (let p = 0; p <= V; p++) need.push(transfersTo(net, p < V ? q.via[p]! : q.to, reach));
	// ahead(p, dir, slot): the best `need.ride` of any stop after `slot` in the riding direction —
	// whether riding on can still pay off. Filled per line on first use: a query rides few lines.
	const slotCount = net.stopStation.length;
	const lineCount = net.lineIds.length;
	const aheadAt = new Uint8Array((V + 1) * slotCount * 2);
	const aheadReady = new Uint8Array((V + 1) * lineCount * 2);
	function ahead(p: number, dir: number, slot: number): number {
		const side = dir === 1 ? 0 : 1;
		const at = ((p * slotCount + slot) << 1) | side;
		const line = net.stopLine[slot]!;
		const key = ((p * lineCount + line) << 1) | side;
		if (aheadReady[key] === 0) {
			aheadReady[key] = 1;
			const ride = need[p]!.ride;
			const lo = net.lineStart[line]!;
			const hi = net.lineStart[line + 1]! - 1;
			let best = FAR;
			for (let s = dir === 1 ? hi : lo; s >= lo && s <= hi; s -= dir) {
				aheadAt[((p * slotCount + s) << 1) | side] = best;
				const y = net.stopStation[s]!;
				best = q.blocked[y] ? FAR : Math.min(best, ride[y]!);
			}
		}
		return aheadAt[at]!;
	}

	// Stations some route within maxTransfers can pass, and the items they charge.
	const fwd = transfersFrom(net, q.from, q.via, reach);
	const relevantStation = new Uint8Array(stationCount);
	const last = need[V]!;
	let maxMedianOnWay = -Infinity;
	for (let s = 0; s < stationCount; s++) {
		let f = FAR;
		for (let p = 0; p <= V; p++) f = Math.min(f, fwd.ride[p]![s]!, fwd.free[p]![s]!);
		if (s === q.from) f = 0;
		const b = Math.min(last.ride[s]!, last.free[s]!);
		if (f + b > q.maxTransfers) continue;
		relevantStation[s] = 1;
		if (s !== q.to && net.salary[s]! > maxMedianOnWay) maxMedianOnWay = net.salary[s]!;
	}

	const holdings = new Holdings(net, relevantStation, q.includeOptional, HOLDINGS_BUDGET_WORDS);
	const costs = new HopCosts(net, holdings, q.organisation, q.includeOptional, q.hoursPerWeek);
	const destinationMedian = net.salary[q.to]!;
	const payKnown = !Number.isNaN(destinationMedian);
	// Target pruning is only sound while the gap cannot shrink on the way.
	const targetPruning = !payKnown || destinationMedian >= maxMedianOnWay;

	const stats = emptyStats();
	const bags: (Label[] | undefined)[] = new Array((V + 1) * stationCount);
	const targets: Label[] = [];
	let seq = 0;

	// The start: holds, plus (by default) what the traveller's current job requires.
	costs.start(q.holds, q.holdsOriginSkills ? q.from : -1);
	const fromBit = seenBit(q.from);
	const origin = new Label(
		seq++,
		q.from,
		null,
		Arrival.Origin,
		-1,
		0,
		-1,
		null,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		costs.learnedAt,
		costs.sigLo,
		costs.sigHi,
		fromBit < 32 ? 1 << fromBit : 0,
		fromBit < 32 ? 0 : 1 << (fromBit - 32),
		0,
		net.education[q.from]!,
		0
	);

	/** The covers of what moving from `prev` to station y misses: the cheapest, and equally cheap ones. */
	const coversFor = (prev: Label, y: number): readonly Cover[] => costs.covers(prev.learned, y);

	/** The label for moving from `prev` to station y (by ride or bridge) taking `cover`. */
	function extend(
		prev: Label,
		y: number,
		cover: Cover,
		experience: number,
		arrival: Arrival,
		line: number,
		dir: number,
		slot: number,
		transfers: number,
		round: number
	): Label {
		stats.hops++;
		const education = costs.education(prev.schooled, y);
		const study = cover.hours + education;
		const months = costs.months(experience, study);
		const worked = net.salary[prev.station]!;
		const pay = Number.isNaN(worked) ? 0 : worked;
		const gap = payKnown ? prev.gap + (destinationMedian - pay) * months : 0;
		const bit = seenBit(y);
		const progress = prev.progress < V && q.via[prev.progress] === y ? prev.progress + 1 : prev.progress;
		costs.learn(prev.learned, prev.sigLo, prev.sigHi, cover.gained);
		return new Label(
			seq++,
			y,
			prev,
			arrival,
			line,
			dir,
			slot,
			cover,
			experience,
			months,
			prev.months + months,
			prev.hours + study,
			prev.money + cover.price,
			transfers,
			gap,
			prev.earnings + pay * months,
			progress,
			costs.learnedAt,
			costs.sigLo,
			costs.sigHi,
			bit < 32 ? prev.seenLo | (1 << bit) : prev.seenLo,
			bit < 32 ? prev.seenHi : prev.seenHi | (1 << (bit - 32)),
			round,
			costs.schooledAt(prev.schooled, y),
			education
		);
	}

	function prunedByTarget(l: Label): boolean {
		if (!targetPruning) return false;
		for (const t of targets) if (dominatesAtTarget(t, l)) return true;
		return false;
	}

	function insertTarget(l: Label): void {
		for (const t of targets) if (dominatesAtTarget(t, l)) return;
		for (let i = targets.length - 1; i >= 0; i--) if (dominatesAtTarget(l, targets[i]!)) targets.splice(i, 1);
		targets.push(l);
		if (targets.length > TARGET_CAP) {
			targets.splice(worstOf(targets, EVICT_ON, newerLabel), 1);
			stats.evicted++;
		}
	}

	const INSERTED = 0;
	const DOMINATED = 1;
	const DOMINATED_RIDING_ON = 2;
	/** Adds a label to its station's bag unless one there dominates it. */
	function insertBag(l: Label): number {
		const key = l.progress * stationCount + l.station;
		let bag = bags[key];
		if (bag === undefined) {
			bag = [];
			bags[key] = bag;
		}
		for (const o of bag) {
			if (dominatesAtStation(holdings, o, l)) {
				// The dominating label rides the same line on: it covers our ride from here too.
				return o.arrival === Arrival.Ride && o.line === l.line && o.dir === l.dir && o.transfers <= l.transfers
					? DOMINATED_RIDING_ON
					: DOMINATED;
			}
		}
		for (let i = bag.length - 1; i >= 0; i--) {
			if (dominatesAtStation(holdings, l, bag[i]!)) {
				bag[i]!.alive = false;
				bag.splice(i, 1);
			}
		}
		bag.push(l);
		if (bag.length > BAG_CAP) {
			const w = worstOf(bag, EVICT_ON, newerLabel);
			bag[w]!.alive = false;
			bag.splice(w, 1);
			stats.evicted++;
		}
		return INSERTED;
	}

	/** Hops that would cut pay are taken only when the query allows setbacks. */
	const cutForbidden = (x: number, y: number) => !q.allowPayCuts && paysLess(q.cutPay, x, y);

	/**
	 * Files a label that arrived at stop `s` of a ride (as a target or in its bag); returns
	 * whether riding on from it can still pay off.
	 */
	function arrive(l: Label, dir: number, s: number, transfers: number, out: Label[]): boolean {
		const y = l.station;
		if (y === q.to) {
			// Past the destination the route could only come back to it — never simple.
			if (l.progress === V) insertTarget(l);
			return false;
		}
		if (prunedByTarget(l)) return false;
		const p = l.progress;
		if (transfers + need[p]!.ride[y]! <= q.maxTransfers) {
			const r = insertBag(l);
			if (r === INSERTED) out.push(l);
			else if (r === DOMINATED_RIDING_ON) return false;
		}
		return transfers + ahead(p, dir, s) <= q.maxTransfers;
	}

	/** Rides `line` from `board` (a label at the stop `slot`) in `dir`, hop by hop. */
	function ride(board: Label, line: number, dir: number, slot: number, round: number, out: Label[]): void {
		rideOn(board, line, dir, slot + dir, nextTransfers(board), round, out);
	}

	/** Rides on from `from` to the stop `first` and beyond; equally cheap covers ride on as labels of their own. */
	function rideOn(from: Label, line: number, dir: number, first: number, transfers: number, round: number, out: Label[]): void {
		const lo = net.lineStart[line]!;
		const hi = net.lineStart[line + 1]! - 1;
		let cur = from;
		for (let s = first; s >= lo && s <= hi; s += dir) {
			if (seq >= LABEL_BUDGET || !holdings.hasRoom) {
				stats.truncated = true;
				return;
			}
			const y = net.stopStation[s]!;
			if (q.blocked[y] || !relevantStation[y] || passed(cur, y) || cutForbidden(cur.station, y)) return;
			const experience = dir === 1 ? net.stopMonths[s]! : net.stopMonths[s + 1]!;
			const covers = coversFor(cur, y);
			for (let c = 1; c < covers.length; c++) {
				const alt = extend(cur, y, covers[c]!, experience, Arrival.Ride, line, dir, s, transfers, round);
				if (arrive(alt, dir, s, transfers, out)) rideOn(alt, line, dir, s + dir, transfers, round, out);
			}
			const l = extend(cur, y, covers[0]!, experience, Arrival.Ride, line, dir, s, transfers, round);
			if (!arrive(l, dir, s, transfers, out)) return;
			cur = l;
		}
	}

	/** Walks the bridges from `start`, and on from where they lead: bridges may follow each other. */
	function walkBridges(start: Label, round: number, out: Label[]): void {
		const todo = [start];
		while (todo.length > 0) {
			const from = todo.pop()!;
			if (!from.alive) continue;
			const x = from.station;
			const transfers = from.transfers + 1;
			if (transfers > q.maxTransfers) continue;
			for (let b = net.bridgeStart[x]!; b < net.bridgeStart[x + 1]!; b++) {
				if (seq >= LABEL_BUDGET || !holdings.hasRoom) {
					stats.truncated = true;
					return;
				}
				const y = net.bridgeTo[b]!;
				if (q.blocked[y] || !relevantStation[y] || passed(from, y) || cutForbidden(x, y)) continue;
				for (const cover of coversFor(from, y)) {
					const l = extend(from, y, cover, net.bridgeMonths[b]!, Arrival.Bridge, -1, 0, -1, transfers, round);
					if (y === q.to) {
						if (l.progress === V) insertTarget(l);
						continue;
					}
					if (prunedByTarget(l)) continue;
					if (transfers + need[l.progress]!.free[y]! > q.maxTransfers) continue;
					if (insertBag(l) === INSERTED) {
						out.push(l);
						todo.push(l);
					}
				}
			}
		}
	}

	insertBag(origin);
	let marked: Label[] = [origin];
	walkBridges(origin, 0, marked);

	for (let round = 1; round <= q.maxTransfers + 1 && marked.length > 0 && !stats.truncated; round++) {
		stats.rounds = round;
		const arrivals: Label[] = [];
		for (const l of marked) {
			if (!l.alive || prunedByTarget(l)) continue;
			const transfers = nextTransfers(l);
			if (transfers > q.maxTransfers) continue;
			const x = l.station;
			for (let i = net.stationSlotStart[x]!; i < net.stationSlotStart[x + 1]!; i++) {
				const slot = net.stationSlot[i]!;
				const line = net.stopLine[slot]!;
				if (q.avoidLine[line] || (l.arrival === Arrival.Ride && l.line === line)) continue;
				for (let dir = 1; dir >= -1; dir -= 2) {
					if (dir === -1 && !q.allowBackwards) break;
					if (transfers + ahead(l.progress, dir, slot) > q.maxTransfers) continue;
					ride(l, line, dir, slot, round, arrivals);
				}
			}
		}
		const next: Label[] = [];
		for (const l of arrivals) if (l.alive) next.push(l);
		for (const l of arrivals) if (l.alive) walkBridges(l, round, next);
		marked = next.filter((l) => l.alive);
	}

	let bagCount = 0;
	let bagTotal = 0;
	for (const bag of bags) {
		if (bag === undefined || bag.length === 0) continue;
		bagCount++;
		bagTotal += bag.length;
		if (bag.length > stats.maxBagSize) stats.maxBagSize = bag.length;
	}
	stats.labels = seq;
	stats.bags = bagCount;
	stats.meanBagSize = bagCount === 0 ? 0 : bagTotal / bagCount;
	stats.targetBagSize = targets.length;
	stats.coverCacheHits = costs.planner.hits;
	stats.coverCacheMisses = costs.planner.misses;
	stats.coverBudgetHits = costs.planner.budgetHits;
	stats.holdingsBytes = holdings.wordsUsed * 4;
	holdings.release();
	return { targets, stats };
}
