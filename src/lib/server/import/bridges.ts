import type { NetworkContent } from '$lib/schemas';
import { forEachOverlap } from './skill-overlap';

/** Jaccard overlap of essential skills at which two stations count as "sharing most skills". */
export const DEFAULT_BRIDGE_THRESHOLD = 0.5;
/**
 * O*NET rates every occupation on the same 68 generic skills and knowledge areas, so overlaps run
 * much higher than in ESCO's 13,900 specific skills; 0.5 would bridge ~20,000 pairs there.
 */
export const RECOMMENDED_BRIDGE_THRESHOLD: Readonly<Record<string, number>> = { esco: 0.5, onet: 0.7 };
/** Below this many shared essential skills an overlap is a coincidence, whatever the ratio. */
export const DEFAULT_BRIDGE_MIN_SHARED = 3;

export interface Bridge {
	from: string;
	to: string;
	/** Jaccard index of the two stations' essential skills, 0…1. */
	overlap: number;
}

/**
 * Bridges: pairs of stations that share most essential skills (Jaccard ≥ threshold) but no line.
 * Not stored: derived from the network on demand (the route service memoises it per snapshot), so
 * editing a station's skills or lines changes its bridges at once.
 *
 * A bridge is walkable both ways; each pair is returned once with `from` < `to` (by id), sorted by
 * `from` then `to`, so the result is the same for the same network.
 */
export function deriveBridges(
	content: Pick<NetworkContent, 'stations' | 'lines'>,
	threshold = DEFAULT_BRIDGE_THRESHOLD,
	options: { minShared?: number } = {}
): Bridge[] {
	if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`deriveBridges: threshold ${threshold} is not in (0, 1]`);
	const stations = [...content.stations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const essential = stations.map((s) => s.requires.filter((r) => r.essential).map((r) => r.skill));
	const linesAt = new Map<string, Set<string>>();
	for (const line of content.lines)
		for (const stop of line.stops) {
			const set = linesAt.get(stop.station) ?? new Set<string>();
			set.add(line.id);
			linesAt.set(stop.station, set);
		}
	const shareLine = (a: string, b: string) => {
		const la = linesAt.get(a);
		const lb = linesAt.get(b);
		if (!la || !lb) return false;
		for (const l of la) if (lb.has(l)) return true;
		return false;
	};
	const bridges: Bridge[] = [];
	forEachOverlap(
		essential,
		(a, b, shared) => {
			const overlap = shared / (essential[a]!.length + essential[b]!.length - shared);
			if (overlap < threshold) return;
			const from = stations[a]!.id;
			const to = stations[b]!.id;
			if (!shareLine(from, to)) bridges.push({ from, to, overlap });
		},
		options.minShared ?? DEFAULT_BRIDGE_MIN_SHARED
	);
	// forEachOverlap visits by `from`, but `to` order within one `from` follows skill order.
	return bridges.sort((x, y) => (x.from === y.from ? (x.to < y.to ? -1 : 1) : x.from < y.from ? -1 : 1));
}
