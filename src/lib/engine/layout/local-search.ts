import { DX, DY } from './directions';
import type { GridRouter } from './grid-router';
import { AnchorKind } from './initial-positions';

/**
 * Rounds over the comb nodes; each tries its eight neighbouring grid nodes and moves there
 * when rerouting its edges makes the drawing cheaper. After the first round only nodes near
 * a change are tried again — far from every change nothing has gained room.
 */
export function localSearch(r: GridRouter, outOfTime: () => boolean): { rounds: number; moves: number; exhausted: boolean } {
	let moves = 0;
	let rounds = 0;
	const count = r.pos.length;
	let dirty = new Uint8Array(count).fill(1);
	while (rounds < r.settings.iterations) {
		rounds++;
		const next = new Uint8Array(count);
		let improved = 0;
		for (let v = 0; v < count; v++) {
			if (!dirty[v]) continue;
			const s = r.comb.nodeStation[v]!;
			if (r.targets.kind[s] === AnchorKind.Pinned || r.comb.around[v]!.length === 0) continue;
			if (outOfTime()) return { rounds, moves, exhausted: true };
			const changed = improveNode(r, v);
			if (!changed) continue;
			improved++;
			moves++;
			markNear(r, v, changed, next);
		}
		if (improved === 0) break;
		dirty = next;
	}
	return { rounds, moves, exhausted: false };
}

/**
 * Tries comb node v on each neighbouring free grid node with its edges rerouted, and keeps
 * the cheapest if it beats staying. A position is given up as soon as a lower bound of its
 * cost (straight paths, then the paths routed so far) reaches the best so far. Returns the
 * old and new paths when v moved, null when it stayed (with its old paths restored).
 */
function improveNode(r: GridRouter, v: number): (Int32Array | null)[] | null {
	const W = r.grid.width;
	const H = r.grid.height;
	const hopMin = r.settings.hopCost * Math.min(1, r.settings.diagonalFactor);
	// Heavier edges first: they get the better ports.
	const edges = r.comb.around[v]!.slice().sort((p, q) => r.comb.edges[q]!.lineCount - r.comb.edges[p]!.lineCount || p - q);
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
			bound += hopMin * Math.max(Math.abs(ox - x), Math.abs((o - ox) / W - y), edge.minSteps);
		}
		if (bound >= best) continue;
		r.place(v, n);
		let partial = r.moveCost(v, n);
		let complete = true;
		for (const e of edges) {
			if (!r.route(e, false, false)) {
				complete = false;
				break;
			}
			partial += r.pathCost(e);
			if (partial >= best) {
				complete = false;
				break;
			}
		}
		if (complete) {
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
	const keep = bestNode >= 0 ? bestPaths : saved;
	r.place(v, bestNode >= 0 ? bestNode : home);
	edges.forEach((e, i) => keep[i] && r.commit(e, keep[i]!));
	return bestNode >= 0 ? saved.concat(bestPaths) : null;
}

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
