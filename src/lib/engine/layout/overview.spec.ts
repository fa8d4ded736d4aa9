import { describe, expect, it } from 'vitest';
import { layout } from './layout';
import { overviewLayout } from './overview';
import { fromLines } from './test-networks';
import type { LayoutInput, LayoutResult } from './types';

/** A hub with twelve spokes, each spoke a two-stop line onwards: far beyond eight neighbours. */
function star(spokes: number): LayoutInput {
	const lines: Record<string, string[]> = {};
	for (let i = 0; i < spokes; i++) lines[`l${i}`] = i % 2 === 0 ? ['hub', `a${i}`, `b${i}`] : [`a${i}`, 'hub'];
	return fromLines(lines);
}

/** A career grid: rows of lines sharing stations with the row below, so hops carry several lines. */
function grid(rows: number, cols: number): LayoutInput {
	const lines: Record<string, string[]> = {};
	for (let r = 0; r < rows; r++) lines[`r${r}`] = Array.from({ length: cols }, (_, c) => `s${r}-${c}`);
	for (let c = 0; c < cols; c += 3) lines[`c${c}`] = Array.from({ length: rows }, (_, r) => `s${r}-${c}`);
	lines['x'] = ['s0-0', 's0-1', 's0-2', 's1-2', 's1-3'];
	return fromLines(lines);
}

function expectSound(input: LayoutInput, result: LayoutResult) {
	expect(result.stations.map((s) => s.id)).toEqual(input.stations.map((s) => s.id));
	const spots = new Set(result.stations.map((s) => `${s.x},${s.y}`));
	expect(spots.size).toBe(result.stations.length);
	const { minX, minY, maxX, maxY } = result.bounds;
	const inside = (x: number, y: number) => x >= minX && x <= maxX && y >= minY && y <= maxY;
	for (const s of result.stations) {
		expect(inside(s.x, s.y)).toBe(true);
		expect(s.x % result.style.cellSize).toBe(0);
		if (s.label) {
			expect(s.label).toMatchObject({ dir: 'E', anchor: 'start', y: s.y });
			expect(s.label.x).toBeGreaterThan(s.x);
			expect(inside(s.label.x + s.label.width, s.label.y - s.label.height / 2)).toBe(true);
			expect(inside(s.label.x + s.label.width, s.label.y + s.label.height / 2)).toBe(true);
		}
	}
	const byId = new Map(result.stations.map((s) => [s.id, s]));
	for (const e of result.edges) {
		expect(e.points).toEqual([
			[byId.get(e.from)!.x, byId.get(e.from)!.y],
			[byId.get(e.to)!.x, byId.get(e.to)!.y]
		]);
		for (const [x, y] of e.points) expect(inside(x, y)).toBe(true);
	}
}

describe('overviewLayout', () => {
	it('draws a station with twelve neighbours, which the octilinear layout refuses', () => {
		const input = star(12);
		expect(() => layout(input)).toThrow(/12 neighbours/);
		const result = overviewLayout(input);
		expectSound(input, result);
		expect(result.edges.filter((e) => e.from === 'hub' || e.to === 'hub')).toHaveLength(12);
		expect(result.stats.initial).toBe('layered');
		expect(result.stats.routedPaths).toBe(0);
	});

	it('puts every line on each of its hops, in one order, and keeps career order left to right', () => {
		const input = grid(6, 10);
		const result = overviewLayout(input);
		expectSound(input, result);
		for (const e of result.edges) {
			const given = input.edges.find((h) => (h.from === e.from && h.to === e.to) || (h.from === e.to && h.to === e.from))!;
			expect([...e.lines].sort()).toEqual([...given.lines].sort());
		}
		const x = new Map(result.stations.map((s) => [s.id, s.x]));
		for (let c = 1; c < 10; c++) expect(x.get(`s0-${c}`)!).toBeGreaterThan(x.get(`s0-${c - 1}`)!);
		expect(result.lines.map((l) => l.id)).toEqual(input.lines.map((l) => l.id));
	});

	it('is deterministic', () => {
		const input = grid(5, 8);
		const strip = (r: LayoutResult) => ({ ...r, stats: { ...r.stats, timeMs: null } });
		expect(strip(overviewLayout(input))).toEqual(strip(overviewLayout(structuredClone(input))));
	});

	it('follows position hints and moves stations that round onto one spot apart', () => {
		const input = fromLines({ a: ['p', 'q', 'r', 's'] }, { p: [0, 0], q: [10, 0], r: [10.01, 0.01], s: [20, 0] });
		const result = overviewLayout(input);
		expectSound(input, result);
		expect(result.stats.initial).toBe('positions');
		const x = new Map(result.stations.map((s) => [s.id, s.x]));
		expect(x.get('p')!).toBeLessThan(x.get('q')!);
		expect(x.get('q')!).toBeLessThan(x.get('s')!);
	});

	it('leaves junctions without a label and keeps empty networks empty', () => {
		const input = fromLines({ a: ['p', 'j', 'q'] });
		input.stations.find((s) => s.id === 'j')!.label = '';
		expect(overviewLayout(input).stations.find((s) => s.id === 'j')!.label).toBeNull();
		const empty = overviewLayout({ stations: [], edges: [], lines: [] });
		expect(empty.stations).toEqual([]);
		expect(empty.bounds).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
	});

	// Speed is a benchmark figure (npm run bench:layout), never a test assertion.
	it('lays out a taxonomy-sized network of many small parts with busy hubs, screen-shaped', () => {
		// Like derived ESCO lines: short career ladders in families, each family around a hub.
		const lines: Record<string, string[]> = {};
		for (let f = 0; f < 120; f++)
			for (let k = 0; k < 4; k++) lines[`f${f}-${k}`] = [`f${f}-hub`, `f${f}-${k}-a`, `f${f}-${k}-b`];
		for (let k = 0; k < 14; k++) lines[`big${k}`] = [`big-${k}`, 'bighub', `big-${k}-top`];
		const input = fromLines(lines);
		expect(input.stations.length).toBeGreaterThan(1000);
		const result = overviewLayout(input);
		expectSound(input, result);
		const { minX, minY, maxX, maxY } = result.bounds;
		const aspect = (maxX - minX) / (maxY - minY);
		expect(aspect).toBeGreaterThan(0.5);
		expect(aspect).toBeLessThan(4);
	});
});
