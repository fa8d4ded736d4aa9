import { describe, expect, it } from 'vitest';
import { leastDifference } from '$lib/colour';
import { distinctColours } from './distinct-colours';

describe('distinctColours', () => {
	it('keeps distinct colours and recolours a line that looks like one before it', () => {
		const out = distinctColours([
			{ id: 'a', colour: '#800000' },
			{ id: 'b', colour: '#800000' },
			{ id: 'c', colour: '#4363d8' }
		]);
		expect(out.get('a')).toBe('#800000');
		expect(out.get('c')).toBe('#4363d8');
		expect(out.get('b')).not.toBe('#800000');
		expect(leastDifference(out.get('a')!, out.get('b')!)).toBeGreaterThan(20);
		expect(leastDifference(out.get('c')!, out.get('b')!)).toBeGreaterThan(20);
	});

	it('tells red from green for a deutan reader', () => {
		// Pure red and a mid green look alike without red-green vision.
		const out = distinctColours([
			{ id: 'red', colour: '#d7263d' },
			{ id: 'green', colour: '#7a8b1e' }
		]);
		expect(out.get('green')).not.toBe('#7a8b1e');
	});

	it('never gives two lines the same colour while another is farther apart', () => {
		const many = Array.from({ length: 30 }, (_, i) => ({ id: `l${i}`, colour: i % 2 ? '#800000' : '#4363d8' }));
		const out = [...distinctColours(many).values()];
		// Once the candidates are used up, lines keep their own colours instead of all taking one candidate.
		const uses = new Map<string, number>();
		for (const c of out) uses.set(c, (uses.get(c) ?? 0) + 1);
		for (const [colour, n] of uses) if (colour !== '#800000' && colour !== '#4363d8') expect(n, colour).toBe(1);
		expect(uses.size).toBeGreaterThan(10);
	});
});
