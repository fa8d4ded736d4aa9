import { describe, expect, it } from 'vitest';
import { boxAround, fitView } from './zoom-fit';

const extent = { minX: 0, minY: 0, maxX: 400, maxY: 200 };

describe('fitView', () => {
	it('scales the box to fill the extent and centres it', () => {
		const v = fitView({ minX: 100, minY: 100, maxX: 200, maxY: 150 }, extent, 0, { min: 0.1, max: 10 });
		expect(v.k).toBe(4);
		expect(v.k * 150 + v.x).toBe(200);
		expect(v.k * 125 + v.y).toBe(100);
	});

	it('keeps padding around the box and respects the largest zoom', () => {
		expect(fitView({ minX: 0, minY: 0, maxX: 100, maxY: 100 }, extent, 50, { min: 0.1, max: 10 }).k).toBe(1);
		expect(fitView({ minX: 5, minY: 5, maxX: 5, maxY: 5 }, extent, 0, { min: 0.1, max: 8 }).k).toBe(8);
	});
});

describe('boxAround', () => {
	it('bounds the points', () => {
		expect(boxAround([[1, 5], [3, -2]])).toEqual({ minX: 1, minY: -2, maxX: 3, maxY: 5 });
		expect(boxAround([])).toBeNull();
	});
});
