import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain, ticks } from './linear-scale';

// Chart-like numbers (salaries, months, fractions), not the subnormal corners of floating point.
const value = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100);
const small = fc.integer({ min: -2000, max: 2000 }).map((n) => n / 1000);
const count = fc.integer({ min: 1, max: 12 });

describe('linearScale', () => {
	it('maps the domain onto the range, and beyond it along the same line', () => {
		const x = linearScale([0, 120], [44, 312]);
		expect(x(0)).toBe(44);
		expect(x(120)).toBe(312);
		expect(x(60)).toBe(178);
		expect(x(240)).toBe(580);
		expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
	});

	it('gives round ticks: 1, 2 or 5 times a power of ten', () => {
		expect(ticks(0, 120, 4)).toEqual([0, 20, 40, 60, 80, 100, 120]);
		expect(ticks(0, 120, 2)).toEqual([0, 50, 100]);
		expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(ticks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
		expect(ticks(10, 0, 2)).toEqual([10, 5, 0]);
		expect(ticks(3, 3, 4)).toEqual([3]);
		expect(ticks(0, 10, 0)).toEqual([]);
		expect(linearScale([2850, 4200], [0, 1]).ticks(3)).toEqual([3000, 3500, 4000]);
	});

	it('widens a domain to round ends', () => {
		expect(niceDomain([2707.5, 4410])).toEqual([2600, 4600]);
		expect(niceDomain([0.13, 0.87])).toEqual([0.1, 0.9]);
		expect(niceDomain([10, 1])).toEqual([10, 1]);
		expect(niceDomain([4, 4])).toEqual([4, 4]);
	});

	it('agrees with d3-scale, whose charts it replaces (map, ticks, nice)', () => {
		const domain = fc.oneof(fc.tuple(value, value), fc.tuple(small, small));
		fc.assert(
			// Values near the domain, as on a chart: far outside a narrow domain, both lose digits to cancellation.
			fc.property(domain, fc.tuple(value, value), count, fc.integer({ min: -200, max: 300 }), ([d0, d1], [r0, r1], n, percent) => {
				const v = d0 + ((d1 - d0) * percent) / 100;
				const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
				const ours = linearScale([d0, d1], [r0, r1]);
				// d3 interpolates a reversed domain from the other end: the same line, rounded otherwise.
				expect(Math.abs(ours(v) - d3(v))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r0), Math.abs(r1), Math.abs(d3(v))));
				expect(ours.ticks(n)).toEqual(d3.ticks(n));
				expect(niceDomain([d0, d1])).toEqual(d3.copy().nice().domain());
				expect(niceDomain([d0, d1], n)).toEqual(d3.copy().nice(n).domain());
			}),
			{ numRuns: 2000 }
		);
	});
});
