import { screenAngle } from './directions';
import { segmentsIntersect } from './geometry';
import { AnchorKind, type Targets } from './initial-positions';
import { otherEnd, type Network } from './network';

/**
 * A path of the network between two "comb nodes" whose inner stations all have degree 2.
 * The grid router draws it as one path and spreads the inner stations along it, which is
 * what makes chains even and keeps the router's work proportional to the interchanges.
 */
export interface CombEdge {
	from: number;
	to: number;
	/** Stations from `from` to `to`, both ends included. */
	stations: number[];
	/** Network edge of each hop, in order. */
	hops: number[];
	/** The path needs at least one grid step per hop so every station gets its own node. */
	minSteps: number;
	/** Lines on the first and on the last hop (for line bends at the ends). */
	fromLines: number[];
	toLines: number[];
	lineCount: number;
}

export interface CombGraph {
	nodeStation: number[];
	/** Comb node of a station, or -1 when it is an inner station of a comb edge. */
	stationNode: Int32Array;
	edges: CombEdge[];
	/** Incident comb edges per comb node, counter-clockwise by the input directions. */
	around: number[][];
	/**
	 * Comb nodes whose input order is not to be kept: an edge at them crosses another in the
	 * drawing of the targets, so that order cannot be drawn without the crossing.
	 */
	freeOrder: Uint8Array;
}

/**
 * Chains whose drawing in the targets bends far away from the straight line between their
 * ends are split at the station farthest from it (as in Douglas–Peucker): a shortest grid
 * path would otherwise cut the curve and crowd the stations.
 */
const CURVE_RATIO = 1.6;

export function buildCombGraph(net: Network, targets: Targets): CombGraph {
	const n = net.ids.length;
	const isNode = new Uint8Array(n);
	// A station with a position to keep (pinned, or from the previous layout) is never merged
	// into a chain: the chain's path would be routed without regard to where it was.
	for (let s = 0; s < n; s++) if (net.adj[s]!.length !== 2 || targets.kind[s] !== AnchorKind.Soft) isNode[s] = 1;

	const walked = new Uint8Array(net.edges.length);
	const chains: { stations: number[]; hops: number[] }[] = [];
	const walk = (start: number, firstEdge: number) => {
		const stations = [start];
		const hops: number[] = [];
		let e = firstEdge;
		let s = start;
		for (;;) {
			walked[e] = 1;
			hops.push(e);
			s = otherEnd(net.edges[e]!, s);
			stations.push(s);
			if (isNode[s]) break;
			const next = net.adj[s]!.find((f) => f !== e)!;
			if (walked[next]) break; // closed a ring of degree-2 stations
			e = next;
		}
		chains.push({ stations, hops });
	};
	for (let s = 0; s < n; s++) if (isNode[s]) for (const e of net.adj[s]!) if (!walked[e]) walk(s, e);
	// Rings with no interchange: start at their lowest station.
	for (let s = 0; s < n; s++)
		if (!isNode[s] && net.adj[s]!.some((e) => !walked[e])) {
			isNode[s] = 1;
			walk(s, net.adj[s]!.find((e) => !walked[e])!);
		}

	const pieces: { stations: number[]; hops: number[] }[] = [];
	const split = (c: { stations: number[]; hops: number[] }) => {
		const k = c.stations.length;
		const first = c.stations[0]!;
		const last = c.stations[k - 1]!;
		let cut = -1;
		if (k > 2) {
			if (first === last) cut = k >> 1;
			else {
				let length = 0;
				for (let i = 1; i < k; i++)
					length += dist(targets, c.stations[i - 1]!, c.stations[i]!);
				if (length > CURVE_RATIO * dist(targets, first, last) + 1) cut = farthestFromChord(targets, c.stations);
			}
		}
		if (cut <= 0) {
			pieces.push(c);
			return;
		}
		isNode[c.stations[cut]!] = 1;
		split({ stations: c.stations.slice(0, cut + 1), hops: c.hops.slice(0, cut) });
		split({ stations: c.stations.slice(cut), hops: c.hops.slice(cut) });
	};
	for (const c of chains) split(c);

	const stationNode = new Int32Array(n).fill(-1);
	const nodeStation: number[] = [];
	for (let s = 0; s < n; s++)
		if (isNode[s]) {
			stationNode[s] = nodeStation.length;
			nodeStation.push(s);
		}
	const edges: CombEdge[] = pieces.map((p) => {
		const lineSet = new Set<number>();
		for (const h of p.hops) for (const l of net.edges[h]!.lines) lineSet.add(l);
		return {
			from: stationNode[p.stations[0]!]!,
			to: stationNode[p.stations[p.stations.length - 1]!]!,
			stations: p.stations,
			hops: p.hops,
			minSteps: p.hops.length,
			fromLines: net.edges[p.hops[0]!]!.lines,
			toLines: net.edges[p.hops[p.hops.length - 1]!]!.lines,
			lineCount: lineSet.size
		};
	});

	const around: number[][] = nodeStation.map(() => []);
	const angle = new Map<string, number>();
	edges.forEach((e, i) => {
		around[e.from]!.push(i);
		around[e.to]!.push(i);
		const [a, b] = [e.stations[0]!, e.stations[1]!];
		const [c, d] = [e.stations[e.stations.length - 1]!, e.stations[e.stations.length - 2]!];
		angle.set(`${e.from},${i},0`, screenAngle(targets.x[b]! - targets.x[a]!, targets.y[b]! - targets.y[a]!));
		angle.set(`${e.to},${i},1`, screenAngle(targets.x[d]! - targets.x[c]!, targets.y[d]! - targets.y[c]!));
	});
	around.forEach((list, node) => {
		const key = (e: number) => angle.get(`${node},${e},${edges[e]!.from === node ? 0 : 1}`)!;
		list.sort((p, q) => key(p) - key(q) || p - q);
	});
	const freeOrder = new Uint8Array(nodeStation.length);
	const combOf = new Int32Array(net.edges.length);
	edges.forEach((e, i) => e.hops.forEach((h) => (combOf[h] = i)));
	for (const [h, k] of crossingHops(net, targets)) {
		for (const c of [combOf[h]!, combOf[k]!]) {
			freeOrder[edges[c]!.from] = 1;
			freeOrder[edges[c]!.to] = 1;
		}
	}
	return { nodeStation, stationNode, edges, around, freeOrder };
}

