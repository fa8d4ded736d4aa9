import { BinaryHeap } from './binary-heap';
import { DX, DY, isDiagonal, turnSteps } from './directions';
import type { Grid } from './grid';
import type { LayoutSettings } from './types';

/**
 * Cost of passing next to a placed station that still waits for paths, per such station: a
 * few steps' worth, so a path keeps a cell away from it where it can but never detours far.
 */
const RESERVE_COST = 2;

/** One shortest-path query on the grid: from a placed station to a placed one or to candidates. */
export interface RouteRequest {
	src: number;
	/** Bit d set: the path may leave the source in direction d. */
	srcPorts: number;
	/** Extra cost per leaving direction (line bends, circular order), or null. */
	srcPortCost: Float64Array | null;
	/** Placed target node, or -1 to end on one of `candidates`. */
	tgt: number;
	/** Bit p set: the path may enter the target through its port p (p points back along the path). */
	tgtPorts: number;
	tgtPortCost: Float64Array | null;
	candidates: Int32Array;
	candidateCost: Float64Array;
	candidateCount: number;
	/** The path must take at least this many steps (one per hop of the chain). */
	minSteps: number;
	/** Crossing a straight path is allowed at 45° too, not only at 90°. */
	crossAnyAngle: boolean;
	/** Window of grid nodes the path may use, inclusive. */
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface RouteFound {
	/** Grid nodes from source to target. */
	path: Int32Array;
	/** Everything the search minimised: steps, bends, crossings, port and candidate costs. */
	cost: number;
}

/**
 * A* over states (grid node, arriving direction[, steps taken so far]) — the paper's grid
 * graph with its bend edges folded into the state, so a turn costs by its angle without
 * extra nodes. Steps are only counted (the layered variant) when the ends are placed too
 * close for the chain's stations; otherwise the caller chose ends far enough apart and one
 * layer suffices. Buffers are window-local and stamped per search, so nothing is cleared.
 */
export class GridSearch {
	private readonly heap = new BinaryHeap(4096);
	private dist = new Float64Array(0);
	private parent = new Int32Array(0);
	private stamp = new Uint32Array(0);
	private closed = new Uint32Array(0);
	private candStamp = new Uint32Array(0);
	private candCostOf = new Float64Array(0);
	private search = 0;
	private readonly stepCost = new Float64Array(8);
	private readonly bendCost = new Float64Array(5);
	private readonly hopMin: number;
	/** Searches run and states expanded, summed (the deterministic measure of routing work). */
	searches = 0;
	expanded = 0;

	constructor(private readonly settings: LayoutSettings) {
		for (let d = 0; d < 8; d++) this.stepCost[d] = settings.hopCost * (isDiagonal(d) ? settings.diagonalFactor : 1);
		this.bendCost.set([0, settings.bend45, settings.bend90, settings.bend135, Infinity]);
		this.hopMin = Math.min(this.stepCost[0]!, this.stepCost[1]!);
	}

