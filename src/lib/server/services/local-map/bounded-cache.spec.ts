import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
	it('computes once per key and forgets the least recently used beyond its capacity', () => {
		const cache = new BoundedCache<number>(2);
		let made = 0;
		const make = (v: number) => () => (made++, v);
		expect(cache.getOrCreate('a', make(1))).toBe(1);
		expect(cache.getOrCreate('a', make(9))).toBe(1);
		cache.getOrCreate('b', make(2));
		cache.getOrCreate('a', make(9)); // a is now the most recent
		cache.getOrCreate('c', make(3)); // evicts b
		expect(cache.size).toBe(2);
		expect(cache.getOrCreate('a', make(9))).toBe(1);
		expect(cache.getOrCreate('b', make(4))).toBe(4);
		expect(made).toBe(4);
	});
});
