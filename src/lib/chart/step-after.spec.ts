import { curveStepAfter, line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePath } from '$lib/components/map/line-path';
import type { XY } from '$lib/components/map/types';
import { stepAfter } from './step-after';

describe('stepAfter', () => {
	it('holds each value until the next point, then steps', () => {
		expect(stepAfter([[0, 10], [5, 20], [9, 20]])).toEqual([[0, 10], [5, 10], [5, 20], [9, 20], [9, 20]]);
		expect(stepAfter([])).toEqual([]);
	});

	it("draws the same path as d3-shape's step-after curve, which the salary curve used", () => {
		const xy = fc.tuple(fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }));
		const d3 = line<XY>().curve(curveStepAfter);
		fc.assert(fc.property(fc.array(xy, { minLength: 2, maxLength: 12 }), (points) => linePath(stepAfter(points)) === (d3(points) ?? '')));
	});
});
