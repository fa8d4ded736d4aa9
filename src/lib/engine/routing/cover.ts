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

/** Module a before module b in "dearest first" order: more hours, then higher id. */
function dearer(net: PreparedNetwork, a: number, b: number): boolean {
	const ha = net.moduleHours[a]!;
	const hb = net.moduleHours[b]!;
	return ha !== hb ? ha > hb : a > b;
}

/**
 * Greedy weighted set cover over the modules visible to one traveller, with a cache.
 *
 * Why greedy: the exact minimum-hours cover is NP-hard; greedy by hours per newly covered
 * requirement is within a ln(n) factor and, followed by dropping modules another chosen module
 * makes redundant, is what a human advisor would pick on real module catalogues.
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
	private readonly cache = new Map<number, Cover[]>();
	// Scratch buffers, reused by every computation (a cover is computed for most hops, and
	// allocating a dozen small arrays each time cost more than the greedy itself).
	private readonly stamp: Int32Array;
	private readonly slotOf: Int32Array;
	private epoch = 0;
	private candidates = new Int32Array(64);
	private start = new Int32Array(65);
	private covers = new Int32Array(64);
	private pairJ = new Int32Array(64);
	private pairC = new Int32Array(64);
	private fill = new Int32Array(64);
	private taken = new Uint8Array(64);
	private coverCount = new Int32Array(64);
	private chosen = new Int32Array(64);
	private gained = new Int32Array(256);
	hits = 0;
	misses = 0;

	constructor(net: PreparedNetwork, organisation: number) {
		this.net = net;
		this.organisation = organisation;
		this.stamp = new Int32Array(net.moduleIds.length);
		this.slotOf = new Int32Array(net.moduleIds.length);
	}

	/** `missing` holds `count` requirement slots of `station`, ascending; it may be a scratch buffer. */
	cover(station: number, missing: Int32Array, count: number): Cover {
		let h = station | 0;
		for (let i = 0; i < count; i++) h = (Math.imul(h, 0x01000193) ^ missing[i]!) | 0;
		const bucket = this.cache.get(h);
		if (bucket !== undefined) {
			for (const c of bucket) {
				if (c.station !== station || c.missing.length !== count) continue;
				let same = true;
				for (let i = 0; i < count && same; i++) same = c.missing[i] === missing[i];
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
		if (this.covers.length < pairs) {
			this.covers = new Int32Array(pairs * 2);
			this.pairJ = new Int32Array(pairs * 2);
			this.pairC = new Int32Array(pairs * 2);
		}
		if (this.taken.length < candidates) {
			const size = candidates * 2;
			this.start = new Int32Array(size + 1);
			this.fill = new Int32Array(size);
			this.taken = new Uint8Array(size);
			this.chosen = new Int32Array(size);
			this.candidates = new Int32Array(size);
		}
		if (this.coverCount.length < n) this.coverCount = new Int32Array(n * 2);
	}

	private compute(station: number, missing: Int32Array): Cover {
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
		for (let j = 0; j < n; j++) {
			const slot = missing[j]!;
			const item = net.reqItem[slot]!;
			const need = net.reqLevel[slot]!;
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
				pairs++;
			}
		}
		// Per candidate (CSR): the missing requirements it would cover.
		const start = this.start;
		const covers = this.covers;
		start.fill(0, 0, c + 1);
		for (let p = 0; p < pairs; p++) start[this.pairC[p]! + 1]!++;
		for (let i = 0; i < c; i++) start[i + 1]! += start[i]!;
		const fill = this.fill;
		for (let i = 0; i < c; i++) fill[i] = start[i]!;
		for (let p = 0; p < pairs; p++) covers[fill[this.pairC[p]!]!++] = this.pairJ[p]!;

		// Greedy: repeatedly take the module with the fewest hours per requirement it newly
		// covers (ties: fewer hours, then lower id). Work is rounds × pairs; both are small
		// (a station misses tens of skills, each taught by a handful of modules).
		const coverCount = this.coverCount;
		coverCount.fill(0, 0, n);
		const taken = this.taken;
		taken.fill(0, 0, c);
		const candidates = this.candidates;
		const chosen = this.chosen;
		let chosenCount = 0;
		for (;;) {
			let best = -1;
			let bestRatio = Infinity;
			let bestHours = Infinity;
			for (let x = 0; x < c; x++) {
				if (taken[x]) continue;
				let fresh = 0;
				for (let k = start[x]!; k < start[x + 1]!; k++) if (coverCount[covers[k]!] === 0) fresh++;
				if (fresh === 0) continue;
				const hours = net.moduleHours[candidates[x]!]!;
				const ratio = hours / fresh;
				if (
					ratio < bestRatio ||
					(ratio === bestRatio && (hours < bestHours || (hours === bestHours && candidates[x]! < candidates[best]!)))
				) {
					best = x;
					bestRatio = ratio;
					bestHours = hours;
				}
			}
			if (best === -1) break;
			taken[best] = 1;
			chosen[chosenCount++] = best;
			for (let k = start[best]!; k < start[best + 1]!; k++) coverCount[covers[k]!]!++;
		}

		// Drop modules whose requirements other chosen modules cover too, dearest first (ties:
		// higher id first), so the greedy's early broad picks do not leave an expensive module
		// doing nothing. Insertion sort: a hop takes a handful of modules.
		for (let i = 1; i < chosenCount; i++) {
			const x = chosen[i]!;
			let j = i - 1;
			while (j >= 0 && dearer(net, candidates[x]!, candidates[chosen[j]!]!)) {
				chosen[j + 1] = chosen[j]!;
				j--;
			}
			chosen[j + 1] = x;
		}
		let kept = 0;
		for (let i = 0; i < chosenCount; i++) {
			const x = chosen[i]!;
			let redundant = true;
			for (let k = start[x]!; k < start[x + 1]! && redundant; k++) redundant = coverCount[covers[k]!]! > 1;
			if (redundant) {
				taken[x] = 0;
				for (let k = start[x]!; k < start[x + 1]!; k++) coverCount[covers[k]!]!--;
			} else kept++;
		}
		const modules = new Int32Array(kept);
		kept = 0;
		for (let i = 0; i < chosenCount; i++) if (taken[chosen[i]!]) modules[kept++] = candidates[chosen[i]!]!;
		modules.sort();

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
		const gainedSet = gained.slice(0, g);
		let estimatedHours = 0;
		for (let j = 0; j < n; j++) if (coverCount[j] === 0) estimatedHours += net.itemHours[net.reqItem[missing[j]!]!]!;
		hours += estimatedHours;
		return { station, missing, modules, hours, price, estimatedHours, gained: gainedSet };
	}
}
