/**
 * A min-heap of (key, value) pairs in typed arrays, for Dijkstra/A* without allocation per
 * push. Decrease-key is done lazily: push again and let the caller skip stale pops.
 */
export class BinaryHeap {
	private keys: Float64Array;
	private values: Int32Array;
	size = 0;

	constructor(capacity = 1024) {
		this.keys = new Float64Array(capacity);
		this.values = new Int32Array(capacity);
	}

	clear(): void {
		this.size = 0;
	}

	push(key: number, value: number): void {
		if (this.size === this.keys.length) this.grow();
		const keys = this.keys;
		const values = this.values;
		let i = this.size++;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			const pk = keys[parent]!;
			if (pk <= key) break;
			keys[i] = pk;
			values[i] = values[parent]!;
			i = parent;
		}
		keys[i] = key;
		values[i] = value;
	}

	/** Smallest key; only valid when size > 0. */
	peekKey(): number {
		return this.keys[0]!;
	}

	/** Removes the smallest pair and returns its value; only valid when size > 0. */
	pop(): number {
		const keys = this.keys;
		const values = this.values;
		const top = values[0]!;
		const n = --this.size;
		if (n === 0) return top;
		const key = keys[n]!;
		const value = values[n]!;
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= n) break;
			if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
			if (keys[child]! >= key) break;
			keys[i] = keys[child]!;
			values[i] = values[child]!;
			i = child;
		}
		keys[i] = key;
		values[i] = value;
		return top;
	}

	private grow(): void {
		const keys = new Float64Array(this.keys.length * 2);
		const values = new Int32Array(this.values.length * 2);
		keys.set(this.keys);
		values.set(this.values);
		this.keys = keys;
		this.values = values;
	}
}
