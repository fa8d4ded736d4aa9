import { isOctilinear, screenAngle } from './directions';
import { boxesOverlap, labelBox, segmentsIntersect, type Box } from './geometry';
import { LABEL_REACH_HEIGHTS, markerGap, nearerToOther } from './label-reach';
import { buildScene, sceneHits } from './scene';
import type { LayoutInput, LayoutResult, LayoutStage, PreviousLayout } from './types';

export interface LayoutMetrics {
	stations: number;
	edges: number;
	segments: number;
	octilinearSegments: number;
	/** Share of segments that are horizontal, vertical or at 45° (1 = all). */
	octilinearShare: number;
	/** Bends inside hops (points between a hop's two stations). */
	bends: number;
	/** Pairs of hops whose drawings cross or overlap away from a shared station. */
	edgeCrossings: number;
	/** The same for straight lines between the input positions (null without positions). */
	inputEdgeCrossings: number | null;
	/** Crossing pairs of the drawing that the input positions do not have. */
	newEdgeCrossings: number;
	/** Stations that a hop they do not belong to runs through. */
	stationsOnForeignEdges: number;
	/**
	 * onSegments: line pairs on hops whose drawings cross. inStations: crossings in stations of
	 * lines that share a hop there (the line order decides these). byEmbedding: lines that
	 * only meet at a station and cross because their hops alternate around it (the network's
	 * circular order decides these, as at a cross-shaped interchange).
	 */
	lineCrossings: { onSegments: number; inStations: number; byEmbedding: number };
	labelOverlaps: { total: number; withLines: number; withStations: number; withLabels: number };
	/**
	 * How far labels sit from their own station: the largest gap in pixels between a marker and
	 * its label box; labels farther than LABEL_REACH_HEIGHTS label heights (`far`); labels whose
	 * box is nearer to another station's marker than to their own (`nearerToOther`).
	 */
	labelDistance: { max: number; far: number; nearerToOther: number };
	/**
	 * Line-name badges drawn (`count`), and badges that cover a station label, a station marker
	 * or another badge (`overlaps`): a name must not hide what it sits beside.
	 */
	lineNames: { count: number; overlaps: number };
	/** Stations that were in the previous layout and now sit elsewhere (null without one). */
	stationsMoved: number | null;
	timeMs: Record<LayoutStage | 'total', number>;
}

export interface MetricsOptions {
	input?: LayoutInput;
	previous?: PreviousLayout;
}

/**
 * Quality figures measured on the result's geometry itself — not taken from the engine's
 * bookkeeping — so they stay honest if a stage misbehaves.
 */
export function layoutMetrics(result: LayoutResult, options: MetricsOptions = {}): LayoutMetrics {
	const index = new Map(result.stations.map((s, i) => [s.id, i]));
	const st = result.stations;
	const edges = result.edges.map((e) => ({ ...e, a: index.get(e.from)!, b: index.get(e.to)! }));

	let segments = 0;
	let octilinear = 0;
	let bends = 0;
	for (const e of edges) {
		bends += Math.max(0, e.points.length - 2);
		for (let i = 0; i + 1 < e.points.length; i++) {
			segments++;
			if (isOctilinear(e.points[i + 1]![0] - e.points[i]![0], e.points[i + 1]![1] - e.points[i]![1])) octilinear++;
		}
	}

	const drawn = crossingPairs(edges.map((e) => ({ a: e.a, b: e.b, points: e.points })));
	let inputCrossings: Set<number> | null = null;
	const pos = options.input?.stations.map((s) => s.position);
	if (options.input && pos && pos.every((p) => p !== undefined)) {
		const inputIndex = new Map(options.input.stations.map((s, i) => [s.id, i]));
		inputCrossings = crossingPairs(
			edges.map((e) => {
				const pa = pos[inputIndex.get(e.from)!]!;
				const pb = pos[inputIndex.get(e.to)!]!;
				return { a: e.a, b: e.b, points: [[pa.x, pa.y], [pb.x, pb.y]] as [number, number][] };
			})
		);
	}
	let newCrossings = 0;
	let onSegments = 0;
	for (const key of drawn) {
		if (!inputCrossings?.has(key)) newCrossings++;
		const i = Math.floor(key / edges.length);
		const j = key % edges.length;
		onSegments += i === j ? 0 : Math.max(1, edges[i]!.lines.length) * Math.max(1, edges[j]!.lines.length);
	}

	let foreign = 0;
	st.forEach((s, k) => {
		for (const e of edges) {
			if (e.a === k || e.b === k) continue;
			if (e.points.some((p, i) => i + 1 < e.points.length && onSeg(p, e.points[i + 1]!, s.x, s.y))) {
				foreign++;
				return;
			}
		}
	});

	return {
		stations: st.length,
		edges: edges.length,
		segments,
		octilinearSegments: octilinear,
		octilinearShare: segments === 0 ? 1 : octilinear / segments,
		bends,
		edgeCrossings: drawn.size,
		inputEdgeCrossings: inputCrossings ? inputCrossings.size : null,
		newEdgeCrossings: newCrossings,
		stationsOnForeignEdges: foreign,
		lineCrossings: { onSegments, ...stationLineCrossings(st.length, edges) },
		...labelChecks(result, edges),
		lineNames: lineNameChecks(result, edges),
		stationsMoved: options.previous ? moved(result, options.previous) : null,
		timeMs: result.stats.timeMs
	};
}

