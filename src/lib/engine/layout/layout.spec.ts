import { describe, expect, it } from 'vitest';
import { LayoutInputError } from './errors';
import { layout } from './layout';
import { layoutMetrics } from './metrics';
import { CAREER_LINES, fromLines } from './test-networks';
import type { LayoutResult } from './types';

const at = (r: LayoutResult, id: string) => r.stations.find((s) => s.id === id)!;
const hop = (r: LayoutResult, a: string, b: string) =>
	r.edges.find((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a))!;

/** What every layout must satisfy, whatever the network. */
function expectClean(r: LayoutResult) {
	const m = layoutMetrics(r);
	expect(m.octilinearShare).toBe(1);
	expect(m.edgeCrossings).toBe(0);
	expect(m.stationsOnForeignEdges).toBe(0);
	expect(m.labelOverlaps.total).toBe(0);
	expect(r.stats.failedPaths).toBe(0);
	const cell = r.style.cellSize;
	for (const s of r.stations) {
		expect(s.x % cell).toBe(0);
		expect(s.y % cell).toBe(0);
	}
	const seen = new Set(r.stations.map((s) => `${s.x},${s.y}`));
	expect(seen.size).toBe(r.stations.length);
	return m;
}

describe('layout', () => {
	it('keeps a straight line straight, octilinear and evenly spaced', () => {
		const r = layout(fromLines({ a: ['s1', 's2', 's3', 's4', 's5'] }, { s1: [0, 0], s2: [1, 0], s3: [2, 0], s4: [3, 0], s5: [4, 0] }));
		const m = expectClean(r);
		expect(m.bends).toBe(0);
		const ys = new Set(r.stations.map((s) => s.y));
		expect(ys.size).toBe(1);
		const xs = r.stations.map((s) => s.x);
		const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
		expect(new Set(gaps).size).toBe(1);
	});

	it('lays out a line without positions left to right in career order', () => {
		const r = layout(fromLines({ a: ['junior', 'medior', 'senior', 'lead'] }));
		expectClean(r);
		const xs = ['junior', 'medior', 'senior', 'lead'].map((id) => at(r, id).x);
		expect(xs).toEqual(xs.slice().sort((p, q) => p - q));
		expect(r.stats.initial).toBe('layered');
	});

	it('makes a cross one interchange without spurious crossings', () => {
		const r = layout(
			fromLines(
				{ h: ['w', 'c', 'e'], v: ['n', 'c', 's'] },
				{ w: [-2, 0], c: [0, 0], e: [2, 0], n: [0, -2], s: [0, 2] }
			)
		);
		const m = expectClean(r);
		expect(m.lineCrossings.inStations).toBe(0);
		expect(m.lineCrossings.byEmbedding).toBe(1);
		const c = at(r, 'c');
		expect(at(r, 'w').x).toBeLessThan(c.x);
		expect(at(r, 'e').x).toBeGreaterThan(c.x);
		expect(at(r, 'n').y).toBeLessThan(c.y);
		expect(at(r, 's').y).toBeGreaterThan(c.y);
	});

	it('draws a triangle and a ring without crossings', () => {
		expectClean(layout(fromLines({ a: ['p', 'q', 'r'], b: ['r', 'p'] }, { p: [0, 0], q: [2, 0], r: [1, 2] })));
		const ring = fromLines({ o: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r1'.replace('1', '7')] });
		ring.edges.push({ from: 'r7', to: 'r1', lines: ['o'] });
		expectClean(layout(ring));
	});

	it('keeps the circular order of the edges around an interchange', () => {
		const positions: Record<string, [number, number]> = { c: [0, 0], e: [3, 0], ne: [2, -2], n: [0, -3], w: [-3, 0], s: [0, 3] };
		const r = layout(fromLines({ a: ['e', 'c', 'w'], b: ['ne', 'c', 's'], d: ['n', 'c'] }, positions));
		expectClean(r);
		const c = at(r, 'c');
		const angle = (id: string) => {
			const e = hop(r, 'c', id);
			const [p, q] = e.from === 'c' ? [e.points[0]!, e.points[1]!] : [e.points[e.points.length - 1]!, e.points[e.points.length - 2]!];
			void c;
			return (Math.atan2(-(q[1] - p[1]), q[0] - p[0]) + 2 * Math.PI) % (2 * Math.PI);
		};
		const order = ['e', 'ne', 'n', 'w', 's'].sort((p, q) => angle(p) - angle(q));
		expect(order).toEqual(['e', 'ne', 'n', 'w', 's']);
	});

	it('keeps a pinned station exactly where it was pinned', () => {
		const input = fromLines({ a: ['x', 'y', 'z'] }, { x: [0, 0], y: [1, 0], z: [2, 0] });
		input.stations[1]!.pinned = { x: 600, y: 240 };
		const r = layout(input);
		expect(at(r, 'y')).toMatchObject({ x: 600, y: 240, pinned: true });
		expectClean(r);
	});

	it('labels every named station and leaves junctions unlabelled', () => {
		const input = fromLines({ a: ['x', 'j', 'z'], b: ['j', 'w'] }, { x: [0, 0], j: [1, 0], z: [2, 0], w: [1, 1] });
		input.stations.find((s) => s.id === 'j')!.label = '';
		const r = layout(input);
		expect(at(r, 'j').label).toBeNull();
		for (const id of ['x', 'z', 'w']) expect(at(r, id).label).toMatchObject({ width: expect.any(Number), dir: expect.any(String) });
	});

	it('places long labels without overlaps around a crowded interchange', () => {
		const lines: Record<string, string[]> = {};
		const positions: Record<string, [number, number]> = { hub: [0, 0] };
		['e', 'ne', 'n', 'w', 's', 'se'].forEach((d, i) => {
			const a = ([0, 1, 2, 4, 6, 7][i]! * Math.PI) / 4;
			lines[d] = ['hub', `${d}1`, `${d}2`];
			positions[`${d}1`] = [Math.cos(a), -Math.sin(a)];
			positions[`${d}2`] = [2 * Math.cos(a), -2 * Math.sin(a)];
		});
		const input = fromLines(lines, positions);
		for (const s of input.stations) s.label = `Long station name ${s.id}`;
		expectClean(layout(input));
	});

	it('gives the same output for the same input', () => {
		const input = fromLines({ a: ['p', 'q', 'r', 's'], b: ['t', 'q', 'u'], c: ['r', 'u', 'v'] });
		const strip = (r: LayoutResult) => ({ ...r, stats: { ...r.stats, timeMs: null } });
		expect(strip(layout(input))).toEqual(strip(layout(input)));
	});

	it('still gives a complete octilinear layout when the time budget runs out', () => {
		const r = layout({ ...fromLines(CAREER_LINES), settings: { timeBudgetMs: 1, iterations: 1000 } });
		expect(r.stations).toHaveLength(new Set(Object.values(CAREER_LINES).flat()).size);
		expect(layoutMetrics(r).octilinearShare).toBe(1);
		expect(typeof r.stats.budgetExhausted).toBe('boolean');
	});

	it('stops a pass on its work budget the same way every time, with a complete octilinear layout', () => {
		const input = { ...fromLines(CAREER_LINES), settings: { workBudget: 1, iterations: 1000 } };
		const r = layout(input);
		expect(r.stats.budgetExhausted).toBe(true);
		expect(layoutMetrics(r).octilinearShare).toBe(1);
		const again = layout(input);
		expect(again.stations).toEqual(r.stations);
		expect(again.edges).toEqual(r.edges);
		// Without the cut the local search goes on moving stations: the budget did stop it.
		expect(layout({ ...input, settings: { iterations: 1000 } }).stats.localSearchRounds).toBeGreaterThan(r.stats.localSearchRounds);
	});

	it('is plain JSON', () => {
		const r = layout(fromLines({ a: ['p', 'q'] }));
		expect(JSON.parse(JSON.stringify(r))).toEqual(r);
	});

	it('rejects bad input with the offending value named', () => {
		const ok = fromLines({ a: ['p', 'q'] });
		expect(() => layout({ ...ok, edges: [{ from: 'p', to: 'nowhere', lines: ['a'] }] })).toThrow(/unknown station 'nowhere'/);
		expect(() => layout({ ...ok, stations: [...ok.stations, ok.stations[0]!] })).toThrow(/duplicate station id 'p'/);
		expect(() => layout({ ...ok, edges: [{ from: 'p', to: 'q', lines: ['zz'] }] })).toThrow(/unknown line 'zz'/);
		expect(() => layout({ ...ok, settings: { iterations: -1 } })).toThrow(LayoutInputError);
		const star = fromLines(Object.fromEntries([...Array(9).keys()].map((i) => [`l${i}`, ['hub', `s${i}`]])));
		expect(() => layout(star)).toThrow(/'hub' has 9 neighbours/);
	});
});
