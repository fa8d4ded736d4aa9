import { describe, expect, it } from 'vitest';
import { CROSSING_NODE_PREFIX, crossingNodeDrawing, insertCrossingNodes, isCrossingNode } from './crossing-nodes';
import { layout } from './layout';
import { layoutMetrics } from './metrics';
import { fromLines, GEO_LINES, GEO_POSITIONS } from './test-networks';

/** Two lines crossing without a shared station: a over b, like a viaduct over a tunnel. */
const CROSS = fromLines(
	{ red: ['w2', 'w1', 'e1', 'e2'], blue: ['n2', 'n1', 's1', 's2'] },
	{ w2: [-4, 0], w1: [-2, 0], e1: [2, 0], e2: [4, 0], n2: [0, -4], n1: [0.5, -2], s1: [0.5, 2], s2: [0, 4] }
);

describe('insertCrossingNodes', () => {
	it('puts a node where two hops cross without a shared station and splits both hops there', () => {
		const { input, crossings } = insertCrossingNodes(CROSS);
		expect(crossings).toHaveLength(1);
		const c = crossings[0]!;
		expect(isCrossingNode(c.id)).toBe(true);
		expect(c.position.x).toBeCloseTo(0.5);
		expect(c.position.y).toBeCloseTo(0);
		expect(c.hops.sort()).toEqual(['n1→s1', 'w1→e1']);
		expect(input.stations.find((s) => s.id === c.id)).toEqual({ id: c.id, label: '', position: c.position });
		expect(input.edges.filter((e) => e.from === c.id || e.to === c.id).map((e) => [e.from, e.to, e.lines])).toEqual([
			['w1', c.id, ['red']],
			[c.id, 'e1', ['red']],
			['n1', c.id, ['blue']],
			[c.id, 's1', ['blue']]
		]);
		expect(input.edges).toHaveLength(CROSS.edges.length + 2);
		// Planar now: a second pass finds nothing more to split.
		expect(insertCrossingNodes(input).crossings).toEqual([]);
		expect(input.lines.map((l) => l.stations)).toEqual([
			['w2', 'w1', c.id, 'e1', 'e2'],
			['n2', 'n1', c.id, 's1', 's2']
		]);
	});

	it('orders the crossings along a hop that several others cross, and joins hops through one point in one node', () => {
		const net = fromLines(
			{ long: ['a', 'b'], x: ['x1', 'x2'], y: ['y1', 'y2'], z: ['z1', 'z2'] },
			// x and z cross `long` at (2, 0) and y at (1, 0) — listed so the far one comes first.
			{ a: [0, 0], b: [4, 0], x1: [2, -1], x2: [2, 1], y1: [1, -1], y2: [1, 1], z1: [1, -1.5], z2: [3, 1.5] }
		);
		const { input, crossings } = insertCrossingNodes(net);
		// long×x and long×z meet at (2, 0) (x and z cross there too): one node; long×y another.
		expect(crossings.map((c) => [c.position.x, c.position.y].map((v) => Math.round(v * 1000) / 1000))).toEqual([
			[2, 0],
			[1, 0]
		]);
		const long = input.lines.find((l) => l.id === 'long')!.stations;
		expect(long.map((s) => (isCrossingNode(s) ? input.stations.find((t) => t.id === s)!.position!.x : s))).toEqual(['a', 1, 2, 'b']);
		const atTwo = crossings[0]!.id;
		expect(input.edges.filter((e) => e.from === atTwo || e.to === atTwo)).toHaveLength(6);
	});

	it('leaves hops that meet at a station, touch at an end or run parallel alone, and returns such an input as it is', () => {
		const net = fromLines(
			{ a: ['p', 'q', 'r'], b: ['s', 'q', 't'], c: ['u', 'v'], d: ['w', 'x'] },
			// c ends on hop q→r's line (touching, not crossing); d runs parallel to c.
			{ p: [0, 0], q: [2, 0], r: [4, 0], s: [2, -2], t: [2, 2], u: [3, 0], v: [3, 3], w: [4, 1], x: [4, 3] }
		);
		const out = insertCrossingNodes(net);
		expect(out.crossings).toEqual([]);
		expect(out.input).toBe(net);
		expect(insertCrossingNodes(fromLines(GEO_LINES, GEO_POSITIONS)).crossings).toEqual([]);
	});

	it('ignores stations without a position', () => {
		const net = fromLines({ red: ['w', 'e'], blue: ['n', 's'] }, { w: [-1, 0], e: [1, 0], n: [0, -1] });
		expect(insertCrossingNodes(net).crossings).toEqual([]);
	});

	it('is laid out as a point where the lines pass through each other: no crossing added, no label', () => {
		const { input } = insertCrossingNodes(CROSS);
		const r = layout(input);
		const m = layoutMetrics(r, { input });
		expect(m.edgeCrossings).toBe(0);
		expect(m.octilinearShare).toBe(1);
		const c = r.stations.find((s) => s.id.startsWith(CROSSING_NODE_PREFIX))!;
		expect(c.label).toBeNull();
		expect(crossingNodeDrawing(r)).toEqual({ nodes: 1, linesCross: 1 });
		// Each line keeps going straight through the node: its two hops leave in opposite directions.
		const dir = (e: { points: [number, number][] }, atStart: boolean) => {
			const [p, q] = atStart ? [e.points[0]!, e.points[1]!] : [e.points[e.points.length - 1]!, e.points[e.points.length - 2]!];
			return [Math.sign(q[0] - p[0]), Math.sign(q[1] - p[1])];
		};
		for (const line of ['red', 'blue']) {
			const hops = r.edges.filter((e) => e.lines.includes(line) && (e.from === c.id || e.to === c.id));
			const [d1, d2] = hops.map((e) => dir(e, e.from === c.id));
			expect(d1![0]! + d2![0]!).toBe(0);
			expect(d1![1]! + d2![1]!).toBe(0);
		}
	});

	it('tells a crossing node whose lines pass through each other from one where they only touch and turn back', () => {
		const c = `${CROSSING_NODE_PREFIX}x`;
		const hop = (from: string, to: string, line: string, to2: [number, number]) => ({ from, to, lines: [line], points: [[0, 0], to2] as [number, number][] });
		const through = { stations: [{ id: c }], edges: [hop(c, 'e', 'red', [1, 0]), hop(c, 's', 'blue', [0, 1]), hop(c, 'w', 'red', [-1, 0]), hop(c, 'n', 'blue', [0, -1])] };
		const touching = { stations: [{ id: c }], edges: [hop(c, 'e', 'red', [1, 0]), hop(c, 's', 'red', [0, 1]), hop(c, 'w', 'blue', [-1, 0]), hop(c, 'n', 'blue', [0, -1])] };
		expect(crossingNodeDrawing(through)).toEqual({ nodes: 1, linesCross: 1 });
		expect(crossingNodeDrawing(touching)).toEqual({ nodes: 1, linesCross: 0 });
		expect(crossingNodeDrawing({ stations: [{ id: 'plain' }], edges: [] })).toEqual({ nodes: 0, linesCross: 0 });
	});
});