	route(grid: Grid, req: RouteRequest, layered: boolean): RouteFound | null {
		if (this.candStamp.length < grid.size) {
			this.candStamp = new Uint32Array(grid.size);
			this.candCostOf = new Float64Array(grid.size);
			// Room for a whole-grid search with a few step layers, so buffers rarely regrow.
			this.ensure(grid.size * 8 * 4);
		}
		const W = grid.width;
		const { x0, y0, x1, y1 } = req;
		const ww = x1 - x0 + 1;
		const wh = y1 - y0 + 1;
		const L = layered ? req.minSteps + 1 : 1;
		const states = ww * wh * 8 * L;
		this.ensure(states);
		const s = ++this.search;
		const { dist, parent, stamp, closed, heap, stepCost, bendCost, candStamp, candCostOf } = this;
		const owner = grid.owner;
		const owner2 = grid.owner2;
		const axis = grid.axis;
		const station = grid.station;
		const diag = grid.diag;
		const reserved = grid.reserved;
		const reserveCost = RESERVE_COST * this.settings.hopCost;
		heap.clear();

		// Target box for the heuristic.
		let tx0: number, ty0: number, tx1: number, ty1: number;
		const tgt = req.tgt;
		if (tgt >= 0) {
			tx0 = tx1 = tgt % W;
			ty0 = ty1 = (tgt - tx0) / W;
		} else {
			tx0 = ty0 = Infinity;
			tx1 = ty1 = -Infinity;
			for (let i = 0; i < req.candidateCount; i++) {
				const c = req.candidates[i]!;
				candStamp[c] = s;
				candCostOf[c] = req.candidateCost[i]!;
				const cx = c % W;
				const cy = (c - cx) / W;
				if (cx < tx0) tx0 = cx;
				if (cx > tx1) tx1 = cx;
				if (cy < ty0) ty0 = cy;
				if (cy > ty1) ty1 = cy;
			}
		}
		const hopMin = this.hopMin;
		const minBend = bendCost[1]!;
		const minSteps = req.minSteps;
		const crossing = this.settings.crossingCost;
		const crossAny = req.crossAnyAngle;
		// A port whose first step is blocked cannot be used; with none left the search would
		// only explore the whole window to find nothing.
		const tgtPorts = tgt >= 0 ? openPorts(grid, tgt, req.tgtPorts, req.src, x0, y0, x1, y1, crossAny) : req.tgtPorts;
		const tgtPortCost = req.tgtPortCost;
		const srcPorts = openPorts(grid, req.src, req.srcPorts, tgt, x0, y0, x1, y1, crossAny);
		if (srcPorts === 0 || tgtPorts === 0) return null;
		const srcPortCost = req.srcPortCost;
		const diagStride = W;

		let bestCost = Infinity;
		let bestFrom = -2; // state before the terminal step; -1 = the source itself
		let bestEnd = -1;
		let bestJump = false;

		// Expands one state: node (ax, ay) reached in direction din (-1 at the source) with cost
		// g after `len` steps. The eight moves are written out here, not in a helper, because
		// this loop is where the layout spends most of its time.
		const expand = (ax: number, ay: number, din: number, g: number, from: number, len: number) => {
			const a = ay * W + ax;
			for (let d = 0; d < 8; d++) {
				let cost = g;
				if (din < 0) {
					if (((srcPorts >> d) & 1) === 0) continue;
					if (srcPortCost) cost += srcPortCost[d]!;
				} else {
					const turn = turnSteps(din, d);
					if (turn === 4) continue;
					cost += bendCost[turn]!;
				}
				const ddx = DX[d]!;
				const ddy = DY[d]!;
				let bx = ax + ddx;
				let by = ay + ddy;
				if (bx < x0 || bx > x1 || by < y0 || by > y1) continue;
				const diagonal = (d & 1) === 1;
				if (diagonal && diag[(ddy < 0 ? ay - 1 : ay) * diagStride + (ddx < 0 ? ax - 1 : ax)] !== -1) continue;
				let b = by * W + bx;
				cost += stepCost[d]!;
				let steps = len + 1;
				let jump = false;
				if (owner[b] !== -1 || station[b] !== -1) {
					if (b !== tgt) {
						// Cross a path running straight through at a right angle and land beyond it.
						if (station[b] !== -1 || owner2[b] !== -1 || !crossable(axis[b]!, d, crossAny)) continue;
						const cx = bx + ddx;
						const cy = by + ddy;
						if (cx < x0 || cx > x1 || cy < y0 || cy > y1) continue;
						if (diagonal && diag[(ddy < 0 ? by - 1 : by) * diagStride + (ddx < 0 ? bx - 1 : bx)] !== -1) continue;
						bx = cx;
						by = cy;
						b = cy * W + cx;
						// The crossed node cannot hold one of the chain's stations, so it adds no step.
						cost += stepCost[d]! + crossing;
						jump = true;
					}
					if (b === tgt) {
						if (layered && steps < minSteps) continue;
						const p = (d + 4) & 7;
						if (((tgtPorts >> p) & 1) === 0) continue;
						const total = cost + (tgtPortCost ? tgtPortCost[p]! : 0);
						if (total < bestCost) {
							bestCost = total;
							bestFrom = from;
							bestEnd = b;
							bestJump = jump;
						}
						continue;
					}
					if (owner[b] !== -1 || station[b] !== -1) continue;
				}
				cost += reserveCost * reserved[b]!;
				if (tgt < 0 && candStamp[b] === s && (!layered || steps >= minSteps)) {
					const total = cost + candCostOf[b]!;
					if (total < bestCost) {
						bestCost = total;
						bestFrom = from;
						bestEnd = b;
						bestJump = jump;
					}
				}
				const l = steps < L ? steps : L - 1;
				const st = ((((by - y0) * ww + (bx - x0)) << 3) + d) * L + l;
				if (stamp[st] === s && dist[st]! <= cost) continue;
				stamp[st] = s;
				dist[st] = cost;
				parent[st] = from;
				const hx = bx < tx0 ? tx0 - bx : bx > tx1 ? bx - tx1 : 0;
				const hy = by < ty0 ? ty0 - by : by > ty1 ? by - ty1 : 0;
				let hs = hx > hy ? hx : hy;
				if (layered && minSteps - l > hs) hs = minSteps - l;
				let hc = hs * hopMin;
				// A placed target not straight ahead needs at least one more turn.
				if (tgt >= 0) {
					const rx = tx0 - bx;
					const ry = ty0 - by;
					const k = rx !== 0 ? rx * ddx : ry * ddy;
					if (k <= 0 || rx !== k * ddx || ry !== k * ddy) hc += minBend;
				}
				// Among equal estimates, expand the state that got further first.
				heap.push(cost + hc - cost * 1e-9, st);
			}
		};

		const sx = req.src % W;
		const sy = (req.src - sx) / W;
		expand(sx, sy, -1, 0, -1, 0);

		let expanded = 0;
		while (heap.size > 0) {
			if (heap.peekKey() >= bestCost) break;
			const st = heap.pop();
			if (closed[st] === s) continue;
			closed[st] = s;
			expanded++;
			const l = st % L;
			const t = (st - l) / L;
			const local = t >> 3;
			const lx = local % ww;
			expand(x0 + lx, y0 + (local - lx) / ww, t & 7, dist[st]!, st, l);
		}
		this.expanded += expanded;
		this.searches++;
		if (bestFrom === -2) return null;

		const nodes: number[] = [bestEnd];
		if (bestJump) nodes.push(midpoint(bestEnd, bestFrom === -1 ? req.src : this.stateNode(bestFrom, ww, x0, y0, L, W), W));
		let cur = bestFrom;
		while (cur !== -1) {
			const n = this.stateNode(cur, ww, x0, y0, L, W);
			nodes.push(n);
			const prev = parent[cur]!;
			const pn = prev === -1 ? req.src : this.stateNode(prev, ww, x0, y0, L, W);
			if (!adjacent(n, pn, W)) nodes.push(midpoint(n, pn, W));
			cur = prev;
		}
		nodes.push(req.src);
		nodes.reverse();
		return { path: Int32Array.from(nodes), cost: bestCost };
	}

