import { describe, expect, it } from 'vitest';
import { withDirectMove } from './direct-move';
import { network } from './fixtures';
import { explore, planRoutes } from './index';
import { prepareNetwork, type RoutingNetworkData } from './network';

// A teaching assistant's own line leads elsewhere; the model rates assistant → teacher viable
// but keeps it as a direct move, not a bridge.
function data(): RoutingNetworkData {
	const base = network()
		.line('care', ['assistant', 'carer'])
		.line('school', ['aide', 'teacher', 'head'])
		.station('assistant', { salary: 2400, requires: ['children@2'] })
		.station('teacher', { salary: 4300, requires: ['children@2', 'teach@3'] })
		.station('head', { salary: 6900, requires: ['teach@3', 'lead@3'] })
		.build();
	return { ...base, directMoves: [{ from: 'assistant', to: 'teacher', months: 9 }] };
}

describe('direct moves', () => {
	it('are walked, as a one-way bridge, by a traveller who starts there and asks for their destination', () => {
		const result = planRoutes(prepareNetwork(data()), { from: 'assistant', to: 'teacher' });
		expect(result.reason).toBeNull();
		expect(result.routes[0]!.stations).toEqual(['assistant', 'teacher']);
		expect(result.routes[0]!.transfers).toEqual([{ at: 'assistant', fromLine: null, toLine: null, bridge: { to: 'teacher', months: 9 } }]);
	});

	it('are walked by no other query: not towards a station beyond, not backwards, not without one', () => {
		const net = prepareNetwork(data());
		expect(planRoutes(net, { from: 'assistant', to: 'head' }).routes).toEqual([]);
		expect(planRoutes(net, { from: 'teacher', to: 'assistant', allowBackwards: true }).routes).toEqual([]);
		const none = prepareNetwork({ ...data(), directMoves: [] });
		expect(planRoutes(none, { from: 'assistant', to: 'teacher' }).routes).toEqual([]);
	});

	it('count as a transfer', () => {
		const result = planRoutes(prepareNetwork(data()), { from: 'assistant', to: 'teacher', maxTransfers: 0 });
		expect(result.routes).toEqual([]);
		expect(result.reason).toBe('max-transfers');
	});

	it('leave the shared network as it is, and add nothing where a bridge already walks the move', () => {
		const net = prepareNetwork(data());
		const before = [...net.bridgeTo];
		const query = withDirectMove(net, net.stationIndex.get('assistant')!, net.stationIndex.get('teacher')!);
		expect(query).not.toBe(net);
		expect([...net.bridgeTo]).toEqual(before);
		expect(query.bridgeTo.length).toBe(net.bridgeTo.length + 1);
		const bridged = prepareNetwork({ ...data(), bridges: [{ from: 'assistant', to: 'teacher', months: 3, oneWay: true }] });
		const same = withDirectMove(bridged, bridged.stationIndex.get('assistant')!, bridged.stationIndex.get('teacher')!);
		expect(same).toBe(bridged);
		expect(planRoutes(bridged, { from: 'assistant', to: 'teacher' }).routes[0]!.transfers[0]!.bridge).toEqual({ to: 'teacher', months: 3 });
	});

	it('keep the bridge arrays sorted, both ways, as a prepared network has them', () => {
		const base = data();
		const net = prepareNetwork({
			...base,
			bridges: [
				{ from: 'assistant', to: 'aide', months: 1, oneWay: true },
				{ from: 'assistant', to: 'head', months: 1, oneWay: true },
				{ from: 'carer', to: 'teacher', months: 1, oneWay: true }
			]
		});
		const query = withDirectMove(net, net.stationIndex.get('assistant')!, net.stationIndex.get('teacher')!);
		const expected = prepareNetwork({
			...base,
			directMoves: [],
			bridges: [
				{ from: 'assistant', to: 'aide', months: 1, oneWay: true },
				{ from: 'assistant', to: 'head', months: 1, oneWay: true },
				{ from: 'carer', to: 'teacher', months: 1, oneWay: true },
				{ from: 'assistant', to: 'teacher', months: 9, oneWay: true }
			]
		});
		for (const k of ['bridgeStart', 'bridgeTo', 'bridgeMonths', 'bridgeInStart', 'bridgeInFrom'] as const) expect([...query[k]]).toEqual([...expected[k]]);
	});

	it('show in explore as reached from the start, and lead no further there', () => {
		const net = prepareNetwork(data());
		const reach = explore(net, { from: 'assistant', months: 600, hours: 100_000 });
		expect(reach.destinations.find((d) => d.station === 'teacher')).toMatchObject({ stations: ['assistant', 'teacher'], lines: [null], transfers: 1, months: 9 });
		// The head teacher is one ride beyond the teacher, but not through a direct move.
		expect(reach.destinations.map((d) => d.station).sort()).toEqual(['carer', 'teacher']);
		expect(explore(net, { from: 'assistant', months: 600, hours: 100_000, maxTransfers: 0 }).destinations.map((d) => d.station)).toEqual(['carer']);
		const none = prepareNetwork({ ...data(), directMoves: [] });
		expect(explore(none, { from: 'assistant', months: 600, hours: 100_000 }).destinations.map((d) => d.station)).toEqual(['carer']);
	});

	it('refuse a move from or to an unknown station, naming it', () => {
		expect(() => prepareNetwork({ ...data(), directMoves: [{ from: 'assistant', to: 'nobody', months: 1 }] })).toThrow(/direct move 0 ends at unknown station 'nobody'/);
	});
});
