import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossingNodeDrawing, insertCrossingNodes } from './crossing-nodes';
import { isOctilinear } from './directions';
import { layoutInputFromGeoJson } from './geojson';
import { layout } from './layout';
import { layoutMetrics } from './metrics';

/**
 * The big-network path on New York's subway (517 stations, 548 hops, 26 lines, a dense centre
 * that the first grid cannot hold), planarized as the published pipeline does (a crossing
 * node where two hops cross in the geography): properties every such drawing must have, and
 * a golden summary (stats and metrics) so any change to its quality shows up as a diff to
 * review (`UPDATE_GOLDEN=1` rewrites it). One spec with a generous timeout: it lays NYC out
 * three times (about 6 s of CPU each, less on a previous layout); nothing here is timed. The
 * work budget decides where a pass stops; the time budget is lifted so not even a very busy
 * machine can cut a pass short.
 */
const NYC = resolve(import.meta.dirname, '../../../../../shared/data/transit-networks/nyc-subway.json');
const GOLDEN = join(import.meta.dirname, 'golden', 'nyc-subway.summary.json');

describe.skipIf(!existsSync(NYC))('a big dense geographic network (NYC subway)', () => {
	it('routes every hop octilinearly, without detours around the map, its geographic crossings kept as crossing nodes and no crossing added beyond twice octi\'s, deterministically and stably', { timeout: 300_000 }, () => {
		const geographic = layoutInputFromGeoJson(JSON.parse(readFileSync(NYC, 'utf8')), 'nyc-subway');
		const planar = insertCrossingNodes(geographic);
		// 45 pairs of hops cross in the straight-line geography without a shared station.
		expect(planar.crossings).toHaveLength(45);
		const input = { ...planar.input, settings: { timeBudgetMs: 600_000 } };
		const result = layout(input);
		const m = layoutMetrics(result, { input });

		expect(result.stats.failedPaths).toBe(0);
		expect(result.stats.budgetExhausted).toBe(false);
		for (const e of result.edges)
			e.points.forEach((p, i) => {
				if (i > 0) expect(isOctilinear(p[0] - e.points[i - 1]![0], p[1] - e.points[i - 1]![1]), `hop ${e.from}→${e.to}`).toBe(true);
			});
		expect(m.octilinearShare).toBe(1);
		// Those crossings are nodes now, so every crossing of the drawing is one the layout adds:
		// at most twice octi's 1 (issue #14); and at every crossing node the lines really cross.
		expect(m.inputEdgeCrossings).toBe(0);
		expect(m.edgeCrossings).toBeLessThanOrEqual(2);
		expect(crossingNodeDrawing(result)).toEqual({ nodes: 45, linesCross: 45 });
		expect(m.stationsOnForeignEdges).toBe(0);
		expect(m.labelOverlaps.total).toBe(0);
		expect(m.labelDistance).toMatchObject({ far: 0, nearerToOther: 0 });
		// Lines of one colour family (A/C/E blue, 4/5/6 green, ...) are named where they part and
		// at their ends, beside no label, marker or other name.
		expect(m.lineNames.count).toBeGreaterThan(0);
		expect(m.lineNames.overlaps).toBe(0);

		// No detours around the map: no path leaves the stations' box, and no hop is longer
		// than the Chebyshev distance between its stations by more than an eighth of the map (today: 19 cells of 177).
		const cell = result.style.cellSize;
		const xs = result.stations.map((s) => s.x);
		const ys = result.stations.map((s) => s.y);
		const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
		const extent = Math.max(maxX - minX, maxY - minY);
		const at = new Map(result.stations.map((s) => [s.id, s]));
		for (const e of result.edges) {
			let length = 0;
			e.points.forEach(([x, y], i) => {
				expect(x >= minX - cell && x <= maxX + cell && y >= minY - cell && y <= maxY + cell).toBe(true);
				if (i > 0) length += Math.max(Math.abs(x - e.points[i - 1]![0]), Math.abs(y - e.points[i - 1]![1]));
			});
			const a = at.get(e.from)!;
			const b = at.get(e.to)!;
			expect(length - Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)), `hop ${e.from}→${e.to}`).toBeLessThanOrEqual(extent / 8);
		}

		const again = layout(input);
		expect(again.stations).toEqual(result.stations);
		expect(again.edges).toEqual(result.edges);
		expect(again.lineNames).toEqual(result.lineNames);

		// The next version (and the English map) is laid out on this one: nothing may move and
		// every hop keeps its drawing (routed afresh, 3 stations moved and one hop went straight).
		const next = layout(input, { previous: result });
		expect(layoutMetrics(next, { previous: result }).stationsMoved).toBe(0);
		expect(next.edges).toEqual(result.edges);

		const { timeMs: _t, searches: _s, expandedStates: _e, ...stats } = result.stats;
		const { timeMs: _m, ...metrics } = m;
		const summary = JSON.stringify({ stats, metrics }, null, '\t') + '\n';
		if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, summary);
		else expect(JSON.parse(summary)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
	});
});
