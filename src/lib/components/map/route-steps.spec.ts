import { describe, expect, it } from 'vitest';
import { routeSteps } from './route-steps';

describe('routeSteps', () => {
	it('reads a route as start, rides with changes between them, and arrival', () => {
		const route = {
			stations: ['c', 'b', 'e'],
			legs: [
				{ line: 'red', stations: ['c', 'b'] },
				{ line: 'blue', stations: ['b', 'e'] }
			],
			transfers: ['b']
		};
		expect(routeSteps(route)).toEqual([
			{ kind: 'start', station: 'c' },
			{ kind: 'ride', line: 'red', from: 'c', to: 'b', stops: 1 },
			{ kind: 'change', station: 'b', line: 'blue' },
			{ kind: 'ride', line: 'blue', from: 'b', to: 'e', stops: 1 },
			{ kind: 'arrive', station: 'e' }
		]);
	});

	it('has nothing to say about an empty route', () => {
		expect(routeSteps({ stations: [], legs: [], transfers: [] })).toEqual([]);
	});
});
