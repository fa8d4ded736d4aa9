import { orderedPorts } from './circular-order';
import type { CombGraph } from './comb-graph';
import { DX, DY, opposite, turnSteps } from './directions';
import { LayoutInputError } from './errors';
import { Grid, stepDirection } from './grid';
import type { GridSearch, RouteFound, RouteRequest } from './grid-search';
import { AnchorKind, type Targets } from './initial-positions';
import type { Network } from './network';
import type { LayoutSettings } from './types';

/**
 * Cost of a chain path whose length is no multiple of its hops: its stations cannot be
 * spread quite evenly. Enough to prefer a spot one cell off, not enough to force a detour.
 */
const UNEVEN_COST = 1.5;

/**
 * Cells around its ends a widened search may use. Not the whole grid: a path that finds no way
 * nearby would otherwise run around the map, and on a big grid every such failing search
 * costs a flood of the whole grid; rip-up and reroute clears a local way instead.
 */
const WIDE_MARGIN = 12;

/** Cost that stands in for an edge the grid could not hold, so local search tries to fix it. */
const FAILED_COST = 1e4;

/**
 * The state of one drawing on the grid — where comb nodes sit, which path each comb edge
 * takes, which ports they use — and the operations on it: placing a station, routing an
 * edge as a cheapest grid path (keeping the circular order), taking a path out again, and
 * the costs the local search compares.
 */
export class GridRouter {
	readonly grid: Grid;
	readonly pos: Int32Array;
	readonly paths: (Int32Array | null)[];
	/** Edges routed without keeping the circular order at an end. */
	orderRelaxed = 0;
	/**
	 * Whether a path may cross a straight path at 45° as well as at 90°: the last resort for an
	 * edge that otherwise has no octilinear way at all.
	 */
	crossAnyAngle = false;
	private readonly portFrom: Int8Array;
	private readonly portTo: Int8Array;
	private readonly bendCost: number[];
	private readonly cand: Int32Array;
	private readonly candCost: Float64Array;
	/** 1 where a comb node's neighbourhood is reserved in the grid (placed, with paths missing). */
	private readonly reserving: Uint8Array;

	constructor(
		private readonly net: Network,
		readonly comb: CombGraph,
		readonly targets: Targets,
		readonly settings: LayoutSettings,
		private readonly search: GridSearch,
		/** Whether placed stations reserve their free ports (see Grid.reserved). */
		private readonly reserve = true
	) {
		let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
		for (let s = 0; s < targets.x.length; s++) {
			minX = Math.min(minX, targets.x[s]!);
			maxX = Math.max(maxX, targets.x[s]!);
			minY = Math.min(minY, targets.y[s]!);
			maxY = Math.max(maxY, targets.y[s]!);
		}
		if (targets.x.length === 0) minX = minY = maxX = maxY = 0;
		// Room around the network: stations pushed apart to make space need somewhere to go.
		const margin = 4 + Math.ceil(0.2 * Math.max(maxX - minX, maxY - minY));
		const ox = Math.floor(minX) - margin;
		const oy = Math.floor(minY) - margin;
		this.grid = new Grid(Math.ceil(maxX) - ox + margin + 1, Math.ceil(maxY) - oy + margin + 1, ox, oy);
		this.pos = new Int32Array(comb.nodeStation.length).fill(-1);
		this.paths = comb.edges.map(() => null);
		this.portFrom = new Int8Array(comb.edges.length).fill(-1);
		this.portTo = new Int8Array(comb.edges.length).fill(-1);
		this.bendCost = [0, settings.bend45, settings.bend90, settings.bend135, settings.bend135 * 4];
		this.cand = new Int32Array(this.grid.size);
		this.candCost = new Float64Array(this.grid.size);
		this.reserving = new Uint8Array(comb.nodeStation.length);
	}

	/**
	 * Puts pinned stations on their node (two on one node is an input error), then stations
	 * from the previous layout on theirs where that node is still free, before any path is
	 * drawn — so no path can take an anchored station's place and push it away.
	 */
	placeAnchored(): void {
		for (const kind of [AnchorKind.Pinned, AnchorKind.Previous])
			this.comb.nodeStation.forEach((s, v) => {
				if (this.targets.kind[s] !== kind) return;
				const n = this.grid.nearest(this.targets.x[s]!, this.targets.y[s]!);
				const other = this.grid.station[n]!;
				if (other === -1) this.place(v, n);
				else if (kind === AnchorKind.Pinned)
					throw new LayoutInputError(
						`stations '${this.net.ids[this.comb.nodeStation[other]!]}' and '${this.net.ids[s]}' are pinned to the same grid node`
					);
			});
	}

