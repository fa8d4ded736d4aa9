import { placeChain, type ChainSlot } from './chain-placement';
import type { CombGraph } from './comb-graph';
import { stepDirection } from './grid';
import { AnchorKind, type Targets } from './initial-positions';
import type { Network } from './network';
import type { OctiResult } from './octilinear';

/** Station positions and hop polylines in world cells, unrolled from the comb graph's grid paths. */
export interface Drawing {
	x: Float64Array;
	y: Float64Array;
	/** Per network edge: points from its station a to its station b, bends only. */
	polylines: [number, number][][];
}

export function unrollPaths(net: Network, comb: CombGraph, octi: OctiResult, targets: Targets): Drawing {
	const { grid } = octi;
	const W = grid.width;
	const wx = (n: number) => (n % W) + grid.originX;
	const wy = (n: number) => Math.floor(n / W) + grid.originY;
	const x = new Float64Array(net.ids.length);
	const y = new Float64Array(net.ids.length);
	const polylines: [number, number][][] = net.edges.map(() => []);
	comb.nodeStation.forEach((s, v) => {
		x[s] = wx(octi.nodePos[v]!);
		y[s] = wy(octi.nodePos[v]!);
	});

	comb.edges.forEach((edge, e) => {
		const path = octi.paths[e];
		const k = edge.stations.length;
		if (!path) {
			// The grid could not hold this chain: spread it on the straight line between its ends.
			const a = edge.stations[0]!;
			const b = edge.stations[k - 1]!;
			for (let i = 1; i < k - 1; i++) {
				const t = i / (k - 1);
				x[edge.stations[i]!] = x[a]! + t * (x[b]! - x[a]!);
				y[edge.stations[i]!] = y[a]! + t * (y[b]! - y[a]!);
			}
			edge.hops.forEach((h, i) => {
				const p = edge.stations[i]!;
				const q = edge.stations[i + 1]!;
				const pts: [number, number][] = [[x[p]!, y[p]!], [x[q]!, y[q]!]];
				polylines[h] = net.edges[h]!.a === p ? pts : pts.reverse();
			});
			return;
		}
		const steps = path.length - 1;
		const slots: ChainSlot[] = edge.stations.slice(1, k - 1).map((s) =>
			targets.kind[s] === AnchorKind.Previous ? { weight: targets.weight[s]!, ax: targets.x[s]!, ay: targets.y[s]! } : { weight: 0, ax: 0, ay: 0 }
		);
		const isBend = (i: number) =>
			i > 0 && i < steps && stepDirection(path[i - 1]!, path[i]!, W) !== stepDirection(path[i]!, path[i + 1]!, W);
		const crossed = (i: number) => grid.owner2[path[i]!] !== -1;
		const at = [0, ...placeChain(slots, steps, (i) => wx(path[i]!), (i) => wy(path[i]!), isBend, crossed), steps];
		for (let i = 1; i < k - 1; i++) {
			x[edge.stations[i]!] = wx(path[at[i]!]!);
			y[edge.stations[i]!] = wy(path[at[i]!]!);
		}
		edge.hops.forEach((h, i) => {
			const pts: [number, number][] = [];
			for (let j = at[i]!; j <= at[i + 1]!; j++) {
				const straight = j > at[i]! && j < at[i + 1]! && !isBend(j);
				if (!straight) pts.push([wx(path[j]!), wy(path[j]!)]);
			}
			polylines[h] = net.edges[h]!.a === edge.stations[i] ? pts : pts.reverse();
		});
	});
	return { x, y, polylines };
}