	private stateNode(st: number, ww: number, x0: number, y0: number, L: number, W: number): number {
		const local = Math.floor(st / L) >> 3;
		const lx = local % ww;
		return (y0 + (local - lx) / ww) * W + x0 + lx;
	}

	private ensure(states: number): void {
		if (this.dist.length >= states) return;
		const size = Math.max(states, this.dist.length * 2);
		this.dist = new Float64Array(size);
		this.parent = new Int32Array(size);
		this.stamp = new Uint32Array(size);
		this.closed = new Uint32Array(size);
	}
}

/** The ports in `mask` at node n whose first step leads somewhere a path can go. */
function openPorts(
	grid: Grid,
	n: number,
	mask: number,
	other: number,
	x0: number,
	y0: number,
	x1: number,
	y1: number,
	crossAny: boolean
): number {
	const W = grid.width;
	const x = n % W;
	const y = (n - x) / W;
	let open = 0;
	for (let d = 0; d < 8; d++) {
		if (((mask >> d) & 1) === 0) continue;
		const nx = x + DX[d]!;
		const ny = y + DY[d]!;
		if (nx < x0 || nx > x1 || ny < y0 || ny > y1) continue;
		if ((d & 1) === 1 && grid.diag[grid.diagCell(n, d)] !== -1) continue;
		const b = ny * W + nx;
		const canCross = grid.owner2[b] === -1 && crossable(grid.axis[b]!, d, crossAny);
		if (b === other || (grid.station[b] === -1 && (grid.owner[b] === -1 || canCross))) open |= 1 << d;
	}
	return open;
}

/**
 * Whether a step in direction d may cross a path running straight through a node along `axis`
 * (-1: it bends there): at a right angle, or with `any` at 45° as well — never along it.
 */
function crossable(axis: number, d: number, any: boolean): boolean {
	if (axis === -1) return false;
	return any ? axis !== (d & 3) : ((axis + 2) & 3) === (d & 3);
}

function adjacent(a: number, b: number, W: number): boolean {
	const ax = a % W;
	const bx = b % W;
	return Math.abs(ax - bx) <= 1 && Math.abs((a - ax) / W - (b - bx) / W) <= 1;
}

function midpoint(a: number, b: number, W: number): number {
	const ax = a % W;
	const bx = b % W;
	return (((a - ax) / W + (b - bx) / W) / 2) * W + (ax + bx) / 2;
}