/** Pairs of hops whose straight lines between targets cross (not at a shared station). */
function crossingHops(net: Network, t: Targets): [number, number][] {
	const out: [number, number][] = [];
	const E = net.edges;
	for (let i = 0; i < E.length; i++)
		for (let j = i + 1; j < E.length; j++) {
			const e = E[i]!;
			const f = E[j]!;
			if (e.a === f.a || e.a === f.b || e.b === f.a || e.b === f.b) continue;
			if (
				segmentsIntersect(t.x[e.a]!, t.y[e.a]!, t.x[e.b]!, t.y[e.b]!, t.x[f.a]!, t.y[f.a]!, t.x[f.b]!, t.y[f.b]!)
			)
				out.push([i, j]);
		}
	return out;
}

function dist(t: Targets, a: number, b: number): number {
	return Math.hypot(t.x[a]! - t.x[b]!, t.y[a]! - t.y[b]!);
}

function farthestFromChord(t: Targets, stations: number[]): number {
	const a = stations[0]!;
	const b = stations[stations.length - 1]!;
	const ax = t.x[a]!, ay = t.y[a]!;
	const vx = t.x[b]! - ax, vy = t.y[b]! - ay;
	const len2 = vx * vx + vy * vy;
	let best = -1;
	let bestD = -1;
	for (let i = 1; i + 1 < stations.length; i++) {
		const s = stations[i]!;
		const px = t.x[s]! - ax, py = t.y[s]! - ay;
		let u = len2 > 0 ? (px * vx + py * vy) / len2 : 0;
		u = Math.max(0, Math.min(1, u));
		const d = Math.hypot(px - u * vx, py - u * vy);
		if (d > bestD) {
			bestD = d;
			best = i;
		}
	}
	return best;
}
