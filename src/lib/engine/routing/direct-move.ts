import type { PreparedNetwork } from './network';

/**
 * The network one query plans on: when the traveller's start has a direct move to their
 * destination (a move the transition model rates viable but keeps as no bridge), it is added
 * as a one-way bridge for this query alone. The ordinary step a worker asks for (a teaching
 * assistant to teacher) is often not among the few bridges a network keeps, because near-
 * identical neighbours outrank it; without this it would have no route, or a detour.
 * Returns `net` itself when there is nothing to add; otherwise copies only the bridge arrays.
 */
export function withDirectMove(net: PreparedNetwork, from: number, to: number): PreparedNetwork {
	let months = -1;
	for (let d = net.directStart[from]!; d < net.directStart[from + 1]!; d++) if (net.directTo[d] === to) months = net.directMonths[d]!;
	if (months < 0) return net;
	let at = net.bridgeStart[from]!;
	while (at < net.bridgeStart[from + 1]! && net.bridgeTo[at]! < to) at++;
	if (at < net.bridgeStart[from + 1]! && net.bridgeTo[at] === to) return net;
	let atIn = net.bridgeInStart[to]!;
	while (atIn < net.bridgeInStart[to + 1]! && net.bridgeInFrom[atIn]! < from) atIn++;
	return {
		...net,
		bridgeStart: shifted(net.bridgeStart, from),
		bridgeTo: inserted(net.bridgeTo, at, to),
		bridgeMonths: inserted(net.bridgeMonths, at, months),
		bridgeInStart: shifted(net.bridgeInStart, to),
		bridgeInFrom: inserted(net.bridgeInFrom, atIn, from)
	};
}

/** CSR offsets with one more entry in group `g`. */
function shifted(start: Int32Array, g: number): Int32Array {
	const out = start.slice();
	for (let i = g + 1; i < out.length; i++) out[i]!++;
	return out;
}

function inserted<T extends Int32Array | Float64Array>(list: T, at: number, value: number): T {
	const out = new (list.constructor as new (n: number) => T)(list.length + 1);
	out.set(list.subarray(0, at));
	out[at] = value;
	out.set(list.subarray(at), at + 1);
	return out;
}