	/** Stations left without a node (isolated, or every edge failed) still get the nearest free one. */
	placeLeftovers(): void {
		for (let v = 0; v < this.pos.length; v++) if (this.pos[v]! < 0) this.placeAlone(v);
	}

	/**
	 * Draws e along `points` (world cells, octilinear, from its `from` to its `to`) when both
	 * ends are placed there and every node and diagonal on the way is still free; returns
	 * whether it did.
	 */
	replay(e: number, points: [number, number][]): boolean {
		const edge = this.comb.edges[e]!;
		const g = this.grid;
		const W = g.width;
		const node = ([x, y]: [number, number]) => {
			const gx = x - g.originX;
			const gy = y - g.originY;
			return Number.isInteger(gx) && Number.isInteger(gy) && gx >= 0 && gy >= 0 && gx < W && gy < g.height ? gy * W + gx : -1;
		};
		const nodes: number[] = [];
		for (let i = 0; i + 1 < points.length; i++) {
			const [ax, ay] = points[i]!;
			const [bx, by] = points[i + 1]!;
			const dx = Math.sign(bx - ax);
			const dy = Math.sign(by - ay);
			const steps = Math.max(Math.abs(bx - ax), Math.abs(by - ay));
			if (steps === 0) continue;
			if (Math.abs(bx - ax) !== Math.abs(by - ay) && dx !== 0 && dy !== 0) return false;
			for (let k = i === 0 ? 0 : 1; k <= steps; k++) nodes.push(node([ax + k * dx, ay + k * dy]));
		}
		const last = nodes.length - 1;
		if (last < edge.minSteps || nodes.some((n) => n < 0)) return false;
		if (nodes[0] !== this.pos[edge.from] || nodes[last] !== this.pos[edge.to]) return false;
		for (let i = 0; i < last; i++) {
			const n = nodes[i + 1]!;
			const d = stepDirection(nodes[i]!, n, W);
			if ((d & 1) === 1 && g.diag[g.diagCell(nodes[i]!, d)] !== -1) return false;
			if (i + 1 === last || g.isFree(n)) continue;
			// The previous drawing crossed another path here: straight through, across it.
			const straight = stepDirection(n, nodes[i + 2]!, W) === d;
			if (g.station[n] !== -1 || g.owner2[n] !== -1 || !straight || g.axis[n] === -1 || g.axis[n] === (d & 3)) return false;
		}
		const path = Int32Array.from(nodes);
		if (selfIntersects(path, g)) return false;
		this.commit(e, path);
		return true;
	}

	/** Routes e keeping the circular order if it can, else without; a failed edge still places its ends. */
	routeInitial(e: number): void {
		if (this.route(e, false, true)) return;
		if (this.route(e, true, true)) {
			this.orderRelaxed++;
			return;
		}
		const edge = this.comb.edges[e]!;
		for (const v of [edge.from, edge.to]) if (this.pos[v]! < 0) this.placeAlone(v);
	}

	// ---- placing --------------------------------------------------------------------------

	place(v: number, n: number): void {
		this.pos[v] = n;
		this.grid.station[n] = v;
		this.updateReservation(v);
	}

	unplace(v: number): void {
		const n = this.pos[v]!;
		if (this.reserving[v]) {
			this.grid.reserveAround(n, -1);
			this.reserving[v] = 0;
		}
		this.grid.station[n] = -1;
		this.pos[v] = -1;
	}

	/** Reserves the ports around a placed comb node while some of its paths are missing. */
	private updateReservation(v: number): void {
		const n = this.pos[v]!;
		let want = 0;
		if (n >= 0 && this.reserve) for (const e of this.comb.around[v]!) if (!this.paths[e]) want = 1;
		if (want === this.reserving[v]) return;
		this.grid.reserveAround(n, want ? 1 : -1);
		this.reserving[v] = want;
	}

	private wx(n: number): number {
		return (n % this.grid.width) + this.grid.originX;
	}

	private wy(n: number): number {
		return Math.floor(n / this.grid.width) + this.grid.originY;
	}

