import { describe, expect, it } from 'vitest';
import { extractSubnetwork, type SubnetworkSource } from './subnetwork';

/** A long line a0…a9 crossed at a3 by b0…b4 (b2 = a3), and a bridge from a0 to a loose job. */
const crossing: SubnetworkSource = {
	lines: [
		{ id: 'a', stations: ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'] },
		{ id: 'b', stations: ['b0', 'b1', 'a3', 'b3', 'b4'] }
	],
	bridges: [{ from: 'a0', to: 'loose' }]
};

/** A hub on `count` two-stop lines, each to its own neighbour, and bridges from it to `bridges` more. */
function star(count: number, bridges = 0): SubnetworkSource {
	return {
		lines: Array.from({ length: count }, (_, i) => ({ id: `l${i}`, stations: ['hub', `n${i}`] })),
		bridges: Array.from({ length: bridges }, (_, i) => ({ from: 'hub', to: `w${i}` }))
	};
}

function neighbourCounts(sub: { lines: { stations: string[] }[]; bridges: { from: string; to: string }[] }) {
	const seen = new Map<string, Set<string>>();
	const link = (a: string, b: string) => {
		seen.set(a, (seen.get(a) ?? new Set()).add(b));
		seen.set(b, (seen.get(b) ?? new Set()).add(a));
	};
	for (const l of sub.lines) l.stations.slice(1).forEach((s, i) => link(l.stations[i]!, s));
	for (const b of sub.bridges) link(b.from, b.to);
	return new Map([...seen].map(([k, v]) => [k, v.size]));
}

describe('extractSubnetwork', () => {
	it('clips the lines through a station to the stops within the radius', () => {
		const sub = extractSubnetwork(crossing, { focus: ['a3'], radius: 2, maxStations: 60 });
		expect(sub.lines).toEqual([
			{ id: 'a', stations: ['a1', 'a2', 'a3', 'a4', 'a5'] },
			{ id: 'b', stations: ['b0', 'b1', 'a3', 'b3', 'b4'] }
		]);
		expect(sub.stations[0]).toBe('a3');
		expect(sub.distance).toMatchObject({ a3: 0, a2: 1, b1: 1, a1: 2, b0: 2 });
		// a0 and a6 lie just beyond the window.
		expect(sub.omitted).toEqual({ stations: 2, lines: 0 });
		expect(sub.bridges).toEqual([]);
	});

	it('walks a bridge from the focus to a related job that shares no line', () => {
		const sub = extractSubnetwork(crossing, { focus: ['a0'], radius: 1, maxStations: 60 });
		expect(sub.stations.sort()).toEqual(['a0', 'a1', 'loose']);
		expect(sub.bridges).toEqual([{ from: 'a0', to: 'loose' }]);
		expect(sub.lines).toEqual([{ id: 'a', stations: ['a0', 'a1'] }]);
	});

	it('never gives a station more than eight neighbours, and counts the lines it left out', () => {
		const sub = extractSubnetwork(star(34, 5), { focus: ['hub'], radius: 2, maxStations: 60 });
		expect(neighbourCounts(sub).get('hub')).toBe(8);
		// Lines come before bridges: all eight places go to lines.
		expect(sub.bridges).toEqual([]);
		expect(sub.lines).toHaveLength(8);
		expect(sub.omitted).toEqual({ stations: 26 + 5, lines: 26 });
	});

	it('stays within the station budget', () => {
		const long: SubnetworkSource = { lines: [{ id: 'x', stations: Array.from({ length: 200 }, (_, i) => `s${i}`) }], bridges: [] };
		const sub = extractSubnetwork(long, { focus: ['s100'], radius: 80, maxStations: 21 });
		expect(sub.stations).toHaveLength(21);
		expect(sub.lines).toEqual([{ id: 'x', stations: Array.from({ length: 21 }, (_, i) => `s${90 + i}`) }]);
	});

	it('keeps every hop of a route, bridge walks included, even beyond the radius', () => {
		const sub = extractSubnetwork(crossing, {
			focus: ['b0', 'b1', 'a3', 'a4', 'a5', 'a6', 'a7'],
			forced: [
				{ from: 'b0', to: 'b1', line: 'b' },
				{ from: 'b1', to: 'a3', line: 'b' },
				...['a3', 'a4', 'a5', 'a6'].map((s, i) => ({ from: s, to: `a${i + 4}`, line: 'a' })),
				{ from: 'a7', to: 'loose', line: null }
			],
			radius: 0,
			maxStations: 60
		});
		expect(sub.lines).toEqual([
			{ id: 'a', stations: ['a3', 'a4', 'a5', 'a6', 'a7'] },
			{ id: 'b', stations: ['b0', 'b1', 'a3'] }
		]);
		expect(sub.bridges).toEqual([{ from: 'a7', to: 'loose' }]);
	});

	it('keeps to the allowed stations (a sector) and gives a line one unbroken run', () => {
		const sub = extractSubnetwork(crossing, { focus: ['a3'], radius: 9, maxStations: 60, allowed: (s) => s !== 'a5' && s !== 'b3' });
		expect(sub.lines).toEqual([
			{ id: 'a', stations: ['a0', 'a1', 'a2', 'a3', 'a4'] },
			{ id: 'b', stations: ['b0', 'b1', 'a3'] }
		]);
		expect(sub.stations).not.toContain('a6');
		expect(sub.stations).toContain('loose');
	});
});

describe('extractSubnetwork with ranks', () => {
	it('shows the busiest neighbours of a crowded station and the closest bridges first', () => {
		const source = star(12, 0);
		const rank = (s: string) => (s === 'n11' || s === 'n10' ? 5 : 0);
		const sub = extractSubnetwork(source, { focus: ['hub'], radius: 1, maxStations: 60, rank });
		// Eight places: the two busy neighbours, then the first six in network order.
		expect(sub.lines.map((l) => l.id)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l10', 'l11']);
		const bridged = extractSubnetwork(
			{ lines: [], bridges: [{ from: 'hub', to: 'far', overlap: 0.5 }, { from: 'hub', to: 'near', overlap: 0.9 }] },
			{ focus: ['hub'], radius: 1, maxStations: 2 }
		);
		expect(bridged.stations).toEqual(['hub', 'near']);
	});
});
