import { paysLess, type PreparedNetwork } from './network';

/*
 * Transfer counting without costs: how many transfers a traveller needs at least, ignoring
 * skills, months and money. The search uses the backward form as a lower bound to drop labels
 * that can no longer reach the destination within maxTransfers (exact pruning: it never drops a
 * label that could), and both forms to leave skills of stations no route can pass out of
 * learned sets. The forward form also explains an empty answer (unreachable, avoided, via …).
 *
 * Two arrival modes, because a bridge changes what the next move costs: after riding a line,
 * boarding another costs a transfer; after walking a bridge (or at the start) the transfer is
 * already counted, so boarding is free. Bridges may follow each other, each one a transfer.
 *
 * Setbacks: a station paying more than the destination is passed as if avoided (the caller
 * puts it in `avoidStation`), and without `allowPayCuts` a hop to a station paying less than
 * the one before is not taken, on a line or a bridge.
 *
 * Both forms run in layers by transfer count (a breadth-first search, like RAPTOR rounds), so
 * a query touches only the part of the network within reach instead of sweeping every line.
 */

export const FAR = 255;

export interface ReachOptions {
	readonly avoidStation: Uint8Array | null;
	readonly avoidLine: Uint8Array | null;
	readonly allowBackwards: boolean;
	/** Pay per station (and how far it may be off) when pay cuts are not allowed; null when they are. */
	readonly noPayCuts: Pick<PreparedNetwork, 'salary' | 'salaryMargin'> | null;
	/** Counts above this are as good as unreachable; keeps the layers few. */
	readonly cap: number;
}

/** Transfers still needed to reach one target, per station and per arrival mode. */
export interface Need {
	/** Arrived by riding a line: boarding another costs a transfer. */
	readonly ride: Uint8Array;
	/** Arrived by a bridge or standing at the start: the next boarding is free. */
	readonly free: Uint8Array;
}

function usable(mask: Uint8Array | null, i: number): boolean {
	return mask === null || mask[i] === 0;
}

/** True when moving from a to b is a pay cut the options forbid (unknown pay never is). */
export function forbiddenCut(pay: ReachOptions['noPayCuts'], a: number, b: number): boolean {
	return pay !== null && paysLess(pay, a, b);
}

/** Backward layers: the fewest transfers from each station to `target`. */
export function transfersTo(net: PreparedNetwork, target: number, opts: ReachOptions): Need {
	const n = net.stationIds.length;
	const ride = new Uint8Array(n).fill(FAR);
	const free = new Uint8Array(n).fill(FAR);
	const cap = Math.min(opts.cap, FAR - 1);
	const { avoidStation, avoidLine } = opts;
	if (!usable(avoidStation, target)) return { ride, free };
	ride[target] = 0;
	free[target] = 0;
	// rideLayer: stations whose `ride` was set to the previous count; freeLayer likewise for `free`.
	let rideLayer = [target];
	let freeLayer = [target];
	for (let r = 1; r <= cap && (rideLayer.length > 0 || freeLayer.length > 0); r++) {
		const nextRide: number[] = [];
		const sameFree: number[] = [];
		// A traveller boarding before y on a line through y, and riding to y, needs r-1 more after
		// a free boarding and r after a ride.
		for (const y of rideLayer) {
			for (let i = net.stationSlotStart[y]!; i < net.stationSlotStart[y + 1]!; i++) {
				const slot = net.stationSlot[i]!;
				const line = net.stopLine[slot]!;
				if (!usable(avoidLine, line)) continue;
				const lo = net.lineStart[line]!;
				const hi = net.lineStart[line + 1]! - 1;
				for (let dir = 1; dir >= -1; dir -= 2) {
					if (dir === -1 && !opts.allowBackwards) break;
					for (let s = slot - dir; s >= lo && s <= hi; s -= dir) {
						const x = net.stopStation[s]!;
						if (!usable(avoidStation, x) || forbiddenCut(opts.noPayCuts, x, net.stopStation[s + dir]!)) break;
						if (free[x]! > r - 1) {
							free[x] = r - 1;
							sameFree.push(x);
						}
						if (ride[x]! > r) {
							ride[x] = r;
							nextRide.push(x);
						}
					}
				}
			}
		}
		const nextFree: number[] = [];
		// Walking a bridge that arrives at a station needing r-1 after a free boarding (bridges may be one-way).
		for (const y of freeLayer.concat(sameFree)) {
			if (free[y] !== r - 1) continue;
			for (let b = net.bridgeInStart[y]!; b < net.bridgeInStart[y + 1]!; b++) {
				const x = net.bridgeInFrom[b]!;
				if (!usable(avoidStation, x) || forbiddenCut(opts.noPayCuts, x, y)) continue;
				if (ride[x]! > r) {
					ride[x] = r;
					nextRide.push(x);
				}
				if (free[x]! > r) {
					free[x] = r;
					nextFree.push(x);
				}
			}
		}
		rideLayer = nextRide;
		freeLayer = nextFree;
	}
	return { ride, free };
}

