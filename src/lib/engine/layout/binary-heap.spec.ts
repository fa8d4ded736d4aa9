import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinaryHeap } from './binary-heap';

describe('BinaryHeap', () => {
	it('pops values in key order, growing past its capacity', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { maxLength: 300 }), (keys) => {
				const heap = new BinaryHeap(2);
				keys.forEach((k, i) => heap.push(k, i));
				const popped: number[] = [];
				while (heap.size > 0) popped.push(keys[heap.pop()]!);
				expect(popped).toEqual(keys.slice().sort((a, b) => a - b));
			})
		);
	});
});
