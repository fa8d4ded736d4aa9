import type { Box } from './geometry';

/**
 * Uniform buckets over the plane for "what is near this box" queries. Items are numbers
 * (the caller's indices); a box query may return an item more than once across buckets, so
 * it is de-duplicated with a per-query stamp.
 */
export class SpatialIndex {
	private readonly buckets = new Map<number, number[]>();
	private stamps = new Uint32Array(64);
	private query = 0;

	constructor(private readonly size: number) {}

	private key(bx: number, by: number): number {
		return (bx + 32768) * 65536 + (by + 32768);
	}

	private range(b: Box): [number, number, number, number] {
		const s = this.size;
		return [Math.floor(b.x0 / s), Math.floor(b.y0 / s), Math.floor(b.x1 / s), Math.floor(b.y1 / s)];
	}

	insert(item: number, b: Box): void {
		const [x0, y0, x1, y1] = this.range(b);
		for (let x = x0; x <= x1; x++)
			for (let y = y0; y <= y1; y++) {
				const k = this.key(x, y);
				const list = this.buckets.get(k);
				if (list) list.push(item);
				else this.buckets.set(k, [item]);
			}
	}

	remove(item: number, b: Box): void {
		const [x0, y0, x1, y1] = this.range(b);
		for (let x = x0; x <= x1; x++)
			for (let y = y0; y <= y1; y++) {
				const list = this.buckets.get(this.key(x, y));
				if (!list) continue;
				const i = list.indexOf(item);
				if (i >= 0) list.splice(i, 1);
			}
	}

	/** Calls `visit` once for every item whose bucket range meets the box. */
	near(b: Box, visit: (item: number) => void): void {
		const q = ++this.query;
		const [x0, y0, x1, y1] = this.range(b);
		for (let x = x0; x <= x1; x++)
			for (let y = y0; y <= y1; y++) {
				const list = this.buckets.get(this.key(x, y));
				if (!list) continue;
				for (const item of list) {
					if (item >= this.stamps.length) {
						const grown = new Uint32Array(Math.max(item + 1, this.stamps.length * 2));
						grown.set(this.stamps);
						this.stamps = grown;
					}
					if (this.stamps[item] === q) continue;
					this.stamps[item] = q;
					visit(item);
				}
			}
	}
}
