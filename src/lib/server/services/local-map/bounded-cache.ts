/**
 * A least-recently-used cache of at most `capacity` entries. Local maps are keyed by focus, and
 * a taxonomy has thousands of stations: memoising them on the snapshot would keep every map
 * anyone ever asked for until the next network version.
 */
export class BoundedCache<V> {
	private readonly entries = new Map<string, V>();

	constructor(readonly capacity: number) {}

	get size(): number {
		return this.entries.size;
	}

	getOrCreate(key: string, create: () => V): V {
		if (this.entries.has(key)) {
			const value = this.entries.get(key)!;
			// Map keeps insertion order: re-inserting marks the entry as the most recent.
			this.entries.delete(key);
			this.entries.set(key, value);
			return value;
		}
		const value = create();
		this.entries.set(key, value);
		if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
		return value;
	}

	/** Drops one entry (a computation that failed must not be served again). */
	delete(key: string): void {
		this.entries.delete(key);
	}

	clear(): void {
		this.entries.clear();
	}
}