interface Drawn {
	a: number;
	b: number;
	points: [number, number][];
}

/** Keys i * n + j (i <= j) of hop pairs that cross; i === j for a hop crossing itself. */
function crossingPairs(edges: Drawn[]): Set<number> {
	const n = edges.length;
	const out = new Set<number>();
	const boxes = edges.map((e) => {
		let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
		for (const [x, y] of e.points) {
			x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
		}
		return { x0, y0, x1, y1 };
	});
	for (let i = 0; i < n; i++) {
		const p = edges[i]!.points;
		for (let s = 0; s + 1 < p.length; s++)
			for (let t = s + 2; t + 1 < p.length; t++)
				if (segmentsIntersect(p[s]![0], p[s]![1], p[s + 1]![0], p[s + 1]![1], p[t]![0], p[t]![1], p[t + 1]![0], p[t + 1]![1]))
					out.add(i * n + i);
		for (let j = i + 1; j < n; j++) {
			if (!boxesOverlap(boxes[i]!, boxes[j]!, 1e-6)) continue;
			if (edgesCross(edges[i]!, edges[j]!)) out.add(i * n + j);
		}
	}
	return out;
}

function edgesCross(e: Drawn, f: Drawn): boolean {
	const shared = [e.a, e.b].filter((s) => s === f.a || s === f.b);
	const sharedPoints = shared.map((s) => (s === e.a ? e.points[0]! : e.points[e.points.length - 1]!));
	const p = e.points;
	const q = f.points;
	for (let s = 0; s + 1 < p.length; s++)
		for (let t = 0; t + 1 < q.length; t++) {
			const [ax, ay] = p[s]!;
			const [bx, by] = p[s + 1]!;
			const [cx, cy] = q[t]!;
			const [dx, dy] = q[t + 1]!;
			if (!segmentsIntersect(ax, ay, bx, by, cx, cy, dx, dy)) continue;
			// Hops meeting at their common station touch there; that is no crossing unless they overlap.
			const touchOnly = sharedPoints.some(
				([x, y]) =>
					(same(ax, ay, x, y) || same(bx, by, x, y)) &&
					(same(cx, cy, x, y) || same(dx, dy, x, y)) &&
					!collinearOverlap(ax, ay, bx, by, cx, cy, dx, dy)
			);
			if (!touchOnly) return true;
		}
	return false;
}

const same = (ax: number, ay: number, bx: number, by: number) => Math.abs(ax - bx) < 1e-6 && Math.abs(ay - by) < 1e-6;

function collinearOverlap(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
	const cross = (ux: number, uy: number, vx: number, vy: number) => ux * vy - uy * vx;
	if (Math.abs(cross(bx - ax, by - ay, dx - cx, dy - cy)) > 1e-9) return false;
	if (Math.abs(cross(bx - ax, by - ay, cx - ax, cy - ay)) > 1e-9) return false;
	// Same line: overlapping in more than a point when the projections overlap with positive length.
	const ux = bx - ax, uy = by - ay;
	const len2 = ux * ux + uy * uy;
	const t1 = ((cx - ax) * ux + (cy - ay) * uy) / len2;
	const t2 = ((dx - ax) * ux + (dy - ay) * uy) / len2;
	return Math.min(1, Math.max(t1, t2)) - Math.max(0, Math.min(t1, t2)) > 1e-9;
}

