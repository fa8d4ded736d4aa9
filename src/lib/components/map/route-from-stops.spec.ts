import { describe, expect, it } from 'vitest';
import { RouteError, routeFromStops } from './route-from-stops';

const lines = [
	{ id: 'red', stations: ['a', 'b', 'c', 'd'] },
	{ id: 'blue', stations: ['a', 'b', 'e'] },
	{ id: 'green', stations: ['e', 'f'] }
];

describe('routeFromStops', () => {
	it('rides one line as far as it goes and changes where it must', () => {
		expect(routeFromStops(lines, ['c', 'b', 'e', 'f'])).toEqual({
			stations: ['c', 'b', 'e', 'f'],
			legs: [
				{ line: 'red', stations: ['c', 'b'] },
				{ line: 'blue', stations: ['b', 'e'] },
				{ line: 'green', stations: ['e', 'f'] }
			],
			transfers: ['b', 'e']
		});
	});

	it('prefers the line that goes furthest, so there are fewest transfers', () => {
		expect(routeFromStops(lines, ['a', 'b', 'c']).legs).toEqual([{ line: 'red', stations: ['a', 'b', 'c'] }]);
		expect(routeFromStops(lines, ['a', 'b', 'e']).transfers).toEqual([]);
	});

	it('names the station or hop that is not on the map', () => {
		expect(() => routeFromStops(lines, ['a'])).toThrow(RouteError);
		expect(() => routeFromStops(lines, ['a', 'x'])).toThrow("station 'x' is on no line");
		expect(() => routeFromStops(lines, ['a', 'c'])).toThrow("'a' and 'c' are not neighbouring stops");
	});

	it('walks a bridge where no line joins two stops, as a leg of its own', () => {
		const bridges = [{ from: 'd', to: 'x' }];
		expect(routeFromStops(lines, ['c', 'd', 'x'], bridges)).toEqual({
			stations: ['c', 'd', 'x'],
			legs: [
				{ line: 'red', stations: ['c', 'd'] },
				{ line: 'bridge:d:x', stations: ['d', 'x'] }
			],
			transfers: ['d']
		});
		expect(() => routeFromStops(lines, ['c', 'd', 'x'])).toThrow(RouteError);
	});
});
