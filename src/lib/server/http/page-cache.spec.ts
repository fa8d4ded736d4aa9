import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache, type CachedPage } from './page-cache';

const page = (text: string): CachedPage => ({ headers: [['content-type', 'text/html']], body: new TextEncoder().encode(text) });
const text = (p: CachedPage | undefined) => (p ? new TextDecoder().decode(p.body) : undefined);
/** Lets the gzip started by a hit finish (it runs in the thread pool). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the page cache', () => {
	it('answers a kept page for its generation and counts hits and misses', () => {
		const cache = new PageCache({ maxBytes: 1000, maxEntries: 10 });
		cache.syncGeneration('g1');
		expect(cache.get('/en')).toBeUndefined();
		cache.set('/en', 'g1', page('home'));
		expect(text(cache.get('/en'))).toBe('home');
		expect([cache.hits, cache.misses]).toEqual([1, 1]);
	});

	it('drops every page when the networks change, and does not keep one rendered for an older generation', () => {
		const cache = new PageCache({ maxBytes: 1000, maxEntries: 10 });
		cache.syncGeneration('g1');
		cache.set('/en', 'g1', page('old name'));
		cache.syncGeneration('g2');
		expect(cache.get('/en')).toBeUndefined();
		expect([cache.size, cache.bytes]).toEqual([0, 0]);
		// Rendered while an edit landed: answered once, never kept.
		cache.set('/en', 'g1', page('old name'));
		expect(cache.get('/en')).toBeUndefined();
		cache.set('/en', 'g2', page('new name'));
		expect(text(cache.get('/en'))).toBe('new name');
	});

	it('stays within its bytes, dropping the least recently used page first', () => {
		const cache = new PageCache({ maxBytes: 10, maxEntries: 10 });
		cache.syncGeneration('g');
		cache.set('a', 'g', page('aaaa'));
		cache.set('b', 'g', page('bbbb'));
		cache.get('a');
		cache.set('c', 'g', page('cccc'));
		expect(cache.bytes).toBe(8);
		expect(text(cache.get('a'))).toBe('aaaa');
		expect(cache.get('b')).toBeUndefined();
		expect(text(cache.get('c'))).toBe('cccc');
		// Larger than the whole budget: answered, not kept, and nothing else is pushed out for it.
		cache.set('big', 'g', page('x'.repeat(11)));
		expect(cache.get('big')).toBeUndefined();
		expect(cache.size).toBe(2);
	});

	it('stays within its number of entries', () => {
		const cache = new PageCache({ maxBytes: 1000, maxEntries: 2 });
		cache.syncGeneration('g');
		for (const key of ['a', 'b', 'c']) cache.set(key, 'g', page(key));
		expect(cache.size).toBe(2);
		expect(cache.get('a')).toBeUndefined();
	});

	it('replacing a page counts its bytes once', () => {
		const cache = new PageCache({ maxBytes: 1000, maxEntries: 10 });
		cache.syncGeneration('g');
		cache.set('a', 'g', page('aaaa'));
		cache.set('a', 'g', page('aa'));
		expect([cache.size, cache.bytes]).toEqual([1, 2]);
	});

	it('gzips a page once it is asked for again, and counts those bytes too', async () => {
		const cache = new PageCache({ maxBytes: 100_000, maxEntries: 10 });
		cache.syncGeneration('g');
		const html = '<p>station</p>'.repeat(500);
		cache.set('/en', 'g', page(html));
		expect(cache.get('/en')!.gzipped).toBeUndefined();
		await settle();
		const gzipped = cache.get('/en')!.gzipped!;
		expect(gunzipSync(gzipped).toString()).toBe(html);
		expect(cache.bytes).toBe(html.length + gzipped.byteLength);
	});

	it('does not count a gzip that finishes after its page was dropped', async () => {
		let finish: (out: Uint8Array<ArrayBuffer>) => void = () => {};
		const cache = new PageCache({ maxBytes: 1000, maxEntries: 10 }, () => new Promise((resolve) => (finish = resolve)));
		cache.syncGeneration('g1');
		cache.set('/en', 'g1', page('home'));
		cache.get('/en');
		cache.syncGeneration('g2');
		finish(new Uint8Array(3));
		await settle();
		expect([cache.size, cache.bytes]).toEqual([0, 0]);
	});
});