function onSeg(p: [number, number], q: [number, number], x: number, y: number): boolean {
	const cross = (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
	if (Math.abs(cross) > 1e-6 * Math.max(1, Math.hypot(q[0] - p[0], q[1] - p[1]))) return false;
	return Math.min(p[0], q[0]) - 1e-6 <= x && x <= Math.max(p[0], q[0]) + 1e-6 && Math.min(p[1], q[1]) - 1e-6 <= y && y <= Math.max(p[1], q[1]) + 1e-6;
}

/**
 * Line crossings inside stations. Around a station every incident hop contributes one slot
 * per line, counter-clockwise; a line passing through joins two slots by a chord, and two
 * lines cross in the station exactly when their chords interleave.
 */
function stationLineCrossings(n: number, edges: (Drawn & { lines: string[] })[]): { inStations: number; byEmbedding: number } {
	const around: { e: number; angle: number }[][] = Array.from({ length: n }, () => []);
	edges.forEach((e, i) => {
		const p = e.points;
		const m = p.length;
		around[e.a]!.push({ e: i, angle: screenAngle(p[1]![0] - p[0]![0], p[1]![1] - p[0]![1]) });
		around[e.b]!.push({ e: i, angle: screenAngle(p[m - 2]![0] - p[m - 1]![0], p[m - 2]![1] - p[m - 1]![1]) });
	});
	let inStations = 0;
	let byEmbedding = 0;
	around.forEach((list, s) => {
		list.sort((x, y) => x.angle - y.angle || x.e - y.e);
		// Counter-clockwise around s a hop is passed from its right side to its left side.
		const slot = new Map<string, number>();
		let k = 0;
		for (const { e } of list) {
			const edge = edges[e]!;
			const outward = edge.a === s ? edge.lines : edge.lines.slice().reverse();
			for (let i = outward.length - 1; i >= 0; i--) slot.set(`${e}:${outward[i]}`, k++);
		}
		const chords: { line: string; p: number; q: number; hops: number[] }[] = [];
		const lines = new Set(list.flatMap(({ e }) => edges[e]!.lines));
		for (const line of lines) {
			const on = list.filter(({ e }) => edges[e]!.lines.includes(line)).map(({ e }) => e);
			for (let i = 0; i < on.length; i++)
				for (let j = i + 1; j < on.length; j++) {
					const p = slot.get(`${on[i]}:${line}`)!;
					const q = slot.get(`${on[j]}:${line}`)!;
					chords.push({ line, p: Math.min(p, q), q: Math.max(p, q), hops: [on[i]!, on[j]!] });
				}
		}
		for (let i = 0; i < chords.length; i++)
			for (let j = i + 1; j < chords.length; j++) {
				const c = chords[i]!;
				const d = chords[j]!;
				if (c.line === d.line) continue;
				if (!((c.p < d.p && d.p < c.q && c.q < d.q) || (d.p < c.p && c.p < d.q && d.q < c.q))) continue;
				if (c.hops.some((h) => d.hops.includes(h))) inStations++;
				else byEmbedding++;
			}
	});
	return { inStations, byEmbedding };
}

function labelChecks(
	result: LayoutResult,
	edges: { a: number; b: number; points: [number, number][]; lines: string[] }[]
): Pick<LayoutMetrics, 'labelOverlaps' | 'labelDistance'> {
	const scene = buildScene(
		result.stations,
		edges.map((e) => ({ from: e.a, to: e.b, points: e.points, lineCount: e.lines.length })),
		result.style
	);
	let max = 0;
	let far = 0;
	let nearerOther = 0;
	let withLines = 0;
	let withStations = 0;
	let withLabels = 0;
	const boxes = result.stations.map((s) => (s.label ? labelBox(s.label) : null));
	boxes.forEach((box, i) => {
		if (!box) return;
		let line = false;
		let station = false;
		sceneHits(scene, box, (item) => {
			if (item < scene.segCount) line = true;
			else station = true;
		});
		if (line) withLines++;
		if (station) withStations++;
		const gap = markerGap(scene, i, box);
		max = Math.max(max, gap);
		if (gap > LABEL_REACH_HEIGHTS * (box.y1 - box.y0)) far++;
		if (nearerToOther(scene, i, box)) nearerOther++;
		for (let j = i + 1; j < boxes.length; j++) if (boxes[j] && boxesOverlap(box, boxes[j]!)) withLabels++;
	});
	return {
		labelOverlaps: { total: withLines + withStations + withLabels, withLines, withStations, withLabels },
		labelDistance: { max: Math.round(max * 10) / 10, far, nearerToOther: nearerOther }
	};
}

function lineNameChecks(result: LayoutResult, edges: { a: number; b: number; points: [number, number][]; lines: string[] }[]): LayoutMetrics['lineNames'] {
	const names = result.lineNames ?? [];
	const scene = buildScene(
		result.stations,
		edges.map((e) => ({ from: e.a, to: e.b, points: e.points, lineCount: e.lines.length })),
		result.style
	);
	const labels = result.stations.flatMap((s) => (s.label ? [labelBox(s.label)] : []));
	const boxes = names.map((n) => ({ x0: n.x - n.width / 2, y0: n.y - n.height / 2, x1: n.x + n.width / 2, y1: n.y + n.height / 2 }));
	let overlaps = 0;
	boxes.forEach((box, i) => {
		let marker = false;
		sceneHits(scene, box, (item) => {
			if (item >= scene.segCount) marker = true;
		});
		if (marker || labels.some((l) => boxesOverlap(box, l)) || boxes.some((b, j) => j !== i && boxesOverlap(box, b))) overlaps++;
	});
	return { count: names.length, overlaps };
}

function moved(result: LayoutResult, previous: PreviousLayout): number {
	const before = new Map(previous.stations.map((s) => [s.id, s]));
	let count = 0;
	for (const s of result.stations) {
		const p = before.get(s.id);
		if (p && Math.hypot(p.x - s.x, p.y - s.y) > 0.5) count++;
	}
	return count;
}
