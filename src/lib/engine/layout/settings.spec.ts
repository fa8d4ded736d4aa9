import { describe, expect, it } from 'vitest';
import { LayoutInputError } from './errors';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';

describe('resolveSettings', () => {
	it('fills in the defaults', () => {
		expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
		expect(resolveSettings({ cellSize: 40 }).cellSize).toBe(40);
	});

	it('names an unknown setting', () => {
		expect(() => resolveSettings({ cellsize: 40 } as never)).toThrow(/unknown setting 'cellsize'/);
	});

	it('rejects values out of range, not finite or not whole', () => {
		expect(() => resolveSettings({ cellSize: 0 })).toThrow(LayoutInputError);
		expect(() => resolveSettings({ hopCost: Number.NaN })).toThrow(/'hopCost' must be a finite number/);
		expect(() => resolveSettings({ iterations: 2.5 })).toThrow(/'iterations' must be a whole number/);
	});

	it('rejects bend costs that fall as turns get sharper', () => {
		expect(() => resolveSettings({ bend45: 5, bend90: 2 })).toThrow(/bend costs/);
	});
});
