import { describe, expect, it } from 'vitest';
import { SMALL_LAYOUT } from './small-layout.fixture';
import { MapGeometry, joint, parallelOffset } from './line-geometry';

const geometry = new MapGeometry(SMALL_LAYOUT);

describe('parallelOffset', () => {
	it('centres the bundle on the edge', () => {
		expect([0, 1, 2].map((i) => parallelOffset(i, 3, 5))).toEqual([-5, 0, 5]);
		expect(parallelOffset(0, 1, 5)).toBe(0);
	});
});

describe('joint', () => {
	it('miters a right-angle bend so both legs keep their offset', () => {
		const [p] = joint({ from: [0, 0], to: [10, 0], offset: 2 }, { from: [10, 0], to: [10, 10], offset: 2 });
		// Walking east the right-hand side is south (+y); walking south it is west (-x).
		expect(p).toEqual([8, 2]);
	});

	it('keeps a 45° bend on both offset lines', () => {
		const [p] = joint({ from: [0, 0], to: [10, 0], offset: 3 }, { from: [10, 0], to: [20, 10], offset: 3 });
		const n = [-Math.SQRT1_2, Math.SQRT1_2];
		expect(p![1]).toBeCloseTo(3);
		expect((p![0] - 10) * n[0]! + p![1] * n[1]!).toBeCloseTo(3);
	});

	it('jogs with two points where a line changes its place in a bundle', () => {
		expect(joint({ from: [0, 0], to: [10, 0], offset: -2.5 }, { from: [10, 0], to: [20, 0], offset: 0 })).toEqual([
			[10, -2.5],
			[10, 0]
		]);
	});
});

describe('MapGeometry.course', () => {
	it('draws lines sharing a hop side by side, left to right as the edge orders them', () => {
		const red = geometry.course('red', ['a', 'b', 'c', 'd']);
		const blue = geometry.course('blue', ['a', 'b', 'e']);
		expect(red.points[0]).toEqual([0, -2.5]);
		expect(blue.points[0]).toEqual([0, 2.5]);
		expect(red.points.at(-1)).toEqual([120, 60]);
		expect(blue.points.at(-1)).toEqual([60, -60]);
	});

	it('puts a line in the same place whichever way it is walked', () => {
		const forward = geometry.course('red', ['a', 'b', 'c', 'd']).points;
		const backward = geometry.course('red', ['d', 'c', 'b', 'a']).points;
		expect(backward.slice().reverse()).toEqual(forward);
	});

	it('records where the line passes each station', () => {
		const red = geometry.course('red', ['a', 'b', 'c', 'd']);
		expect(red.at.get('b')).toEqual([
			[60, -2.5],
			[60, 0]
		]);
		expect(red.at.get('c')).toEqual([[120, 0]]);
		const blue = geometry.course('blue', ['a', 'b', 'e']);
		expect(blue.at.get('b')).toEqual([[60, 2.5]]);
	});

	it('draws part of a line (a route leg) exactly on top of the whole line', () => {
		const whole = geometry.course('red', ['a', 'b', 'c', 'd']).points;
		const leg = geometry.course('red', ['b', 'c']).points;
		expect(leg[0]).toEqual([60, 0]);
		expect(whole).toContainEqual(leg[1]);
	});

	it('draws an unknown hop straight between the stations instead of failing', () => {
		expect(geometry.course('red', ['a', 'e']).points).toEqual([
			[0, 0],
			[60, -60]
		]);
	});
});
