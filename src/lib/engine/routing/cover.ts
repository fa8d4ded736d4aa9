import { encode, itemOf, normaliseTyped, signatureBit } from './learned';
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
	/** Per missing requirement: the module that teaches it, or -1 when no visible module does. */
	readonly coveredBy: Int32Array;
	readonly hours: number;
	readonly price: number;
	/** Learned-set entries the hop adds (merged by highest level into what the traveller holds). */
	readonly gained: Int32Array;
	readonly sigLo: number;
	readonly sigHi: number;
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
 * so the cache turns most hops into a lookup.
 */
export class CoverPlanner {
	private readonly net: PreparedNetwork;
	private readonly organisation: number;
	/** Items that can still matter for the query; others are left out of learned sets. */
	private readonly relevant: Uint8Array | null;
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
	private ratio = new Float64Array(64);
	private heap = new Int32Array(64);
	private taken = new Uint8Array(64);
	private coverCount = new Int32Array(64);
	private chosen = new Int32Array(64);
	private gained = new Int32Array(256);
	hits = 0;
	misses = 0;

	constructor(net: PreparedNetwork, organisation: number, relevant: Uint8Array | null) {
		this.net = net;
		this.organisation = organisation;
		this.relevant = relevant;
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

	/** Greedy order: hours per newly covered requirement, then hours, then module id. */
	private before(a: number, b: number): boolean {
		const ra = this.ratio[a]!;
		const rb = this.ratio[b]!;
		if (ra !== rb) return ra < rb;
		const ma = this.candidates[a]!;
		const mb = this.candidates[b]!;
		const ha = this.net.moduleHours[ma]!;
		const hb = this.net.moduleHours[mb]!;
		return ha !== hb ? ha < hb : ma < mb;
	}

	private siftUp(size: number): void {
		const heap = this.heap;
		let i = size - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!this.before(heap[i]!, heap[parent]!)) break;
			const t = heap[i]!;
			heap[i] = heap[parent]!;
			heap[parent] = t;
			i = parent;
		}
	}

	private siftDown(size: number): void {
		const heap = this.heap;
		for (let i = 0; ; ) {
			const l = 2 * i + 1;
			const r = l + 1;
			let m = i;
			if (l < size && this.before(heap[l]!, heap[m]!)) m = l;
			if (r < size && this.before(heap[r]!, heap[m]!)) m = r;
			if (m === i) return;
			const t = heap[i]!;
			heap[i] = heap[m]!;
			heap[m] = t;
			i = m;
		}
	}

	private ensure(pairs: number, candidates: number, n: number): void {
		if (this.covers.length < pairs) {
			this.covers = new Int32Array(pairs * 2);
			this.pairJ = new Int32Array(pairs * 2);
			this.pairC = new Int32Array(pairs * 2);
		}
		if (this.ratio.length < candidates) {
			const size = candidates * 2;
			this.start = new Int32Array(size + 1);
			this.ratio = new Float64Array(size);
			this.heap = new Int32Array(size);
			this.taken = new Uint8Array(size);
			this.chosen = new Int32Array(size);
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
		if (this.candidates.length < pairs) this.candidates = new Int32Array(pairs * 2);
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
		const fill = this.heap; // borrowed as the fill cursor; the heap is built after
		for (let i = 0; i < c; i++) fill[i] = start[i]!;
		for (let p = 0; p < pairs; p++) covers[fill[this.pairC[p]!]!++] = this.pairJ[p]!;

		// Lazy greedy: a candidate's ratio only grows as others cover its requirements, so a
		// ratio computed earlier is a lower bound. Pop the best stale ratio, refresh it, and take
		// it if it still beats the next stale one — the same picks as re-scoring every candidate
		// each step, at a fraction of the work.
		const coverCount = this.coverCount;
		coverCount.fill(0, 0, n);
		const taken = this.taken;
		taken.fill(0, 0, c);
		let size = 0;
		for (let i = 0; i < c; i++) {
			this.ratio[i] = net.moduleHours[this.candidates[i]!]! / (start[i + 1]! - start[i]!);
			this.heap[size++] = i;
			this.siftUp(size);
		}
		let chosenCount = 0;
		while (size > 0) {
			const x = this.heap[0]!;
			let fresh = 0;
			for (let k = start[x]!; k < start[x + 1]!; k++) if (coverCount[covers[k]!] === 0) fresh++;
			if (fresh === 0) {
				this.heap[0] = this.heap[--size]!;
				this.siftDown(size);
				continue;
			}
			this.ratio[x] = net.moduleHours[this.candidates[x]!]! / fresh;
			this.siftDown(size);
			if (this.heap[0] !== x) continue; // no longer the best: re-queued by the sift
			this.heap[0] = this.heap[--size]!;
			this.siftDown(size);
			taken[x] = 1;
			this.chosen[chosenCount++] = x;
			for (let k = start[x]!; k < start[x + 1]!; k++) coverCount[covers[k]!]!++;
		}

		// Drop modules whose requirements other chosen modules cover too, dearest first, so the
		// greedy's early broad picks do not leave an expensive module doing nothing.
		const chosen = Array.from(this.chosen.subarray(0, chosenCount));
		chosen.sort(
			(a, b) =>
				net.moduleHours[this.candidates[b]!]! - net.moduleHours[this.candidates[a]!]! ||
				this.candidates[b]! - this.candidates[a]!
		);
		let kept = 0;
		for (const x of chosen) {
			let redundant = true;
			for (let k = start[x]!; k < start[x + 1]! && redundant; k++) redundant = coverCount[covers[k]!]! > 1;
			if (redundant) {
				taken[x] = 0;
				for (let k = start[x]!; k < start[x + 1]!; k++) coverCount[covers[k]!]!--;
			} else kept++;
		}
		const modules = new Int32Array(kept);
		kept = 0;
		for (const x of chosen) if (taken[x]) modules[kept++] = this.candidates[x]!;
		modules.sort();

		const coveredBy = new Int32Array(n).fill(-1);
		let hours = 0;
		let price = 0;
		let room = n;
		for (const m of modules) room += net.teachStart[m + 1]! - net.teachStart[m]!;
		if (this.gained.length < room) this.gained = new Int32Array(room * 2);
		const gained = this.gained;
		let g = 0;
		const relevant = this.relevant;
		for (const m of modules) {
			hours += net.moduleHours[m]!;
			price += net.modulePrice[m]!;
			for (let k = net.teachStart[m]!; k < net.teachStart[m + 1]!; k++) {
				const item = net.teachItem[k]!;
				if (relevant === null || relevant[item]) gained[g++] = encode(item, net.teachLevel[k]!);
			}
		}
		for (let j = 0; j < n; j++) {
			const slot = missing[j]!;
			const item = net.reqItem[slot]!;
			// Taught or learned on the job: either way the traveller holds it after the hop.
			if (relevant === null || relevant[item]) gained[g++] = encode(item, net.reqLevel[slot]!);
			// The lowest-id chosen module that teaches it (modules per item are in id order).
			for (let k = net.itemModuleStart[item]!; k < net.itemModuleStart[item + 1]!; k++) {
				const m = net.itemModule[k]!;
				if (
					net.itemModuleLevel[k]! >= net.reqLevel[slot]! &&
					this.stamp[m] === epoch &&
					taken[this.slotOf[m]!] === 1
				) {
					coveredBy[j] = m;
					break;
				}
			}
		}
		const gainedSet = normaliseTyped(gained, g);
		let sigLo = 0;
		let sigHi = 0;
		for (let i = 0; i < gainedSet.length; i++) {
			const bit = signatureBit(itemOf(gainedSet[i]!));
			if (bit < 32) sigLo |= 1 << bit;
			else sigHi |= 1 << (bit - 32);
		}
		return { station, missing, modules, coveredBy, hours, price, gained: gainedSet, sigLo, sigHi };
	}
}
