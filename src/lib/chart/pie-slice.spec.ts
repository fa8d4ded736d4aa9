import { arc } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { pieSlice } from './pie-slice';

/** The end point and arc flags of an SVG path's single arc command. */
function arcOf(path: string): { large: number; sweep: number; x: number; y: number } {
	const m = /A([-\d.e]+),([-\d.e]+),0,([01]),([01]),([-\d.e]+),([-\d.e]+)/.exec(path);
	if (!m) throw new Error(`no arc in ${path}`);
	return { large: Number(m[3]), sweep: Number(m[4]), x: Number(m[5]), y: Number(m[6]) };
}

describe('pieSlice', () => {
	it('draws the same slice as d3-shape arc from twelve o\'clock, clockwise', () => {
		for (const share of [0.1, 0.25, 0.5, 0.6, 0.75, 0.99]) {
			const ours = arcOf(pieSlice(5, share));
			const d3 = arcOf(arc()({ innerRadius: 0, outerRadius: 5, startAngle: 0, endAngle: share * 2 * Math.PI })!);
			expect(ours.large).toBe(d3.large);
			expect(ours.sweep).toBe(d3.sweep);
			expect(ours.x).toBeCloseTo(d3.x, 2);
			expect(ours.y).toBeCloseTo(d3.y, 2);
		}
	});

	it('is empty for nothing and clamps shares outside 0..1', () => {
		expect(pieSlice(5, 0)).toBe('');
		expect(pieSlice(5, -1)).toBe('');
		expect(arcOf(pieSlice(5, 2))).toEqual(arcOf(pieSlice(5, 1)));
	});
});