	/** Where a comb node would like to be: its target, shifted like its placed neighbours were. */
	private center(v: number): [number, number] {
		const s = this.comb.nodeStation[v]!;
		let x = this.targets.x[s]!;
		let y = this.targets.y[s]!;
		if (this.targets.kind[s] !== AnchorKind.Soft) return [x, y];
		let sx = 0, sy = 0, count = 0;
		for (const e of this.comb.around[v]!) {
			const edge = this.comb.edges[e]!;
			const w = edge.from === v ? edge.to : edge.from;
			const n = this.pos[w]!;
			if (n < 0) continue;
			const ws = this.comb.nodeStation[w]!;
			sx += this.wx(n) - this.targets.x[ws]!;
			sy += this.wy(n) - this.targets.y[ws]!;
			count++;
		}
		if (count > 0) {
			x += sx / count;
			y += sy / count;
		}
		return [x, y];
	}

	/** What it costs for comb node v to sit on grid node n instead of its target. */
	moveCost(v: number, n: number): number {
		const s = this.comb.nodeStation[v]!;
		const w = this.targets.weight[s]!;
		if (w === Infinity) return 0;
		return w * Math.hypot(this.wx(n) - this.targets.x[s]!, this.wy(n) - this.targets.y[s]!);
	}

	private freeNeighbours(n: number): number {
		const W = this.grid.width;
		const x = n % W;
		const y = (n - x) / W;
		let free = 0;
		for (let d = 0; d < 8; d++) {
			const nx = x + DX[d]!;
			const ny = y + DY[d]!;
			if (nx >= 0 && ny >= 0 && nx < W && ny < this.grid.height && this.grid.isFree(ny * W + nx)) free++;
		}
		return free;
	}

	/**
	 * Free grid nodes for an unplaced comb node around its center, each with its move cost;
	 * with `src`, only nodes at least `minSteps` steps from it, so the chain fits without
	 * a detour. The radius doubles until something is found.
	 */
	private candidates(v: number, src: number, minSteps: number, radius: number): number {
		const [cx, cy] = this.center(v);
		const gx = cx - this.grid.originX;
		const gy = cy - this.grid.originY;
		const s = this.comb.nodeStation[v]!;
		const weight = this.targets.weight[s]!;
		const degree = this.comb.around[v]!.length;
		const W = this.grid.width;
		const H = this.grid.height;
		const sx = src >= 0 ? src % W : 0;
		const sy = src >= 0 ? (src - sx) / W : 0;
		const limit = Math.max(W, H);
		for (let r = radius; ; r *= 2) {
			let count = 0;
			const xa = Math.max(0, Math.floor(gx - r));
			const xb = Math.min(W - 1, Math.ceil(gx + r));
			const ya = Math.max(0, Math.floor(gy - r));
			const yb = Math.min(H - 1, Math.ceil(gy + r));
			for (let y = ya; y <= yb; y++)
				for (let x = xa; x <= xb; x++) {
					const d = Math.hypot(x - gx, y - gy);
					if (d > r) continue;
					const n = y * W + x;
					if (!this.grid.isFree(n)) continue;
					const reach = Math.max(Math.abs(x - sx), Math.abs(y - sy));
					if (src >= 0 && reach < minSteps) continue;
					if (this.freeNeighbours(n) < degree) continue;
					this.cand[count] = n;
					this.candCost[count] = weight * d + (src >= 0 && minSteps > 1 && reach % minSteps !== 0 ? UNEVEN_COST : 0);
					count++;
				}
			if (count > 0 || r >= limit) return count;
		}
	}

	private placeAlone(v: number): void {
		const count = this.candidates(v, -1, 0, this.settings.searchRadius);
		let best = -1;
		for (let i = 0; i < count; i++) if (best < 0 || this.candCost[i]! < this.candCost[best]!) best = i;
		if (best >= 0) {
			this.place(v, this.cand[best]!);
			return;
		}
		for (let n = 0; n < this.grid.size; n++)
			if (this.grid.isFree(n)) {
				this.place(v, n);
				return;
			}
		throw new LayoutInputError(`no room on the grid for station '${this.net.ids[this.comb.nodeStation[v]!]}'`);
	}

	// ---- ports ----------------------------------------------------------------------------

	private portOf(v: number, e: number): number {
		const edge = this.comb.edges[e]!;
		return edge.from === v ? this.portFrom[e]! : this.portTo[e]!;
	}

