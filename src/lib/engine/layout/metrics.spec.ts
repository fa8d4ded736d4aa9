import { describe, expect, it } from 'vitest';
import { layoutMetrics } from './metrics';
import type { LayoutResult } from './types';

/** A hand-made result: metrics must find what is wrong with it from the geometry alone. */
function result(partial: Pick<LayoutResult, 'stations' | 'edges'>): LayoutResult {
	return {
		...partial,
		lines: [],
		bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 },
		style: { cellSize: 60, fontSize: 12, lineWidth: 4, lineSpacing: 5, stationRadius: 5 },
		stats: { timeMs: { prepare: 0, initial: 0, routing: 0, localSearch: 0, lineOrder: 0, labels: 0, total: 0 } } as LayoutResult['stats']
	};
}
const st = (id: string, x: number, y: number) => ({ id, x, y, label: null });

describe('layoutMetrics', () => {
	it('counts segments that are not octilinear and the bends', () => {
		const m = layoutMetrics(
			result({
				stations: [st('a', 0, 0), st('b', 120, 60), st('c', 240, 60)],
				edges: [
					{ from: 'a', to: 'b', lines: ['x'], points: [[0, 0], [60, 60], [120, 60]] },
					{ from: 'b', to: 'c', lines: ['x'], points: [[120, 60], [240, 0], [240, 60]] }
				]
			})
		);
		expect(m.segments).toBe(4);
		expect(m.octilinearSegments).toBe(3);
		expect(m.bends).toBe(2);
	});

	it('finds hops that cross, a station on a foreign hop, and separates crossings the input had', () => {
		const r = result({
			stations: [st('a', 0, 0), st('b', 120, 0), st('c', 60, -60), st('d', 60, 180), st('e', 300, 60), st('f', 240, 60), st('g', 120, 120)],
			edges: [
				{ from: 'a', to: 'b', lines: ['x', 'y'], points: [[0, 0], [120, 0]] },
				{ from: 'c', to: 'd', lines: ['z'], points: [[60, -60], [60, 180]] },
				{ from: 'a', to: 'f', lines: ['w'], points: [[0, 0], [0, 120], [240, 120], [240, 60]] },
				{ from: 'e', to: 'f', lines: ['w'], points: [[300, 60], [240, 60]] }
			]
		});
		// In the input e and f lay west of a, so the hop a–f did not cross c–d there.
		const west: Record<string, { x: number; y: number }> = { e: { x: -180, y: 0 }, f: { x: -120, y: 0 } };
		const input = {
			stations: r.stations.map((s) => ({ id: s.id, label: '', position: west[s.id] ?? { x: s.x, y: s.y } })),
			edges: [],
			lines: []
		};
		const m = layoutMetrics(r, { input });
		expect(m.edgeCrossings).toBe(2);
		expect(m.inputEdgeCrossings).toBe(1);
		expect(m.newEdgeCrossings).toBe(1);
		expect(m.lineCrossings.onSegments).toBe(2 * 1 + 1 * 1);
		expect(m.stationsOnForeignEdges).toBe(1);
	});

	it('counts lines crossing inside a station by their order on the hops', () => {
		// x and y run west to east through s; on the west hop x is left (north), on the east hop right.
		const m = layoutMetrics(
			result({
				stations: [st('w', 0, 0), st('s', 60, 0), st('e', 120, 0)],
				edges: [
					{ from: 'w', to: 's', lines: ['x', 'y'], points: [[0, 0], [60, 0]] },
					{ from: 's', to: 'e', lines: ['y', 'x'], points: [[60, 0], [120, 0]] }
				]
			})
		);
		expect(m.lineCrossings.inStations).toBe(1);
		const straight = layoutMetrics(
			result({
				stations: [st('w', 0, 0), st('s', 60, 0), st('e', 120, 0)],
				edges: [
					{ from: 'w', to: 's', lines: ['x', 'y'], points: [[0, 0], [60, 0]] },
					{ from: 'e', to: 's', lines: ['y', 'x'], points: [[120, 0], [60, 0]] }
				]
			})
		);
		expect(straight.lineCrossings.inStations).toBe(0);
	});

	it('reports labels over lines, stations and each other', () => {
		const label = (x: number, y: number) => ({ x, y, anchor: 'start' as const, width: 50, height: 14, dir: 'E' as const });
		const m = layoutMetrics(
			result({
				stations: [
					{ id: 'a', x: 0, y: 0, label: label(-10, 0) },
					{ id: 'b', x: 120, y: 0, label: label(60, 40) },
					{ id: 'c', x: 120, y: 60, label: label(70, 45) }
				],
				edges: [{ from: 'a', to: 'b', lines: ['x'], points: [[0, 0], [120, 0]] }]
			})
		);
		expect(m.labelOverlaps.withLines).toBe(1);
		expect(m.labelOverlaps.withStations).toBe(1);
		expect(m.labelOverlaps.withLabels).toBe(1);
	});

	it('measures how far each label sits from its own station, and flags labels that read as another one', () => {
		const label = (x: number, y: number) => ({ x, y, anchor: 'start' as const, width: 50, height: 14, dir: 'E' as const });
		const m = layoutMetrics(
			result({
				stations: [
					// Beside its dot: marker radius 5 + 4 px gap.
					{ id: 'near', x: 0, y: 0, label: label(9, 0) },
					// 60 px right of its dot: more than 2.5 label heights (35 px) away.
					{ id: 'far', x: 0, y: 200, label: label(65, 200) },
					// Under its neighbour, away from its own dot (the seed's "Hygiënisch ontwerper" under "Calculator").
					{ id: 'under', x: 0, y: 400, label: label(100, 428) },
					{ id: 'calculator', x: 120, y: 400, label: null }
				],
				edges: []
			})
		);
		expect(m.labelDistance.max).toBeCloseTo(Math.hypot(100, 21) - 5, 1);
		expect(m.labelDistance.far).toBe(2);
		expect(m.labelDistance.nearerToOther).toBe(1);
		expect(m.labelOverlaps.total).toBe(0);
	});

	it('counts stations that moved against a previous layout', () => {
		const now = result({ stations: [st('a', 0, 0), st('b', 60, 0), st('new', 120, 0)], edges: [] });
		const m = layoutMetrics(now, { previous: { stations: [{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 60, y: 60 }] } });
		expect(m.stationsMoved).toBe(1);
	});
});
