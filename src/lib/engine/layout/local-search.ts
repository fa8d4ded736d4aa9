import { DX, DY } from './directions';
import type { GridRouter } from './grid-router';
import { AnchorKind } from './initial-positions';

/**
 * Rounds over the comb nodes; each tries the eight neighbouring grid nodes, rerouting the
 * node's edges there, and keeps the cheapest if it beats staying. After the first round
 * only nodes near a change are tried again (nothing else can have become better), and a
 * position is abandoned as soon as a lower bound of its cost reaches the best so far.
 */
export function localSearch(r: GridRouter, outOfTime: () => boolean): { rounds: number; moves: number; exhausted: boolean } {
	let moves = 0;
	let rounds = 0;
	const W = r.grid.width;
	const H = r.grid.height;
	const count = r.pos.length;
	let dirty = new Uint8Array(count).fill(1);
	const hopMin = r.settings.hopCost * Math.min(1, r.settings.diagonalFactor);
	for (; rounds < r.settings.iterations; ) {
		rounds++;
		let improved = 0;
		const next = new Uint8Array(count);
		for (let v = 0; v < count; v++) {
			if (!dirty[v]) continue;
			const s = r.comb.nodeStation[v]!;
			if (r.targets.kind[s] === AnchorKind.Pinned || r.comb.around[v]!.length === 0) continue;
			if (outOfTime()) return { rounds, moves, exhausted: true };
			const edges = r.comb.around[v]!.slice().sort(
				(p, q) => r.comb.edges[q]!.lineCount - r.comb.edges[p]!.lineCount || p - q
			);
			const before = r.localCost(v, edges);
			const home = r.pos[v]!;
			const saved = edges.map((e) => r.paths[e] ?? null);
			for (const e of edges) r.uncommit(e);
			r.unplace(v);
			let best = before - 1e-6;
			let bestNode = -1;
			let bestPaths: (Int32Array | null)[] = [];
			const hx = home % W;
			const hy = (home - hx) / W;
			for (let d = 0; d < 8; d++) {
				const x = hx + DX[d]!;
				const y = hy + DY[d]!;
				if (x < 0 || y < 0 || x >= W || y >= H) continue;
				const n = y * W + x;
				if (!r.grid.isFree(n)) continue;
				let bound = r.moveCost(v, n);
				for (const e of edges) {
					const edge = r.comb.edges[e]!;
					const o = r.pos[edge.from === v ? edge.to : edge.from]!;
					const ox = o % W;
					const cheb = Math.max(Math.abs(ox - x), Math.abs((o - ox) / W - y));
					bound += hopMin * Math.max(cheb, edge.minSteps);
				}
				if (bound >= best) continue;
				r.place(v, n);
				let partial = r.moveCost(v, n);
				let ok = true;
				for (const e of edges) {
					if (!r.route(e, false, false)) {
						ok = false;
						break;
					}
					partial += r.pathCost(e);
					if (partial >= best) {
						ok = false;
						break;
					}
				}
				if (ok) {
					const cost = r.localCost(v, edges);
					if (cost < best) {
						best = cost;
						bestNode = n;
						bestPaths = edges.map((e) => r.paths[e] ?? null);
					}
				}
				for (const e of edges) r.uncommit(e);
				r.unplace(v);
			}
			if (bestNode >= 0) {
				r.place(v, bestNode);
				edges.forEach((e, i) => bestPaths[i] && r.commit(e, bestPaths[i]!));
				improved++;
				moves++;
				markNear(r, v, saved.concat(bestPaths), next);
			} else {
				r.place(v, home);
				edges.forEach((e, i) => saved[i] && r.commit(e, saved[i]!));
			}
		}
		if (improved === 0) break;
		dirty = next;
	}
	return { rounds, moves, exhausted: false };
}

/** Marks v, its neighbours, and every comb node with a path near the changed paths. */
/**
 * Marks v, its neighbours, and the ends of every path that runs next to a changed path (old
 * or new): only those can have gained room or lost it.
 */
function markNear(r: GridRouter, v: number, changed: (Int32Array | null)[], mark: Uint8Array): void {
	const W = r.grid.width;
	const H = r.grid.height;
	const near = new Uint8Array(r.grid.size);
	for (const path of changed)
		if (path)
			for (const n of path) {
				const x = n % W;
				const y = (n - x) / W;
				for (let d = 0; d < 8; d++) {
					const nx = x + DX[d]!;
					const ny = y + DY[d]!;
					if (nx >= 0 && ny >= 0 && nx < W && ny < H) near[ny * W + nx] = 1;
				}
				near[n] = 1;
			}
	mark[v] = 1;
	r.comb.edges.forEach((edge, e) => {
		const path = r.paths[e];
		if (edge.from === v || edge.to === v || !path || path.some((n) => near[n] === 1)) {
			mark[edge.from] = 1;
			mark[edge.to] = 1;
		}
	});
}
