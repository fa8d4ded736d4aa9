import { describe, expect, it } from 'vitest';
import { layout } from './layout';
import { layoutMetrics } from './metrics';
import { badgeText, confusablePairs, nameSpots } from './line-names';
import { buildNetwork } from './network';
import { fromLines } from './test-networks';
import type { LayoutInput } from './types';

/** Two reds that meet: red runs a–b–c–d, crimson joins it at b, rides b–c with it and leaves at c. */
const TRUNK: Record<string, string[]> = {
	red: ['a', 'b', 'c', 'd'],
	crimson: ['x', 'b', 'c', 'y'],
	blue: ['p', 'c', 'q']
};
const COLOURS: Record<string, string> = { red: '#d7263d', crimson: '#c8202f', blue: '#1f5fad' };

function named(lines: Record<string, string[]>, colours: Record<string, string>, names: Record<string, string | undefined>): LayoutInput {
	const input = fromLines(lines);
	input.lines = input.lines.map((l) => ({ ...l, colour: colours[l.id]!, ...(names[l.id] ? { name: names[l.id] } : {}) }));
	return input;
}

const spotsOf = (input: LayoutInput) => {
	const net = buildNetwork(input);
	const spots = nameSpots(net, net.lineNames.map((n) => n !== ''));
	return spots.map((s) => `${net.lineIds[s.line]}@${net.ids[s.station]}`).sort();
};

describe('which lines the map names', () => {
	it('finds lines that meet with close colours, for normal and for red-green colour-blind vision', () => {
		const lines = [
			{ id: 'red', colour: '#d7263d', stations: ['a', 'b'] },
			{ id: 'crimson', colour: '#c8202f', stations: ['b', 'c'] },
			// Red and olive differ plainly for normal vision, hardly for a deutan reader.
			{ id: 'olive', colour: '#7a8b1e', stations: ['a', 'z'] },
			// As red as red, but it never meets it.
			{ id: 'apart', colour: '#d7263d', stations: ['m', 'n'] }
		];
		expect(confusablePairs(lines).map((p) => `${p.a}/${p.b}`)).toEqual(['red/crimson', 'red/olive']);
	});

	it('names a close-coloured line at its ends and where the two part, not along the trunk they share', () => {
		expect(spotsOf(named(TRUNK, COLOURS, { red: 'Red', crimson: 'Crimson', blue: 'Blue' }))).toEqual(
			['crimson@b', 'crimson@c', 'crimson@x', 'crimson@y', 'red@a', 'red@b', 'red@c', 'red@d'].sort()
		);
	});

	it('names lines that cross at a station, and no line whose colour stands apart', () => {
		const cross = { red: ['a', 'm', 'b'], crimson: ['c', 'm', 'd'], blue: ['p', 'q', 'c'] };
		expect(spotsOf(named(cross, COLOURS, { red: 'Red', crimson: 'Crimson', blue: 'Blue' }))).toEqual(
			['crimson@c', 'crimson@d', 'crimson@m', 'red@a', 'red@b', 'red@m'].sort()
		);
	});

	it('names no line without a name (a bridge), nor its partner', () => {
		expect(spotsOf(named(TRUNK, COLOURS, { red: 'Red', blue: 'Blue' }))).toEqual([]);
		expect(spotsOf(named(TRUNK, { ...COLOURS, crimson: '#f2c500' }, { red: 'Red', crimson: 'Crimson', blue: 'Blue' }))).toEqual([]);
	});

	it('puts the badge on a hop the close-coloured line does not ride', () => {
		const input = named(TRUNK, COLOURS, { red: 'Red', crimson: 'Crimson' });
		const net = buildNetwork(input);
		const spot = nameSpots(net, net.lineNames.map((n) => n !== '')).find((s) => net.lineIds[s.line] === 'red' && net.ids[s.station] === 'b')!;
		const first = net.edges[spot.hops[0]!]!;
		expect([net.ids[first.a], net.ids[first.b]].sort()).toEqual(['a', 'b']);
	});

	it('writes the shortest start of a name that tells it from the others', () => {
		const names = ['Welding & structures', 'Work preparation & projects', 'Work safety', 'Quality', 'A'];
		expect(names.map((n) => badgeText(n, names))).toEqual(['Welding', 'Work preparation', 'Work safety', 'Quality', 'A']);
		// "Service" would name both.
		expect(badgeText('Service north', ['Service north', 'Service south'])).toBe('Service north');
	});
});

describe('line names on the laid-out map', () => {
	it('draws a badge for each close-coloured line, none over a station label, a marker or another badge', () => {
		const input = named(TRUNK, COLOURS, { red: 'Red', crimson: 'Crimson', blue: 'Blue' });
		const result = layout(input);
		const m = layoutMetrics(result);
		expect(new Set(result.lineNames!.map((n) => n.line))).toEqual(new Set(['red', 'crimson']));
		expect(result.lineNames!.find((n) => n.line === 'crimson')!.text).toBe('Crimson');
		expect(m.lineNames).toEqual({ count: result.lineNames!.length, overlaps: 0 });
		expect(result.stats.lineNames.placed).toBe(result.lineNames!.length);
		expect(result.lineNames!.length + result.stats.lineNames.unplaced).toBe(8);
		expect(m.labelOverlaps.total).toBe(0);
		// The badges are part of the drawing's bounds.
		for (const n of result.lineNames!) {
			expect(n.x - n.width / 2).toBeGreaterThanOrEqual(result.bounds.minX);
			expect(n.x + n.width / 2).toBeLessThanOrEqual(result.bounds.maxX);
		}
	});

	it('names no line when every colour stands apart', () => {
		const result = layout(named(TRUNK, { ...COLOURS, crimson: '#f2c500' }, { red: 'Red', crimson: 'Crimson', blue: 'Blue' }));
		expect(result.lineNames).toEqual([]);
	});
});
