import { line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePath } from './line-path';
import type { XY } from './types';

describe('linePath', () => {
	it('writes the same path data as d3-shape, so the drawing does not change', () => {
		const d3 = line<XY>();
		const xy = fc.tuple(fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }));
		fc.assert(fc.property(fc.array(xy, { maxLength: 12 }), (points) => linePath(points) === (d3(points) ?? '')));
	});

	it('draws a hop as a move and a line', () => {
		expect(linePath([[0, 0], [10.12345, 20]])).toBe('M0,0L10.123,20');
	});
});
