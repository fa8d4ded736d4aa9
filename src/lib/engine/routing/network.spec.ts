import { describe, expect, it } from 'vitest';
import { RoutingError } from './errors';
import { network } from './fixtures';
import { prepareNetwork, type RoutingNetworkData } from './network';

describe('prepareNetwork', () => {
	it('indexes stations, lines and modules in id order, whatever the input order', () => {
		const net = network()
			.line('z-line', ['c', 'a'])
			.line('a-line', ['b', 'c'])
			.module('m2', ['weld'])
			.module('m1', ['weld@2'])
			.prepare();
		expect(net.stationIds).toEqual(['a', 'b', 'c']);
		expect(net.lineIds).toEqual(['a-line', 'z-line']);
		expect(net.moduleIds).toEqual(['m1', 'm2']);
	});

	it('knows which lines serve each station, and the modules per skill', () => {
		const net = network()
			.line('a', ['s1', 'x', 's2'], [6, 18])
			.line('b', ['x', 's3'])
			.module('m1', ['weld@2', 'read'])
			.module('m0', ['weld'])
			.prepare();
		const x = net.stationIndex.get('x')!;
		const lines = Array.from(net.stationSlot.subarray(net.stationSlotStart[x]!, net.stationSlotStart[x + 1]!), (slot) =>
			net.lineIds[net.stopLine[slot]!]
		);
		expect(lines).toEqual(['a', 'b']);
		const weld = net.skillIndex.get('weld')!;
		const modules = Array.from(net.itemModule.subarray(net.itemModuleStart[weld]!, net.itemModuleStart[weld + 1]!), (m) =>
			net.moduleIds[m]
		);
		expect(modules).toEqual(['m0', 'm1']);
		// Experience months sit on the stop a hop arrives at.
		const a = net.lineIndex.get('a')!;
		expect(Array.from(net.stopMonths.subarray(net.lineStart[a]!, net.lineStart[a + 1]!))).toEqual([0, 6, 18]);
	});

	it('does not change the data it is given', () => {
		const data = network().line('a', ['s1', 's2']).module('m', ['weld']).build();
		const copy = structuredClone(data);
		prepareNetwork(data);
		expect(data).toEqual(copy);
	});

	const broken: [string, RoutingNetworkData, string][] = [
		[
			'a line stopping at an unknown station',
			{ stations: [{ id: 's1', salaryMedian: null, requires: [] }], lines: [{ id: 'a', stops: ['s1', 'ghost'], hopMonths: [1] }], modules: [] },
			"'ghost'"
		],
		[
			'a duplicate station id',
			{
				stations: [
					{ id: 's1', salaryMedian: null, requires: [] },
					{ id: 's1', salaryMedian: null, requires: [] }
				],
				lines: [],
				modules: []
			},
			"'s1'"
		],
		[
			'hop months that do not match the stops',
			network().line('a', ['s1', 's2', 's3'], [1]).build(),
			"line 'a'"
		],
		[
			'a skill level outside 1..5',
			network().station('s1', { requires: ['weld@9'] }).build(),
			"station 's1'"
		],
		['a module without hours', network().module('m1', ['weld'], { hours: 0 }).build(), "module 'm1'"],
		['a bridge to an unknown station', { ...network().line('a', ['s1', 's2']).build(), bridges: [{ from: 's1', to: 'ghost', months: 0 }] }, "'ghost'"]
	];
	it.each(broken)('rejects %s with a RoutingError naming it', (_, data, named) => {
		try {
			prepareNetwork(data);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(RoutingError);
			expect((e as RoutingError).code).toBe('invalid-network');
			expect((e as RoutingError).message).toContain(named);
		}
	});
});
