import type { PreparedNetwork } from './network';

/*
 * What a traveller holds at each label: a set of (skill or certificate, level). Every label needs
 * one, and the search asks two questions thousands of times per query: "does the traveller hold
 * item i at level ≥ L" and "does label A hold at least everything label B holds". So a holding
 * is a bitset with one bit per (item, level) that some station on a possible route requires —
 * the thresholds that can matter to this query. Holding an item at level v sets the bits of its
 * thresholds ≤ v. Then the first question is one bit test, the second a word-by-word subset
 * check, and a label that learns something copies its parent's holding and sets a few bits.
 * (One bit per threshold rather than a bitmap of all 13,900 skills × 5 levels keeps a holding
 * at a few hundred bytes on ESCO-sized networks.)
 *
 * All holdings of one query live in one growing Uint32Array, so creating a label allocates
 * nothing; a label that learns nothing shares its parent's holding. The array is handed from
 * one query to the next (queries run one at a time: planning is synchronous): freshly mapped
 * memory costs a page fault per 4 KB on first touch, which on a virtual machine made the first
 * write to a new arena slower than all the routing it served.
 */

/** Arenas up to this size (32 MB) are kept for the next query; bigger ones are let go. */
const KEEP_WORDS = 8 * 1024 * 1024;
let spare: Uint32Array | null = null;

function takeArena(words: number): Uint32Array {
	if (spare !== null && spare.length >= words) {
		const arena = spare;
		spare = null;
		return arena;
	}
	return new Uint32Array(words);
}

function keepArena(arena: Uint32Array): void {
	if (arena.length <= KEEP_WORDS && (spare === null || arena.length > spare.length)) spare = arena;
}

export class Holdings {
	/** Item index → local item index, or -1 for items no station on a possible route requires. */
	readonly local: Int32Array;
	/** Thresholds per local item (CSR), ascending level, with their bit. */
	private readonly thresholdStart: Int32Array;
	private readonly thresholdLevel: Uint8Array;
	readonly stride: number;
	private data: Uint32Array;
	private used = 0;
	/** Holdings stop being handed out beyond this many words (the search then truncates). */
	readonly maxWords: number;

	/**
	 * @param stations stations a route of this query may pass (1) or not (0)
	 * @param includeOptional whether optional requirements are charged (and so matter)
	 * @param costly items whose holding can change what a hop costs (1) or not (0); null: all
	 *   can. Holding an item nothing charges for then keeps no labels apart.
	 */
	constructor(net: PreparedNetwork, stations: Uint8Array, includeOptional: boolean, maxWords: number, costly: Uint8Array | null = null) {
		const itemCount = net.itemIds.length;
		// Levels required per item, as a 5-bit mask; work proportional to the stations in play.
		const levels = new Uint8Array(itemCount);
		const touched: number[] = [];
		for (let s = 0; s < stations.length; s++) {
			if (!stations[s]) continue;
			for (let r = net.reqStart[s]!; r < net.reqStart[s + 1]!; r++) {
				if (!includeOptional && !net.reqEssential[r]) continue;
				const item = net.reqItem[r]!;
				if (costly !== null && !costly[item]) continue;
				if (levels[item] === 0) touched.push(item);
				levels[item]! |= 1 << (net.reqLevel[r]! - 1);
			}
		}
		const items = Int32Array.from(touched).sort();
		this.local = new Int32Array(itemCount).fill(-1);
		this.thresholdStart = new Int32Array(items.length + 1);
		const thresholdLevel: number[] = [];
		items.forEach((item, i) => {
			this.local[item] = i;
			const mask = levels[item]!;
			for (let level = 1; level <= 5; level++) if (mask & (1 << (level - 1))) thresholdLevel.push(level);
			this.thresholdStart[i + 1] = thresholdLevel.length;
		});
		this.thresholdLevel = Uint8Array.from(thresholdLevel);
		this.stride = Math.max(1, (thresholdLevel.length + 31) >>> 5);
		this.maxWords = maxWords;
		this.data = takeArena(Math.min(maxWords, this.stride * 256));
	}

	get wordsUsed(): number {
		return this.used;
	}

	/** True while another holding fits in the budget. */
	get hasRoom(): boolean {
		return this.used + this.stride <= this.maxWords;
	}

	/** Gives the arena back for the next query; the holdings must not be used after this. */
	release(): void {
		keepArena(this.data);
		this.data = new Uint32Array(0);
		this.used = 0;
	}

	/** A new holding: empty, or a copy of `from`. Returns its offset. */
	create(from = -1): number {
		if (this.used + this.stride > this.data.length) {
			const bigger = takeArena(Math.max(this.data.length * 2, this.used + this.stride));
			bigger.set(this.data.subarray(0, this.used));
			keepArena(this.data);
			this.data = bigger;
		}
		const at = this.used;
		this.used += this.stride;
		// The arena is reused, so a new holding is cleared rather than assumed zero.
		if (from >= 0) this.data.copyWithin(at, from, from + this.stride);
		else this.data.fill(0, at, at + this.stride);
		return at;
	}

	/** Records a local item held at `level`: every threshold up to that level is met. */
	add(at: number, item: number, level: number): void {
		for (let t = this.thresholdStart[item]!; t < this.thresholdStart[item + 1]!; t++) {
			if (this.thresholdLevel[t]! > level) return;
			this.data[at + (t >>> 5)]! |= 1 << (t & 31);
		}
	}

	/** True when the holding has a local item at `level` or higher. */
	has(at: number, item: number, level: number): boolean {
		// The lowest threshold at or above `level` (levels asked for are thresholds themselves).
		for (let t = this.thresholdStart[item]!; t < this.thresholdStart[item + 1]!; t++)
			if (this.thresholdLevel[t]! >= level) return (this.data[at + (t >>> 5)]! & (1 << (t & 31))) !== 0;
		return false;
	}

	/** True when holding `a` has every item of `b` at least at b's level. */
	includes(a: number, b: number): boolean {
		if (a === b) return true;
		const data = this.data;
		for (let w = 0; w < this.stride; w++) if ((data[b + w]! & ~data[a + w]!) !== 0) return false;
		return true;
	}
}

/** Learned-set entries as `local item * 8 + level`. */
export const LEVEL_BITS = 3;

export function encode(item: number, level: number): number {
	return (item << LEVEL_BITS) | level;
}

export function itemOf(entry: number): number {
	return entry >> LEVEL_BITS;
}

export function levelOfEntry(entry: number): number {
	return entry & ((1 << LEVEL_BITS) - 1);
}

/** Bit (0..63) an item sets in a label's 64-bit signature; multiplicative hashing spreads ids. */
export function signatureBit(item: number): number {
	return Math.imul(item, 0x9e3779b1) >>> 26;
}
