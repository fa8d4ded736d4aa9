/*
 * Which stations a partial route has passed. Routes are simple paths, so every extension asks
 * "was this station passed already?"; a label keeps a 64-bit Bloom filter of its stations so
 * the answer is one bit test unless the bit is set, and only then walks the parent chain.
 */

/** What a label needs for the check: its station, its parent and the filter. */
export interface Trail {
	readonly station: number;
	readonly parent: Trail | null;
	readonly seenLo: number;
	readonly seenHi: number;
}

/** Bit (0..63) a station sets in the filter. */
export function seenBit(station: number): number {
	return Math.imul(station, 0x9e3779b1) >>> 26;
}

/** True when the route ending at `l` has passed `station` (or stands at it). */
export function passed(l: Trail, station: number): boolean {
	const bit = seenBit(station);
	if (bit < 32 ? (l.seenLo & (1 << bit)) === 0 : (l.seenHi & (1 << (bit - 32))) === 0) return false;
	for (let at: Trail | null = l; at !== null; at = at.parent) if (at.station === station) return true;
	return false;
}
