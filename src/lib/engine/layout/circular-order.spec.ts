import { describe, expect, it } from 'vitest';
import { orderedPorts } from './circular-order';

const bits = (mask: number) => [...Array(8).keys()].filter((d) => (mask >> d) & 1);

describe('orderedPorts', () => {
	it('allows every port while nothing is drawn', () => {
		expect(orderedPorts([0, 1, 2], 1, () => -1)).toBe(0xff);
	});

	it('keeps the new edge between its drawn neighbours, with room for the edges still to come', () => {
		// Edges 0..3 counter-clockwise; 0 drawn east (0), 2 drawn west (4). Edge 1 lies between
		// them counter-clockwise, so it must leave to the north side: NE, N or NW.
		const ports = new Map([[0, 0], [2, 4]]);
		expect(bits(orderedPorts([0, 1, 2, 3], 1, (e) => ports.get(e) ?? -1))).toEqual([1, 2, 3]);
		// Edge 3 lies between 2 and 0: the south side.
		expect(bits(orderedPorts([0, 1, 2, 3], 3, (e) => ports.get(e) ?? -1))).toEqual([5, 6, 7]);
	});

	it('leaves a port for each undrawn edge in between', () => {
		// 0 drawn east; edges 1, 2, 3 follow counter-clockwise and 1, 2 are not drawn: 3 needs
		// two ports between east and itself.
		const ports = new Map([[0, 0]]);
		expect(bits(orderedPorts([0, 1, 2, 3], 3, (e) => ports.get(e) ?? -1))).toEqual([3, 4, 5, 6, 7]);
	});
});
