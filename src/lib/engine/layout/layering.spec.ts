import { describe, expect, it } from 'vitest';
import { orderLayers } from './crossing-reduction';
import { acyclicOrder, longestPathLayers, type Arc } from './layering';
import { isotonicWithGap } from './row-alignment';

const arcs = (pairs: [number, number][]): Arc[] => pairs.map(([from, to]) => ({ from, to, weight: 1 }));

describe('layering', () => {
	it('turns the lightest arc of a cycle around, the same way every time', () => {
		const a: Arc[] = [
			{ from: 0, to: 1, weight: 2 },
			{ from: 1, to: 2, weight: 2 },
			{ from: 2, to: 0, weight: 1 }
		];
		const order = acyclicOrder(3, a);
		expect(order).toEqual([0, 1, 2]);
		expect(acyclicOrder(3, a)).toEqual(order);
	});

	it('puts every stop one layer after the one before', () => {
		const a = arcs([[0, 1], [1, 2], [2, 3]]);
		expect(Array.from(longestPathLayers(4, a, acyclicOrder(4, a)))).toEqual([0, 1, 2, 3]);
	});

	it('pulls a late side branch next to where it joins', () => {
		// 0→1→2→3 and a separate entry 4→5 joining at 3: 4 and 5 belong in layers 1 and 2.
		const a = arcs([[0, 1], [1, 2], [2, 3], [4, 5], [5, 3]]);
		const layers = longestPathLayers(6, a, acyclicOrder(6, a));
		expect([layers[4], layers[5]]).toEqual([1, 2]);
	});
});

describe('orderLayers', () => {
	it('untangles a crossing between two layers', () => {
		// 0 and 1 in layer 0, 2 and 3 in layer 1; hops 0→3 and 1→2 cross in the first order.
		const layer = Int32Array.from([0, 0, 1, 1]);
		const result = orderLayers(layer, [{ from: 0, to: 3 }, { from: 1, to: 2 }], 4);
		expect(result.crossings).toBe(0);
	});

	it('routes long hops through dummy vertices in every layer between', () => {
		const layer = Int32Array.from([0, 1, 2, 3]);
		const result = orderLayers(layer, [{ from: 0, to: 3 }, { from: 0, to: 1 }, { from: 1, to: 2 }], 2);
		expect(result.layers.flat().length).toBe(6);
	});
});

describe('isotonicWithGap', () => {
	it('keeps order and gaps while staying as close as possible', () => {
		expect(isotonicWithGap([0, 5, 10], 1)).toEqual([0, 5, 10]);
		expect(isotonicWithGap([2, 2, 2], 1)).toEqual([1, 2, 3]);
	});
});
