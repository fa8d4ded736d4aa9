import { describe, expect, it } from 'vitest';
import type { Route } from '$lib/engine/routing';
import { localRouteOf, mapRouteOf } from './map-route';

describe('map route of a planned route', () => {
	it('keeps the rides per line and marks only changes between lines as transfers', () => {
		const route = {
			stations: ['a', 'b', 'c', 'd'],
			legs: [
				{ line: 'red', from: 'a', to: 'b', direction: 'forward', stops: ['a', 'b'] },
				{ line: 'blue', from: 'b', to: 'd', direction: 'forward', stops: ['b', 'c', 'd'] }
			],
			transfers: [
				{ at: 'b', fromLine: 'red', toLine: 'blue', bridge: null },
				{ at: 'd', fromLine: 'blue', toLine: null, bridge: null }
			]
		} as unknown as Route;
		expect(mapRouteOf(route)).toEqual({
			stations: ['a', 'b', 'c', 'd'],
			legs: [
				{ line: 'red', stations: ['a', 'b'] },
				{ line: 'blue', stations: ['b', 'c', 'd'] }
			],
			transfers: ['b']
		});
	});

	it('draws bridge walks as legs of their own on a local map', () => {
		const route = {
			stations: ['x', 'a', 'b', 'y', 'z'],
			legs: [{ line: 'red', from: 'a', to: 'b', direction: 'forward', stops: ['a', 'b'] }],
			transfers: [
				{ at: 'x', fromLine: null, toLine: 'red', bridge: { to: 'a', months: 0 } },
				{ at: 'b', fromLine: 'red', toLine: null, bridge: { to: 'y', months: 0 } }
			]
		} as unknown as Route;
		expect(localRouteOf(route)).toEqual({
			stations: ['x', 'a', 'b', 'y', 'z'],
			legs: [
				{ line: 'bridge:a:x', stations: ['x', 'a'] },
				{ line: 'red', stations: ['a', 'b'] },
				{ line: 'bridge:b:y', stations: ['b', 'y'] },
				{ line: 'bridge:y:z', stations: ['y', 'z'] }
			],
			transfers: ['a', 'b', 'y']
		});
	});
});
