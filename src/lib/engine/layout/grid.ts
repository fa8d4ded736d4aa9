import { DX, DY, isDiagonal } from './directions';

/**
 * The occupancy of the octilinear grid graph. Rather than materialising the paper's port and
 * sink nodes, a node's state here is "who uses it": a placed station (a sink: paths may only
 * end there), the interior of one path (closed to others), or — where the network forces it
 * — two paths crossing straight through at right angles. A diagonal step claims its cell so
 * that the other diagonal of the same cell, which would cross it, is closed.
 */
export class Grid {
	readonly size: number;
	/** Path id using the node as interior, -1 when free. */
	readonly owner: Int32Array;
	/** A second path crossing the first at this node, -1 when none. */
	readonly owner2: Int32Array;
	/** Axis (direction & 3) of the owning path when it runs straight through, else -1. */
	readonly axis: Int8Array;
	readonly axis2: Int8Array;
	/** Comb node placed on this grid node, -1 when none. */
	readonly station: Int32Array;
	/** Path id using one of the two diagonals of cell (x, y), -1 when free. */
	readonly diag: Int32Array;
	/**
	 * Per node: how many placed stations next to it still wait for paths. A path passing
	 * there takes a port such a station may need (the paper's sink reservation), so it pays.
	 */
	readonly reserved: Uint8Array;

	constructor(
		readonly width: number,
		readonly height: number,
		/** World cell coordinates of grid node (0, 0). */
		readonly originX: number,
		readonly originY: number
	) {
		this.size = width * height;
		this.owner = new Int32Array(this.size).fill(-1);
		this.owner2 = new Int32Array(this.size).fill(-1);
		this.axis = new Int8Array(this.size).fill(-1);
		this.axis2 = new Int8Array(this.size).fill(-1);
		this.station = new Int32Array(this.size).fill(-1);
		this.diag = new Int32Array(this.size).fill(-1);
		this.reserved = new Uint8Array(this.size);
	}

	/** Adds `delta` to the reservation of the eight nodes around n. */
	reserveAround(n: number, delta: number): void {
		const x = n % this.width;
		const y = (n - x) / this.width;
		for (let d = 0; d < 8; d++) {
			const nx = x + DX[d]!;
			const ny = y + DY[d]!;
			if (nx >= 0 && ny >= 0 && nx < this.width && ny < this.height) this.reserved[ny * this.width + nx]! += delta;
		}
	}

	node(x: number, y: number): number {
		return y * this.width + x;
	}

	/** The grid node nearest to a world position in cells (clamped into the grid). */
	nearest(wx: number, wy: number): number {
		const x = Math.min(this.width - 1, Math.max(0, Math.round(wx - this.originX)));
		const y = Math.min(this.height - 1, Math.max(0, Math.round(wy - this.originY)));
		return this.node(x, y);
	}

	/** Cell holding the diagonal step from node `n` in direction `d`. */
	diagCell(n: number, d: number): number {
		const x = n % this.width;
		const y = (n - x) / this.width;
		return this.node(DX[d]! < 0 ? x - 1 : x, DY[d]! < 0 ? y - 1 : y);
	}

	isFree(n: number): boolean {
		return this.owner[n] === -1 && this.station[n] === -1;
	}

	/** Marks a path's interior nodes and diagonal cells as used by `id`. */
	occupy(path: Int32Array, id: number): void {
		const w = this.width;
		for (let i = 0; i + 1 < path.length; i++) {
			const a = path[i]!;
			const b = path[i + 1]!;
			const d = stepDirection(a, b, w);
			if (isDiagonal(d)) this.diag[this.diagCell(a, d)] = id;
			if (i === 0) continue;
			const din = stepDirection(path[i - 1]!, a, w);
			const ax = din === d ? d & 3 : -1;
			if (this.owner[a] === -1) {
				this.owner[a] = id;
				this.axis[a] = ax;
			} else {
				this.owner2[a] = id;
				this.axis2[a] = ax;
			}
		}
	}

	release(path: Int32Array, id: number): void {
		const w = this.width;
		for (let i = 0; i + 1 < path.length; i++) {
			const a = path[i]!;
			const d = stepDirection(a, path[i + 1]!, w);
			if (isDiagonal(d)) {
				const c = this.diagCell(a, d);
				if (this.diag[c] === id) this.diag[c] = -1;
			}
			if (i === 0) continue;
			if (this.owner[a] === id) {
				this.owner[a] = this.owner2[a]!;
				this.axis[a] = this.axis2[a]!;
				this.owner2[a] = -1;
				this.axis2[a] = -1;
			} else if (this.owner2[a] === id) {
				this.owner2[a] = -1;
				this.axis2[a] = -1;
			}
		}
	}
}

/** Direction of a single grid step between neighbouring nodes. */
export function stepDirection(a: number, b: number, width: number): number {
	const ax = a % width;
	const bx = b % width;
	const dx = bx - ax;
	const dy = (b - bx) / width - (a - ax) / width;
	if (dy === 0) return dx > 0 ? 0 : 4;
	if (dx === 0) return dy < 0 ? 2 : 6;
	if (dy < 0) return dx > 0 ? 1 : 3;
	return dx > 0 ? 7 : 5;
}