/**
 * Forward layers from `from` through the via stations in order: per via progress p
 * (0 … via.length), the fewest transfers to arrive at each station in each mode.
 */
export function transfersFrom(
	net: PreparedNetwork,
	from: number,
	via: Int32Array,
	opts: ReachOptions
): { ride: Uint8Array[]; free: Uint8Array[] } {
	const n = net.stationIds.length;
	const V = via.length;
	const ride: Uint8Array[] = [];
	const free: Uint8Array[] = [];
	for (let p = 0; p <= V; p++) {
		ride.push(new Uint8Array(n).fill(FAR));
		free.push(new Uint8Array(n).fill(FAR));
	}
	const cap = Math.min(opts.cap, FAR - 1);
	const { avoidStation, avoidLine } = opts;
	if (!usable(avoidStation, from)) return { ride, free };
	const progressAt = (p: number, y: number): number => (p < V && via[p] === y ? p + 1 : p);
	// States are encoded p * n + station. Layer r boards every state whose next boarding costs
	// r in total: free states at r, and ride states at r-1 (one more transfer). Every state
	// reached at r may also walk a bridge, arriving free at r+1 — after a ride, after another
	// bridge or from the start alike.
	free[0]![from] = 0;
	let boardFree = [from];
	let boardRide: number[] = [];
	const walk = (states: readonly number[], at: number, out: number[]) => {
		for (const state of states) {
			const p0 = Math.floor(state / n);
			const x = state - p0 * n;
			for (let b = net.bridgeStart[x]!; b < net.bridgeStart[x + 1]!; b++) {
				const y = net.bridgeTo[b]!;
				if (!usable(avoidStation, y) || forbiddenCut(opts.noPayCuts, x, y)) continue;
				const q = progressAt(p0, y);
				if (free[q]![y]! > at) {
					free[q]![y] = at;
					out.push(q * n + y);
				}
			}
		}
	};
	for (let r = 0; r <= cap && (boardFree.length > 0 || boardRide.length > 0); r++) {
		const nextFree: number[] = [];
		if (r + 1 <= cap) walk(boardFree, r + 1, nextFree);
		const arrived: number[] = [];
		for (const state of boardFree.concat(boardRide)) {
			const p0 = Math.floor(state / n);
			const x = state - p0 * n;
			for (let i = net.stationSlotStart[x]!; i < net.stationSlotStart[x + 1]!; i++) {
				const slot = net.stationSlot[i]!;
				const line = net.stopLine[slot]!;
				if (!usable(avoidLine, line)) continue;
				const lo = net.lineStart[line]!;
				const hi = net.lineStart[line + 1]! - 1;
				for (let dir = 1; dir >= -1; dir -= 2) {
					if (dir === -1 && !opts.allowBackwards) break;
					let p = p0;
					for (let s = slot + dir; s >= lo && s <= hi; s += dir) {
						const y = net.stopStation[s]!;
						if (!usable(avoidStation, y) || forbiddenCut(opts.noPayCuts, net.stopStation[s - dir]!, y)) break;
						// A rider passing their next via station has visited it.
						p = progressAt(p, y);
						if (ride[p]![y]! > r) {
							ride[p]![y] = r;
							arrived.push(p * n + y);
						}
					}
				}
			}
		}
		if (r + 1 <= cap) walk(arrived, r + 1, nextFree);
		boardFree = nextFree;
		boardRide = arrived;
	}
	return { ride, free };
}

/** The fewest transfers of any route from → via… → to, ignoring costs; FAR when there is none. */
export function fewestTransfers(
	net: PreparedNetwork,
	from: number,
	to: number,
	via: Int32Array,
	opts: ReachOptions
): number {
	const f = transfersFrom(net, from, via, opts);
	return Math.min(f.ride[via.length]![to]!, f.free[via.length]![to]!);
}
