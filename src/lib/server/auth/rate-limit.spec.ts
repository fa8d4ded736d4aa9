import { describe, expect, it } from 'vitest';
import { FailureWindow } from './rate-limit';

describe('failure window', () => {
	it('allows up to the limit, then blocks until the window ends', () => {
		const w = new FailureWindow(3, 1000);
		for (let i = 0; i < 3; i++) {
			expect(w.retryAfter('k', 100)).toBe(0);
			w.record('k', 100);
		}
		expect(w.retryAfter('k', 200)).toBe(900);
		expect(w.retryAfter('other', 200)).toBe(0);
		expect(w.retryAfter('k', 1100)).toBe(0);
	});

	it('starts a new window after the old one ends and forgets a cleared key', () => {
		const w = new FailureWindow(2, 1000);
		w.record('k', 0);
		w.record('k', 0);
		w.record('k', 1500);
		expect(w.retryAfter('k', 1600)).toBe(0);
		w.record('k', 1600);
		expect(w.retryAfter('k', 1700)).toBe(800);
		w.clear('k');
		expect(w.retryAfter('k', 1700)).toBe(0);
	});

	it('keeps memory bounded under many distinct keys', () => {
		const w = new FailureWindow(1, 60_000, 100);
		for (let i = 0; i < 1000; i++) w.record(`key-${i}`, 0);
		expect(w.retryAfter('key-999', 1)).toBeGreaterThan(0);
		expect(w.retryAfter('key-0', 1)).toBe(0);
	});
});
