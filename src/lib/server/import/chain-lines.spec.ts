import { describe, expect, it } from 'vitest';
import { Line } from '$lib/schemas';
import { chainLines, type StepUp } from './chain-lines';
import { ImportError } from './errors';

const step = (from: string, to: string, months = 12): StepUp => ({ from, to, months });

describe('chainLines', () => {
	it('continues the longest chain through a shared station and ends the others there', () => {
		// a → b → c → d and x → c: the a-chain is longer, so x's line ends at c (an interchange).
		const lines = chainLines([step('a', 'b', 6), step('b', 'c', 12), step('c', 'd', 24), step('x', 'c', 3)]);
		expect(lines).toEqual([
			[{ station: 'a' }, { station: 'b', months: 6 }, { station: 'c', months: 12 }, { station: 'd', months: 24 }],
			[{ station: 'x' }, { station: 'c', months: 3 }]
		]);
	});

	it('puts every step on exactly one line of two or more distinct stops', () => {
		const steps = [step('a', 'e'), step('b', 'e'), step('c', 'f'), step('e', 'f'), step('f', 'g'), step('h', 'g'), step('d', 'a')];
		const lines = chainLines(steps);
		const hops = lines.flatMap((stops) => stops.slice(1).map((s, i) => `${stops[i]!.station}>${s.station}`));
		expect(hops.sort()).toEqual(steps.map((s) => `${s.from}>${s.to}`).sort());
		for (const stops of lines) expect(Line.safeParse({ id: 'l', label: { nl: 'l', en: 'l' }, colour: '#000000', stops }).success).toBe(true);
	});

	it('breaks ties between equally long chains by station id', () => {
		const lines = chainLines([step('q', 't'), step('p', 't'), step('t', 'u')]);
		expect(lines.map((l) => l.map((s) => s.station))).toEqual([['p', 't', 'u'], ['q', 't']]);
	});

	it('refuses a station with two step ups and a cycle', () => {
		expect(() => chainLines([step('a', 'b'), step('a', 'c')])).toThrow(ImportError);
		expect(() => chainLines([step('a', 'b'), step('b', 'a')])).toThrow(/cycle/);
	});
});