	private linesAt(v: number, e: number): number[] {
		const edge = this.comb.edges[e]!;
		return edge.from === v ? edge.fromLines : edge.toLines;
	}

	/** Per port of v: the cost of the lines of e turning there against the edges already drawn. */
	private portCosts(v: number, e: number): Float64Array | null {
		let out: Float64Array | null = null;
		const mine = this.linesAt(v, e);
		for (const f of this.comb.around[v]!) {
			if (f === e) continue;
			const pf = this.portOf(v, f);
			if (pf < 0 || !shares(mine, this.linesAt(v, f))) continue;
			out ??= new Float64Array(8);
			const straight = opposite(pf);
			for (let q = 0; q < 8; q++) out[q]! += this.settings.lineBendWeight * this.bendCost[turnSteps(straight, q)]!;
		}
		return out;
	}

	private lineBendCost(v: number, e: number): number {
		const pe = this.portOf(v, e);
		if (pe < 0) return 0;
		let cost = 0;
		const mine = this.linesAt(v, e);
		for (const f of this.comb.around[v]!) {
			if (f === e) continue;
			const pf = this.portOf(v, f);
			if (pf < 0 || !shares(mine, this.linesAt(v, f))) continue;
			cost += this.settings.lineBendWeight * this.bendCost[turnSteps(opposite(pf), pe)]!;
		}
		return cost;
	}

	private ports(v: number, e: number, relax: boolean): number {
		if (!relax && !this.comb.freeOrder[v]) return orderedPorts(this.comb.around[v]!, e, (f) => this.portOf(v, f));
		let used = 0;
		for (const f of this.comb.around[v]!) if (f !== e && this.portOf(v, f) >= 0) used |= 1 << this.portOf(v, f);
		return 0xff & ~used;
	}

	// ---- routing --------------------------------------------------------------------------

	/**
	 * Routes comb edge e. Ends already placed stay; an unplaced end is chosen among its
	 * candidates by the search itself. With `relax` the circular order is not enforced; with
	 * `widen` a failed search is repeated on the whole grid, and an unplaced end whose
	 * cheapest candidate is only reached by a detour or a crossing gets a wider ring of
	 * candidates (a walled-in spot is worse than a spot a little further away).
	 */
	route(e: number, relax: boolean, widen: boolean): boolean {
		const edge = this.comb.edges[e]!;
		let a = edge.from;
		let b = edge.to;
		let flip = false;
		if (this.pos[a]! < 0 && this.pos[b]! >= 0) {
			[a, b] = [b, a];
			flip = true;
		}
		let placedA = false;
		if (this.pos[a]! < 0) {
			this.placeAlone(a);
			placedA = true;
		}
		const W = this.grid.width;
		const src = this.pos[a]!;
		const srcPorts = this.ports(a, e, relax);
		const srcCost = this.portCosts(a, e);
		const open = this.pos[b]! < 0;
		let found = this.attempt(e, src, srcPorts, srcCost, b, relax, this.settings.searchRadius, false);
		if (widen && !found) found = this.attempt(e, src, srcPorts, srcCost, b, relax, this.settings.searchRadius, true);
		if (widen && open) {
			const [cx, cy] = this.center(b);
			const reach = Math.max(Math.abs(cx - this.wx(src)), Math.abs(cy - this.wy(src)), edge.minSteps);
			if (!found || found.path.length - 1 > 2 * reach + 4 || this.crossedNodes(found.path) > 0) {
				const wider = this.attempt(e, src, srcPorts, srcCost, b, relax, 3 * this.settings.searchRadius, true);
				if (wider && (!found || wider.cost < found.cost)) found = wider;
			}
		}
		if (!found) {
			if (placedA) this.unplace(a);
			return false;
		}
		const path = found.path;
		if (flip) path.reverse();
		this.commit(e, path);
		return true;
	}

