import { gzip } from 'node:zlib';

/** One rendered page as it was answered: its headers (security headers are added per answer) and body. */
export interface CachedPage {
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/** The body gzip'd, made off the request thread once the page is asked for a second time. */
	gzipped?: Uint8Array<ArrayBuffer>;
}

interface Entry extends CachedPage {
	generation: string;
	gzipping: boolean;
}

export interface PageCacheLimits {
	maxBytes: number;
	maxEntries: number;
}

const sizeOf = (e: CachedPage) => e.body.byteLength + (e.gzipped?.byteLength ?? 0);

/**
 * Rendered pages for readers without a session, least recently used dropped first, bounded in
 * bytes and in entries. Every entry belongs to one generation of the stored networks (their
 * ids and versions): a page made for an older generation is never answered, and the first
 * request that sees a new generation drops them all, so an edit or an import shows at once.
 */
export class PageCache {
	private readonly entries = new Map<string, Entry>();
	private generation = '';
	bytes = 0;
	hits = 0;
	misses = 0;

	constructor(
		readonly limits: PageCacheLimits,
		private readonly compress: (body: Uint8Array) => Promise<Uint8Array<ArrayBuffer>> = gzipAsync
	) {
		if (!(limits.maxBytes >= 1) || !(limits.maxEntries >= 1)) throw new Error('PageCache: limits must be at least 1');
	}

	/** Moves the cache to the stored networks' current generation, dropping every page of an older one. */
	syncGeneration(generation: string): void {
		if (generation === this.generation) return;
		this.entries.clear();
		this.bytes = 0;
		this.generation = generation;
	}

	get(key: string): CachedPage | undefined {
		const entry = this.entries.get(key);
		if (entry === undefined || entry.generation !== this.generation) {
			this.misses++;
			return undefined;
		}
		// Map keeps insertion order: re-inserting marks the entry as the most recently used.
		this.entries.delete(key);
		this.entries.set(key, entry);
		this.hits++;
		if (entry.gzipped === undefined && !entry.gzipping) this.gzipLater(key, entry);
		return entry;
	}

	/**
	 * Keeps a page made for `generation`; a page rendered while the networks changed under it
	 * (an older generation) is not kept. A page larger than the whole budget is not kept either.
	 */
	set(key: string, generation: string, page: CachedPage): void {
		if (generation !== this.generation) return;
		this.remove(key);
		if (sizeOf(page) > this.limits.maxBytes) return;
		this.entries.set(key, { ...page, generation, gzipping: false });
		this.bytes += sizeOf(page);
		this.evict();
	}

	get size(): number {
		return this.entries.size;
	}

	/** Gzip runs in libuv's thread pool; only pages asked for twice are worth compressing. */
	private gzipLater(key: string, entry: Entry): void {
		entry.gzipping = true;
		this.compress(entry.body).then(
			(gzipped) => {
				// Dropped or replaced meanwhile: the bytes would be counted for nothing.
				if (this.entries.get(key) !== entry) return;
				entry.gzipped = gzipped;
				this.bytes += gzipped.byteLength;
				this.evict();
			},
			() => {
				// Answered uncompressed instead; nothing is lost.
			}
		);
	}

	private remove(key: string): void {
		const old = this.entries.get(key);
		if (old === undefined) return;
		this.entries.delete(key);
		this.bytes -= sizeOf(old);
	}

	private evict(): void {
		while (this.bytes > this.limits.maxBytes || this.entries.size > this.limits.maxEntries) this.remove(this.entries.keys().next().value!);
	}
}

function gzipAsync(body: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
	// A copy of its own: zlib's Buffer may be a slice of a larger pooled one.
	return new Promise((resolve, reject) => gzip(body, (error, out) => (error ? reject(error) : resolve(new Uint8Array(out)))));
}
