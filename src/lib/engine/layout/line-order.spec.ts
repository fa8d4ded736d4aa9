import { describe, expect, it } from 'vitest';
import { layout } from './layout';
import { layoutMetrics } from './metrics';
import { fromLines } from './test-networks';

describe('line order on shared hops', () => {
	// Lines a and b share x–y–z, then a turns north and b turns south (and the mirror on the left).
	const input = fromLines(
		{ a: ['an', 'x', 'y', 'z', 'ae'], b: ['bs', 'x', 'y', 'z', 'be'] },
		{ an: [0, -2], bs: [0, 2], x: [2, 0], y: [4, 0], z: [6, 0], ae: [8, -2], be: [8, 2] }
	);

	it('keeps one order through the whole shared stretch, with the line that turns north on the north side', () => {
		const result = layout(input);
		const hop = (from: string, to: string) => result.edges.find((e) => e.from === from && e.to === to)!;
		for (const [from, to] of [['x', 'y'], ['y', 'z']] as const) {
			const e = hop(from, to);
			// Walking east, left is north: a first.
			const eastward = result.stations.find((s) => s.id === to)!.x > result.stations.find((s) => s.id === from)!.x;
			expect(e.lines).toEqual(eastward ? ['a', 'b'] : ['b', 'a']);
		}
		expect(layoutMetrics(result).lineCrossings.inStations).toBe(0);
	});

	it('crosses once, in a station, when the two ends demand opposite orders', () => {
		const swapped = fromLines(
			{ a: ['an', 'x', 'y', 'z', 'be'], b: ['bs', 'x', 'y', 'z', 'ae'] },
			{ an: [0, -2], bs: [0, 2], x: [2, 0], y: [4, 0], z: [6, 0], ae: [8, -2], be: [8, 2] }
		);
		const m = layoutMetrics(layout(swapped));
		expect(m.lineCrossings.inStations).toBe(1);
		expect(m.lineCrossings.onSegments).toBe(0);
	});
});
