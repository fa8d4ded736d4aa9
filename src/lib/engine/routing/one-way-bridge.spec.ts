import { describe, expect, it } from 'vitest';
import { network } from './fixtures';
import { planRoutes } from './index';
import { prepareNetwork, type RoutingBridge } from './network';

// Real networks (ESCO, O*NET) bridge only where a transition model finds a move viable in that
// direction: p ⇢ q may be walkable while q ⇢ p is not.
function withBridges(bridges: RoutingBridge[]) {
	const data = network().line('a', ['o', 'p']).line('b', ['q', 't']).build();
	return prepareNetwork({ ...data, bridges });
}

describe('one-way bridges', () => {
	it('are walked in their direction, also when the backward transfer bound is what finds them', () => {
		const net = withBridges([{ from: 'p', to: 'q', months: 2, oneWay: true }]);
		const result = planRoutes(net, { from: 'o', to: 't' });
		expect(result.reason).toBeNull();
		expect(result.routes[0]!.stations).toEqual(['o', 'p', 'q', 't']);
		expect(result.routes[0]!.transfers).toEqual([{ at: 'p', fromLine: 'a', toLine: 'b', bridge: { to: 'q', months: 2 } }]);
	});

	it('are not walked against their direction', () => {
		const net = withBridges([{ from: 'q', to: 'p', months: 2, oneWay: true }]);
		expect(planRoutes(net, { from: 'o', to: 't' }).routes).toEqual([]);
		expect(planRoutes(net, { from: 'q', to: 'p', maxTransfers: 1 }).routes[0]!.stations).toEqual(['q', 'p']);
		expect(planRoutes(net, { from: 'p', to: 'q', maxTransfers: 1 }).routes).toEqual([]);
	});
});
