/*
 * What a traveller has learned so far on a route, as a sorted Int32Array of `item * 8 + level`
 * with one entry per item at its highest level. Sorted arrays make the two questions the search
 * asks cheap without a per-label bitmap of every skill in the network (13,900 at ESCO scale):
 * "what level does the traveller hold item i at" (binary search) and "does label A know at least
 * everything label B knows" (one merge walk). A 64-bit signature (two int32 words) rejects most
 * of the second question without walking.
 */

export const LEVEL_BITS = 3;
const LEVEL_MASK = (1 << LEVEL_BITS) - 1;

export function encode(item: number, level: number): number {
	return (item << LEVEL_BITS) | level;
}

export function itemOf(entry: number): number {
	return entry >> LEVEL_BITS;
}

export function levelOfEntry(entry: number): number {
	return entry & LEVEL_MASK;
}

/** Bit (0..63) an item sets in a signature; multiplicative hashing spreads neighbouring ids. */
export function signatureBit(item: number): number {
	return Math.imul(item, 0x9e3779b1) >>> 26;
}

/**
 * Level held for `item`, searching from index `from` on (callers asking in item order pass the
 * previous answer's position to keep the search range shrinking). Returns level | (position << 3).
 */
export function findLevel(learned: Int32Array, item: number, from: number): number {
	let lo = from;
	let hi = learned.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const it = learned[mid]! >> LEVEL_BITS;
		if (it < item) lo = mid + 1;
		else if (it > item) hi = mid - 1;
		else return (learned[mid]! & LEVEL_MASK) | (mid << LEVEL_BITS);
	}
	return lo << LEVEL_BITS;
}

/** Sorts entries and keeps one per item at its highest level. */
export function normalise(entries: number[]): Int32Array {
	entries.sort((a, b) => a - b);
	let n = 0;
	for (let i = 0; i < entries.length; i++) {
		const e = entries[i]!;
		if (n > 0 && itemOf(entries[n - 1]!) === itemOf(e)) entries[n - 1] = e;
		else entries[n++] = e;
	}
	return Int32Array.from(entries.slice(0, n));
}

/** Like normalise, for the first `count` entries of a scratch buffer (which it reorders). */
export function normaliseTyped(buffer: Int32Array, count: number): Int32Array {
	const view = buffer.subarray(0, count);
	view.sort();
	let n = 0;
	for (let i = 0; i < count; i++) {
		const e = view[i]!;
		if (n > 0 && itemOf(view[n - 1]!) === itemOf(e)) view[n - 1] = e;
		else view[n++] = e;
	}
	return view.slice(0, n);
}

/** Union of two learned sets, keeping the higher level of an item both hold. */
export function merge(a: Int32Array, b: Int32Array): Int32Array {
	if (b.length === 0) return a;
	if (a.length === 0) return b;
	const out = new Int32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		const ix = x >> LEVEL_BITS;
		const iy = y >> LEVEL_BITS;
		if (ix < iy) {
			out[n++] = x;
			i++;
		} else if (iy < ix) {
			out[n++] = y;
			j++;
		} else {
			out[n++] = x > y ? x : y;
			i++;
			j++;
		}
	}
	while (i < a.length) out[n++] = a[i++]!;
	while (j < b.length) out[n++] = b[j++]!;
	return n === out.length ? out : out.slice(0, n);
}

/** True when `a` holds every item of `b` at least at b's level. */
export function includes(a: Int32Array, b: Int32Array): boolean {
	if (b.length > a.length) return false;
	let i = 0;
	for (let j = 0; j < b.length; j++) {
		const y = b[j]!;
		const iy = y >> LEVEL_BITS;
		while (i < a.length && a[i]! >> LEVEL_BITS < iy) i++;
		if (i === a.length) return false;
		const x = a[i]!;
		if (x >> LEVEL_BITS !== iy || (x & LEVEL_MASK) < (y & LEVEL_MASK)) return false;
		// Each item appears once in a; the remaining b items are further on.
		if (a.length - i < b.length - j) return false;
	}
	return true;
}