	/** One search for edge e from the placed node `src` to end b (placed, or among candidates). */
	private attempt(
		e: number,
		src: number,
		srcPorts: number,
		srcPortCost: Float64Array | null,
		b: number,
		relax: boolean,
		radius: number,
		wholeGrid: boolean
	): RouteFound | null {
		const edge = this.comb.edges[e]!;
		const W = this.grid.width;
		const H = this.grid.height;
		const sx = src % W;
		const sy = (src - sx) / W;
		const req: RouteRequest = {
			src,
			srcPorts,
			srcPortCost,
			tgt: -1,
			tgtPorts: 0xff,
			tgtPortCost: null,
			candidates: this.cand,
			candidateCost: this.candCost,
			candidateCount: 0,
			minSteps: edge.minSteps,
			crossAnyAngle: this.crossAnyAngle,
			x0: sx, y0: sy, x1: sx, y1: sy
		};
		let layered = false;
		let slack = 0;
		if (this.pos[b]! >= 0) {
			req.tgt = this.pos[b]!;
			req.tgtPorts = this.ports(b, e, relax);
			req.tgtPortCost = this.portCosts(b, e);
			const tx = req.tgt % W;
			const ty = (req.tgt - tx) / W;
			this.widenTo(req, tx, ty);
			const cheb = Math.max(Math.abs(tx - sx), Math.abs(ty - sy));
			layered = cheb < edge.minSteps;
			slack = layered ? Math.ceil((edge.minSteps - cheb) / 2) : 0;
		} else {
			req.candidateCount = this.candidates(b, src, edge.minSteps, radius);
			for (let i = 0; i < req.candidateCount; i++) {
				const c = this.cand[i]!;
				const cx = c % W;
				this.widenTo(req, cx, (c - cx) / W);
			}
		}
		if (srcPorts === 0 || req.tgtPorts === 0 || (req.tgt < 0 && req.candidateCount === 0)) return null;
		const margin = (wholeGrid ? WIDE_MARGIN : 3) + slack;
		req.x0 = Math.max(0, req.x0 - margin);
		req.y0 = Math.max(0, req.y0 - margin);
		req.x1 = Math.min(W - 1, req.x1 + margin);
		req.y1 = Math.min(H - 1, req.y1 + margin);
		let found = this.search.route(this.grid, req, layered);
		if (found && !layered) {
			const crossed = this.crossedNodes(found.path);
			if (crossed > 0 && found.path.length - 1 - crossed < edge.minSteps) {
				// Crossed nodes cannot hold stations: count usable steps and search again.
				layered = true;
				found = this.search.route(this.grid, req, true);
			}
		}
		if (found && layered && selfIntersects(found.path, this.grid)) found = null;
		return found;
	}

	/** Interior nodes of a path (not yet committed) where it would cross another path. */
	private crossedNodes(path: Int32Array): number {
		let n = 0;
		for (let i = 1; i + 1 < path.length; i++) if (this.grid.owner[path[i]!] !== -1) n++;
		return n;
	}

	private widenTo(req: RouteRequest, x: number, y: number): void {
		if (x < req.x0) req.x0 = x;
		if (x > req.x1) req.x1 = x;
		if (y < req.y0) req.y0 = y;
		if (y > req.y1) req.y1 = y;
	}

	/** Makes `path` the drawing of e: places unplaced ends, claims its nodes and ports. */
	commit(e: number, path: Int32Array): void {
		const edge = this.comb.edges[e]!;
		const last = path.length - 1;
		if (this.pos[edge.from]! < 0) this.place(edge.from, path[0]!);
		if (this.pos[edge.to]! < 0) this.place(edge.to, path[last]!);
		this.paths[e] = path;
		this.grid.occupy(path, e);
		this.portFrom[e] = stepDirection(path[0]!, path[1]!, this.grid.width);
		this.portTo[e] = stepDirection(path[last]!, path[last - 1]!, this.grid.width);
		this.updateReservation(edge.from);
		this.updateReservation(edge.to);
	}

	/** Takes e's path out of the grid again. */
	uncommit(e: number): void {
		const path = this.paths[e];
		if (!path) return;
		this.grid.release(path, e);
		this.paths[e] = null;
		this.portFrom[e] = -1;
		this.portTo[e] = -1;
		const edge = this.comb.edges[e]!;
		this.updateReservation(edge.from);
		this.updateReservation(edge.to);
	}

	// ---- cost and local search ------------------------------------------------------------

