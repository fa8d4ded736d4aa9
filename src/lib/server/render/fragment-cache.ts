/**
 * Rendered HTML that is the same for every reader (a map, a table), kept per key with the
 * least recently used entry dropped first. Keys must name everything the HTML depends on —
 * network and version, language, highlight — and nothing about the reader: whatever depends
 * on who asks (closed modules, a profile, a session) is never rendered into a shared fragment.
 */
export class FragmentCache {
	private readonly entries = new Map<string, string>();
	hits = 0;
	misses = 0;

	constructor(readonly maxEntries: number) {
		if (!(maxEntries >= 1)) throw new Error('FragmentCache: maxEntries must be at least 1');
	}

	get(key: string, render: () => string): string {
		const cached = this.entries.get(key);
		if (cached !== undefined) {
			// Map keeps insertion order: re-inserting marks the entry as the most recently used.
			this.entries.delete(key);
			this.entries.set(key, cached);
			this.hits++;
			return cached;
		}
		this.misses++;
		const html = render();
		this.entries.set(key, html);
		if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
		return html;
	}

	get size(): number {
		return this.entries.size;
	}

	clear(): void {
		this.entries.clear();
	}
}
