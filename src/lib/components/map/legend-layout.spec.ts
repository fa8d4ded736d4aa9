import { describe, expect, it } from 'vitest';
import { legendGrid, lineCell, symbolCell } from './legend-layout';

describe('legendGrid', () => {
	it('fills the available width with columns and counts title, line and symbol rows', () => {
		const g = legendGrid(7, 3, 100, 600, 10);
		expect(g.columnWidth).toBe(150);
		expect(g.columns).toBe(4);
		expect(g.lineRows).toBe(2);
		expect(g.height).toBe(19 * (1 + 2 + 1));
	});

	it('stacks everything in one column beside the map', () => {
		const g = legendGrid(3, 3, 300, 0, 10);
		expect(g.columns).toBe(1);
		expect(g.height).toBe(19 * 7);
	});
});

describe('cells', () => {
	it('puts lines row by row under the title and symbols on a fresh row', () => {
		const g = legendGrid(5, 2, 100, 600, 10);
		expect(lineCell(g, 0)).toEqual({ x: 0, y: 1.5 * 19 });
		expect(lineCell(g, 4)).toEqual({ x: 0, y: 2.5 * 19 });
		expect(symbolCell(g, 1)).toEqual({ x: 150, y: 3.5 * 19 });
	});
});
