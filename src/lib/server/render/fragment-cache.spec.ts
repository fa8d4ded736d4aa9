import { describe, expect, it } from 'vitest';
import { FragmentCache } from './fragment-cache';

describe('FragmentCache', () => {
	it('renders a key once and hands the same HTML to every later caller', () => {
		const cache = new FragmentCache(4);
		let renders = 0;
		const render = () => `<p>${++renders}</p>`;
		expect(cache.get('a', render)).toBe('<p>1</p>');
		expect(cache.get('a', render)).toBe('<p>1</p>');
		expect(renders).toBe(1);
		expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });
	});

	it('keeps different keys apart', () => {
		const cache = new FragmentCache(4);
		expect(cache.get('nl', () => 'Lasser')).toBe('Lasser');
		expect(cache.get('en', () => 'Welder')).toBe('Welder');
		expect(cache.get('nl', () => 'again')).toBe('Lasser');
	});

	it('drops the least recently used entry beyond its bound', () => {
		const cache = new FragmentCache(2);
		cache.get('a', () => 'A');
		cache.get('b', () => 'B');
		cache.get('a', () => 'not rendered: a was used last');
		cache.get('c', () => 'C');
		expect(cache.size).toBe(2);
		expect(cache.get('a', () => 'A2')).toBe('A');
		expect(cache.get('b', () => 'B2')).toBe('B2');
	});

	it('refuses a bound below one', () => {
		expect(() => new FragmentCache(0)).toThrow(/maxEntries/);
	});
});