	/** Steps, bends, crossings and unevenness of e's path (or the stand-in cost of a failed one). */
	pathCost(e: number): number {
		const path = this.paths[e];
		if (!path) return FAILED_COST;
		const W = this.grid.width;
		const s = this.settings;
		let cost = 0;
		let prev = -1;
		for (let i = 0; i + 1 < path.length; i++) {
			const d = stepDirection(path[i]!, path[i + 1]!, W);
			cost += s.hopCost * ((d & 1) === 1 ? s.diagonalFactor : 1);
			if (prev >= 0) cost += this.bendCost[turnSteps(prev, d)]!;
			if (i > 0 && this.grid.owner2[path[i]!] !== -1) cost += s.crossingCost;
			prev = d;
		}
		const hops = this.comb.edges[e]!.minSteps;
		if (hops > 1 && (path.length - 1) % hops !== 0) cost += UNEVEN_COST;
		return cost;
	}

	/** The part of the objective that moving comb node v can change. */
	localCost(v: number, edges: number[]): number {
		let cost = this.moveCost(v, this.pos[v]!);
		for (const e of edges) {
			const edge = this.comb.edges[e]!;
			cost += this.pathCost(e) + this.lineBendCost(edge.from, e) + this.lineBendCost(edge.to, e);
		}
		return cost;
	}

	/**
	 * The whole drawing's cost, failed paths and crossings weighing most: what makes one
	 * routing attempt better than another.
	 */
	score(): number {
		let cost = 0;
		for (let v = 0; v < this.pos.length; v++) if (this.pos[v]! >= 0) cost += this.moveCost(v, this.pos[v]!);
		this.comb.edges.forEach((edge, e) => {
			cost += this.pathCost(e) + this.lineBendCost(edge.from, e) + this.lineBendCost(edge.to, e);
		});
		return cost + this.countCrossings() * 1e3;
	}

	failedCount(): number {
		let n = 0;
		for (const p of this.paths) if (p === null) n++;
		return n;
	}

	/** Routed edges with a node (or an end) within Chebyshev distance `radius` of one of `nodes`. */
	pathsNear(nodes: number[], radius: number): number[] {
		const W = this.grid.width;
		const out: number[] = [];
		this.paths.forEach((path, e) => {
			if (!path) return;
			for (const p of path) {
				const px = p % W;
				const py = (p - px) / W;
				for (const n of nodes) {
					if (n < 0) continue;
					const nx = n % W;
					if (Math.max(Math.abs(px - nx), Math.abs(py - (n - nx) / W)) <= radius) {
						out.push(e);
						return;
					}
				}
			}
		});
		return out;
	}

	/** Soft comb nodes within `radius` of one of `nodes` none of whose edges has a path. */
	looseNodesNear(nodes: number[], radius: number): number[] {
		const W = this.grid.width;
		const out: number[] = [];
		for (let v = 0; v < this.pos.length; v++) {
			const p = this.pos[v]!;
			if (p < 0 || this.targets.kind[this.comb.nodeStation[v]!] !== AnchorKind.Soft) continue;
			if (this.comb.around[v]!.some((e) => this.paths[e] !== null)) continue;
			const px = p % W;
			const py = (p - px) / W;
			if (nodes.some((n) => n >= 0 && Math.max(Math.abs(px - (n % W)), Math.abs(py - Math.floor(n / W))) <= radius)) out.push(v);
		}
		return out;
	}

	/** Edges that failed or cross another path. */
	troubleEdges(): Set<number> {
		const out = new Set<number>();
		this.paths.forEach((p, e) => p === null && out.add(e));
		for (let n = 0; n < this.grid.size; n++)
			if (this.grid.owner2[n] !== -1) {
				out.add(this.grid.owner[n]!);
				out.add(this.grid.owner2[n]!);
			}
		return out;
	}

	countCrossings(): number {
		let n = 0;
		for (let i = 0; i < this.grid.size; i++) if (this.grid.owner2[i] !== -1) n++;
		return n;
	}
}

function shares(a: number[], b: number[]): boolean {
	for (const x of a) if (b.includes(x)) return true;
	return false;
}

/** A path that counts steps may loop back over itself; such a path cannot be drawn. */
function selfIntersects(path: Int32Array, grid: Grid): boolean {
	const nodes = new Set<number>();
	for (const n of path) {
		if (nodes.has(n)) return true;
		nodes.add(n);
	}
	const cells = new Set<number>();
	for (let i = 0; i + 1 < path.length; i++) {
		const d = stepDirection(path[i]!, path[i + 1]!, grid.width);
		if ((d & 1) === 0) continue;
		const c = grid.diagCell(path[i]!, d);
		if (cells.has(c)) return true;
		cells.add(c);
	}
	return false;
}
