import { encode } from './learned';
import type { PreparedNetwork } from './network';

/**
 * How one hop's missing requirements are covered. Shared between every label that arrives at
 * the same station missing the same requirements, so it is immutable.
 */
export interface Cover {
	readonly station: number;
	/** The requirement slots (indexes into `reqItem`) the traveller misses, ascending. */
	readonly missing: Int32Array;
	/** Modules to take, ascending index (= by id). */
	readonly modules: Int32Array;
	readonly hours: number;
	readonly price: number;
	/** Part of `hours` that is estimated: missing skills no chosen module teaches, at their estimate. */
	readonly estimatedHours: number;
	/** What the traveller holds after the hop on top of before, as `encode(item, level)`. */
	readonly gained: Int32Array;
}

/** Module a before module b in "dearest first" order: more hours, then dearer, then higher id. */
function dearer(net: PreparedNetwork, a: number, b: number): boolean {
	const ha = net.moduleHours[a]!;
	const hb = net.moduleHours[b]!;
	if (ha !== hb) return ha > hb;
	const pa = net.modulePrice[a]!;
	const pb = net.modulePrice[b]!;
	return pa !== pb ? pa > pb : a > b;
}

/** Equal up to float noise: sums of the same hours in another order may differ in the last bit. */
function same(x: number, y: number): boolean {
	return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Equally cheap covers kept per hop; more would multiply labels for differences that rarely matter. */
export const COVER_TIES = 4;
/** Search steps of the exact cover before it settles for the best cover found so far. */
export const COVER_STEPS = 4000;

/**
 * The cheapest module cover of a hop's missing requirements, over the modules visible to one
 * traveller, with a cache.
 *
 * The rule: the fewest study hours, then the least money; among covers equal in both, up to
 * COVER_TIES are kept (ordered by module ids) and the search tries each, so a module a later
 * hop also needs is preferred when it costs no more. Requirements no visible module teaches
 * are left uncovered ("learned on the job / not taught anywhere").
 *
 * How: a greedy cover (fewest hours per newly covered requirement; ties by hours, money, id;
 * then modules other chosen ones make redundant are dropped) gives a first bound, and a
 * branch-and-bound search over the modules of the requirement with the fewest teachers finds
 * the exact cheapest covers. A hop misses tens of requirements, each taught by a handful of
 * modules, so the search is small; should it take more than COVER_STEPS steps it keeps the
 * best covers found so far (counted in `budgetHits`; never on the seed network).
 *
 * Why cache by (station, missing requirements): the cover does not depend on the rest of the
 * learned set — a module taken earlier on the route taught its skills, so whatever it could
 * cover is no longer missing and it can never be chosen (or paid) again. Many labels reach a
 * station missing the same requirements (typically all of them, or all but the shared core),
 * so the cache turns many hops into a lookup. It lives for one query: kept across queries it
 * raised the hit rate but not the speed measurably, for tens of MB held per network version.
 */
export class CoverPlanner {
	private readonly net: PreparedNetwork;
	private readonly organisation: number;
	private readonly cache = new Map<number, Cover[][]>();
	// Scratch buffers, reused by every computation (a cover is computed for most hops, and
	// allocating a dozen small arrays each time cost more than the search itself).
	private readonly stamp: Int32Array;
	private readonly slotOf: Int32Array;
	private epoch = 0;
	private candidates = new Int32Array(64);
	private start = new Int32Array(65);
	private candReq = new Int32Array(64);
	private pairJ = new Int32Array(64);
	private pairC = new Int32Array(64);
	private fill = new Int32Array(64);
	private taken = new Uint8Array(64);
	private excluded = new Uint8Array(64);
	private coverCount = new Int32Array(64);
	private chosen = new Int32Array(64);
	/** Candidates per requirement (CSR over `reqStartJ`), cheapest first. */
	private reqStartJ = new Int32Array(65);
	private reqCand = new Int32Array(64);
	private gained = new Int32Array(256);
	hits = 0;
	misses = 0;
	budgetHits = 0;

	constructor(net: PreparedNetwork, organisation: number) {
		this.net = net;
		this.organisation = organisation;
		this.stamp = new Int32Array(net.moduleIds.length);
		this.slotOf = new Int32Array(net.moduleIds.length);
	}

	/** The cheapest cover; `missing` holds `count` requirement slots of `station`, ascending. */
	cover(station: number, missing: Int32Array, count: number): Cover {
		return this.covers_(station, missing, count)[0]!;
	}

	/** The cheapest cover first, then the other covers of the same hours and money (at most COVER_TIES in all). */
	covers(station: number, missing: Int32Array, count: number): readonly Cover[] {
		return this.covers_(station, missing, count);
	}

	private covers_(station: number, missing: Int32Array, count: number): Cover[] {
		let h = station | 0;
		for (let i = 0; i < count; i++) h = (Math.imul(h, 0x01000193) ^ missing[i]!) | 0;
		const bucket = this.cache.get(h);
		if (bucket !== undefined) {
			for (const c of bucket) {
				const first = c[0]!;
				if (first.station !== station || first.missing.length !== count) continue;
				let same = true;
				for (let i = 0; i < count && same; i++) same = first.missing[i] === missing[i];
				if (same) {
					this.hits++;
					return c;
				}
			}
		}
		this.misses++;
		const c = this.compute(station, missing.slice(0, count));
		if (bucket === undefined) this.cache.set(h, [c]);
		else bucket.push(c);
		return c;
	}

	private ensure(pairs: number, candidates: number, n: number): void {
		if (this.candReq.length < pairs) {
			this.candReq = new Int32Array(pairs * 2);
			this.pairJ = new Int32Array(pairs * 2);
			this.pairC = new Int32Array(pairs * 2);
			this.reqCand = new Int32Array(pairs * 2);
		}
		if (this.taken.length < candidates) {
			const size = candidates * 2;
			this.start = new Int32Array(size + 1);
			this.fill = new Int32Array(size);
			this.taken = new Uint8Array(size);
			this.excluded = new Uint8Array(size);
			this.chosen = new Int32Array(size);
			this.candidates = new Int32Array(size);
		}
		if (this.coverCount.length < n) {
			this.coverCount = new Int32Array(n * 2);
			this.reqStartJ = new Int32Array(n * 2 + 1);
		}
	}

	private compute(station: number, missing: Int32Array): Cover[] {
		const net = this.net;
		const n = missing.length;
		const org = this.organisation;
		const epoch = ++this.epoch;

		// Candidate modules and (missing requirement, candidate) pairs.
		let pairs = 0;
		let c = 0;
		for (let j = 0; j < n; j++) {
			const slot = missing[j]!;
			const item = net.reqItem[slot]!;
			pairs += net.itemModuleStart[item + 1]! - net.itemModuleStart[item]!;
		}
		this.ensure(pairs, pairs, n);
		pairs = 0;
		const reqStartJ = this.reqStartJ;
		const reqCand = this.reqCand;
		for (let j = 0; j < n; j++) {
			const slot = missing[j]!;
			const item = net.reqItem[slot]!;
			const need = net.reqLevel[slot]!;
			reqStartJ[j] = pairs;
			for (let k = net.itemModuleStart[item]!; k < net.itemModuleStart[item + 1]!; k++) {
				if (net.itemModuleLevel[k]! < need) continue;
				const m = net.itemModule[k]!;
				const mo = net.moduleOrg[m]!;
				if (mo !== -1 && mo !== org) continue;
				if (this.stamp[m] !== epoch) {
					this.stamp[m] = epoch;
					this.slotOf[m] = c;
					this.candidates[c++] = m;
				}
				this.pairJ[pairs] = j;
				this.pairC[pairs] = this.slotOf[m]!;
				reqCand[pairs] = this.slotOf[m]!;
				pairs++;
			}
		}
		reqStartJ[n] = pairs;
		const candidates = this.candidates;
		// Each requirement's candidates cheapest first, so the exact search meets good covers early.
		for (let j = 0; j < n; j++) {
			for (let a = reqStartJ[j]! + 1; a < reqStartJ[j + 1]!; a++) {
				const x = reqCand[a]!;
				let b = a - 1;
				while (b >= reqStartJ[j]! && dearer(net, candidates[reqCand[b]!]!, candidates[x]!)) {
					reqCand[b + 1] = reqCand[b]!;
					b--;
				}
				reqCand[b + 1] = x;
			}
		}
		// Per candidate (CSR): the missing requirements it would cover.
		const start = this.start;
		const covers = this.candReq;
		start.fill(0, 0, c + 1);
		for (let p = 0; p < pairs; p++) start[this.pairC[p]! + 1]!++;
		for (let i = 0; i < c; i++) start[i + 1]! += start[i]!;
		const fill = this.fill;
		for (let i = 0; i < c; i++) fill[i] = start[i]!;
		for (let p = 0; p < pairs; p++) covers[fill[this.pairC[p]!]!++] = this.pairJ[p]!;

		// Greedy: repeatedly take the module with the fewest hours per requirement it newly
		// covers (ties: fewer hours, less money, lower id). Its cost bounds the exact search.
		const coverCount = this.coverCount;
		coverCount.fill(0, 0, n);
		const taken = this.taken;
		taken.fill(0, 0, c);
		const chosen = this.chosen;
		let chosenCount = 0;
		for (;;) {
			let best = -1;
			let bestRatio = Infinity;
			for (let x = 0; x < c; x++) {
				if (taken[x]) continue;
				let fresh = 0;
				for (let k = start[x]!; k < start[x + 1]!; k++) if (coverCount[covers[k]!] === 0) fresh++;
				if (fresh === 0) continue;
				const ratio = net.moduleHours[candidates[x]!]! / fresh;
				if (ratio < bestRatio || (ratio === bestRatio && dearer(net, candidates[best]!, candidates[x]!))) {
					best = x;
					bestRatio = ratio;
				}
			}
			if (best === -1) break;
			taken[best] = 1;
			chosen[chosenCount++] = best;
			for (let k = start[best]!; k < start[best + 1]!; k++) coverCount[covers[k]!]!++;
		}
		// Drop modules whose requirements other chosen modules cover too, dearest first.
		for (let i = 1; i < chosenCount; i++) {
			const x = chosen[i]!;
			let j = i - 1;
			while (j >= 0 && dearer(net, candidates[x]!, candidates[chosen[j]!]!)) {
				chosen[j + 1] = chosen[j]!;
				j--;
			}
			chosen[j + 1] = x;
		}
		let bestHours = 0;
		let bestPrice = 0;
		const greedy: number[] = [];
		for (let i = 0; i < chosenCount; i++) {
			const x = chosen[i]!;
			let redundant = true;
			for (let k = start[x]!; k < start[x + 1]! && redundant; k++) redundant = coverCount[covers[k]!]! > 1;
			if (redundant) {
				for (let k = start[x]!; k < start[x + 1]!; k++) coverCount[covers[k]!]!--;
			} else {
				greedy.push(candidates[x]!);
				bestHours += net.moduleHours[candidates[x]!]!;
				bestPrice += net.modulePrice[candidates[x]!]!;
			}
		}
		let best: number[][] = [greedy.sort((a, b) => a - b)];

		// Exact: branch on the uncovered requirement with the fewest usable candidates, taking
		// each of them in turn and excluding the ones tried before (so every set is met once).
		coverCount.fill(0, 0, n);
		const excluded = this.excluded;
		excluded.fill(0, 0, c);
		let left = 0;
		for (let j = 0; j < n; j++) if (reqStartJ[j + 1]! > reqStartJ[j]!) left++;
		const stack: number[] = [];
		let steps = 0;
		let stopped = false;
		const record = (hours: number, price: number) => {
			const set = stack.map((x) => candidates[x]!).sort((a, b) => a - b);
			const better = hours < bestHours && !same(hours, bestHours);
			const tie = same(hours, bestHours);
			if (better || (tie && price < bestPrice && !same(price, bestPrice))) {
				bestHours = hours;
				bestPrice = price;
				best = [set];
			} else if (tie && same(price, bestPrice) && !best.some((b) => b.length === set.length && b.every((m, i) => m === set[i]))) {
				best.push(set);
			}
		};
		const dfs = (hours: number, price: number): void => {
			if (++steps > COVER_STEPS) {
				stopped = true;
				return;
			}
			if (left === 0) {
				record(hours, price);
				return;
			}
			let pick = -1;
			let fewest = Infinity;
			let bound = 0;
			for (let j = 0; j < n; j++) {
				if (coverCount[j] !== 0 || reqStartJ[j + 1] === reqStartJ[j]) continue;
				let usable = 0;
				let cheapest = Infinity;
				for (let a = reqStartJ[j]!; a < reqStartJ[j + 1]!; a++) {
					const x = reqCand[a]!;
					if (excluded[x]) continue;
					usable++;
					cheapest = Math.min(cheapest, net.moduleHours[candidates[x]!]!);
				}
				if (usable === 0) return;
				bound = Math.max(bound, cheapest);
				if (usable < fewest) {
					fewest = usable;
					pick = j;
				}
			}
			if (hours + bound > bestHours && !same(hours + bound, bestHours)) return;
			const tried: number[] = [];
			for (let a = reqStartJ[pick]!; a < reqStartJ[pick + 1]! && !stopped; a++) {
				const x = reqCand[a]!;
				if (excluded[x]) continue;
				for (let k = start[x]!; k < start[x + 1]!; k++) if (coverCount[covers[k]!]!++ === 0) left--;
				stack.push(x);
				const m = candidates[x]!;
				dfs(hours + net.moduleHours[m]!, price + net.modulePrice[m]!);
				stack.pop();
				for (let k = start[x]!; k < start[x + 1]!; k++) if (--coverCount[covers[k]!]! === 0) left++;
				excluded[x] = 1;
				tried.push(x);
			}
			for (const x of tried) excluded[x] = 0;
		};
		dfs(0, 0);
		if (stopped) this.budgetHits++;

		best.sort((a, b) => {
			for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
			return a.length - b.length;
		});
		return best.slice(0, COVER_TIES).map((set) => this.coverOf(station, missing, Int32Array.from(set)));
	}

	private coverOf(station: number, missing: Int32Array, modules: Int32Array): Cover {
		const net = this.net;
		const n = missing.length;
		let hours = 0;
		let price = 0;
		let room = n;
		for (const m of modules) room += net.teachStart[m + 1]! - net.teachStart[m]!;
		if (this.gained.length < room) this.gained = new Int32Array(room * 2);
		const gained = this.gained;
		let g = 0;
		for (const m of modules) {
			hours += net.moduleHours[m]!;
			price += net.modulePrice[m]!;
			for (let k = net.teachStart[m]!; k < net.teachStart[m + 1]!; k++) {
				gained[g++] = encode(net.teachItem[k]!, net.teachLevel[k]!);
			}
		}
		for (let j = 0; j < n; j++) {
			const slot = missing[j]!;
			const item = net.reqItem[slot]!;
			// Taught or learned on the job: either way the traveller holds it after the hop.
			gained[g++] = encode(item, net.reqLevel[slot]!);
		}
		// A requirement no chosen module teaches is learned on the job; where the network estimates
		// the effort of a skill (the real taxonomies have no modules), its hours count as study.
		let estimatedHours = 0;
		for (let j = 0; j < n; j++) {
			const slot = missing[j]!;
			const item = net.reqItem[slot]!;
			const need = net.reqLevel[slot]!;
			let taught = false;
			for (const m of modules) {
				for (let k = net.teachStart[m]!; k < net.teachStart[m + 1]! && !taught; k++) taught = net.teachItem[k] === item && net.teachLevel[k]! >= need;
				if (taught) break;
			}
			if (!taught) estimatedHours += net.itemHours[item]!;
		}
		hours += estimatedHours;
		return { station, missing, modules, hours, price, estimatedHours, gained: gained.slice(0, g) };
	}
}
