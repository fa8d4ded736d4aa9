import { unrollPaths, type Drawing } from './assemble';
import { buildCombGraph, type CombGraph } from './comb-graph';
import { insertCrossingNodes } from './crossing-nodes';
import { screenAngle } from './directions';
import { labelBox } from './geometry';
import { initialTargets } from './initial-positions';
import { placeLabels, type LabelRequest } from './labels';
import { placeLineNames } from './line-name-placement';
import { badgeText, nameSpots } from './line-names';
import { orderLines } from './line-order';
import { buildNetwork, otherEnd, type Network } from './network';
import { octilinearize } from './octilinear';
import { buildScene, bundleHalfWidth, markerRadius, type Scene } from './scene';
import { resolveSettings, styleOf } from './settings';
import { estimateTextWidth } from './text-width';
import type {
	Bounds,
	LabelPlacement,
	LayoutInput,
	LayoutOptions,
	LayoutResult,
	LayoutSettings,
	LayoutStage,
	LayoutStyle,
	LineNamePlacement,
	PreviousLayout
} from './types';

const now = (): number => (globalThis.performance ? globalThis.performance.now() : Date.now());

/**
 * Lays out a metro network: initial positions → octilinear grid routing with local search →
 * line order on shared hops → labels. Pure and deterministic for the same input (unless the
 * time budget cuts the local search short, which the stats report). With `previous`, the
 * stations it holds are anchored where they were, so a small edit moves few of them.
 */
export function layout(input: LayoutInput, options: LayoutOptions = {}): LayoutResult {
	const t0 = now();
	const timeMs = {} as Record<LayoutStage | 'total', number>;
	let mark = t0;
	const lap = (stage: LayoutStage) => {
		const t = now();
		timeMs[stage] = round2(t - mark);
		mark = t;
	};

	const resolved = resolveSettings(input.settings);
	// One pixel frame across versions: a previous layout (whose cells may have grown to make
	// room for labels) sets the cell size, so its stations and pins read back exactly.
	const settings = { ...resolved, cellSize: options.previous?.style?.cellSize ?? resolved.cellSize };
	const net = buildNetwork(input);
	const textWidth = input.textWidth ?? estimateTextWidth(settings.fontSize);
	const style = styleOf(settings);
	lap('prepare');

	// Coarse grid first (the median hop spans `hopCells` cells); a geographic network whose
	// dense centre the coarse grid cannot hold is laid out again on finer grids (REFINE_STEPS)
	// until one holds every path without a crossing the router had to make.
	let targets = initialTargets(net, settings, options.previous);
	let comb = buildCombGraph(net, targets);
	lap('initial');

	let octi = octilinearize(net, comb, targets, settings, now, targets.source === 'positions', previousPaths(net, comb, options.previous));
	/** Routing and local search of the passes whose result was not kept. */
	let otherMs = 0;
	const refined = octi.refine;
	// Hops that cross in the geography without a shared station must cross in the drawing too,
	// whatever the grid: other scales only pay when such crossings are nodes (crossing-nodes.ts).
	const crossingsForced = refined && insertCrossingNodes(input).crossings.length > 0;
	for (let step = 0; refined && step < REFINE_STEPS.length; step++) {
		const { factor, onlyWhenUnrouted } = REFINE_STEPS[step]!;
		if (step > 0 && octi.failed === 0 && (octi.crossings === 0 || crossingsForced || onlyWhenUnrouted)) break;
		// Each pass has the whole budget: a pass is never cut short by the ones before it.
		const fine = { ...settings, hopCells: settings.hopCells * factor };
		const fineTargets = initialTargets(net, fine, options.previous);
		const fineComb = buildCombGraph(net, fineTargets);
		const next = octilinearize(net, fineComb, fineTargets, fine, now);
		const better = step === 0 || next.failed < octi.failed || (next.failed === octi.failed && next.crossings < octi.crossings);
		if (!better) {
			otherMs += next.routingMs + next.localSearchMs;
			continue;
		}
		otherMs += octi.routingMs + octi.localSearchMs;
		[targets, comb, octi] = [fineTargets, fineComb, next];
	}
	timeMs.routing = round2(otherMs + octi.routingMs);
	timeMs.localSearch = round2(octi.localSearchMs);
	mark = now();

	const drawing = unrollPaths(net, comb, octi, targets);
	const angleA = new Float64Array(net.edges.length);
	const angleB = new Float64Array(net.edges.length);
	drawing.polylines.forEach((p, e) => {
		const n = p.length;
		angleA[e] = screenAngle(p[1]![0] - p[0]![0], p[1]![1] - p[0]![1]);
		angleB[e] = screenAngle(p[n - 2]![0] - p[n - 1]![0], p[n - 2]![1] - p[n - 1]![1]);
	});
	const order = orderLines(net, angleA, angleB);
	lap('lineOrder');

	const widths = net.labels.map((text) => (text === '' ? 0 : Math.ceil(textWidth(text))));
	const pinned = net.pinned.some((p) => p !== undefined);
	let best: Drawn | null = null;
	for (const grow of GROWTH) {
		// Pinned positions and a previous layout are pixels: the grid may not be scaled under them.
		if (grow > 1 && (pinned || options.previous)) break;
		const drawn = drawAt(net, drawing, settings.cellSize * grow, widths, style, settings);
		if (!best || drawn.overlaps < best.overlaps) best = drawn;
		if (drawn.overlaps === 0) break;
	}
	const { sx, sy, points, labels, cell, scene } = best!;
	style.cellSize = cell;
	// Lines named after the labels: a badge gives way to every station label.
	const named = net.lineNames.map((name) => name !== '');
	const texts = net.lineNames.map((name) => (name === '' ? '' : badgeText(name, net.lineNames)));
	const lineNames = placeLineNames(net, nameSpots(net, named), texts, { points, order, labels, scene }, textWidth, { ...settings, cellSize: cell });
	lap('labels');

	const stations = net.ids.map((id, s) => ({
		id,
		x: sx[s]!,
		y: sy[s]!,
		label: labels[s]!,
		...(net.pinned[s] ? { pinned: true as const } : {})
	}));
	const edges = net.edges.map((e, i) => ({
		from: net.ids[e.a]!,
		to: net.ids[e.b]!,
		lines: order[i]!.map((l) => net.lineIds[l]!),
		points: points[i]!
	}));
	const lines = net.lineIds.map((id, l) => ({
		id,
		colour: net.lineColours[l]!,
		stations: net.lineStations[l]!.map((s) => net.ids[s]!)
	}));
	timeMs.total = round2(now() - t0);
	return {
		stations,
		edges,
		lines,
		lineNames: lineNames.names,
		bounds: boundsOf(stations, edges, lineNames.names, settings.stationRadius),
		style,
		stats: {
			timeMs,
			grid: { width: octi.grid.width, height: octi.grid.height, cellSize: cell },
			routedPaths: comb.edges.length,
			failedPaths: octi.failed,
			routingAttempts: octi.attempts,
			orderRelaxed: octi.orderRelaxed,
			gridCrossings: octi.crossings,
			localSearchRounds: octi.rounds,
			localSearchMoves: octi.moves,
			searches: octi.searches,
			expandedStates: octi.expanded,
			budgetExhausted: octi.budgetExhausted,
			gridRefined: refined,
			initial: targets.source,
			lineNames: { placed: lineNames.names.length, unplaced: lineNames.unplaced }
		}
	};
}

/**
 * The finer grids tried, in order, when the coarse one cannot hold every path: how many times
 * as many cells a hop spans. Whether a knot of nearby stations in a dense centre untangles
 * depends on how its stations fall onto the grid, so a slightly different scale is tried
 * when the first leaves crossings; the most expensive grid only when paths stay unrouted.
 * The best pass (fewest unrouted paths, then fewest crossings) is kept.
 */
const REFINE_STEPS: { factor: number; onlyWhenUnrouted: boolean }[] = [
	{ factor: 2, onlyWhenUnrouted: false },
	{ factor: 2.4, onlyWhenUnrouted: false },
	{ factor: 2.8, onlyWhenUnrouted: false },
	{ factor: 4, onlyWhenUnrouted: true }
];

/**
 * Scales tried for the grid when labels do not fit: the drawing in grid cells stays the same,
 * only a cell gets wider, which gives every label more room relative to the lines.
 */
const GROWTH = [1, 1.25, 1.5, 1.75, 2];

interface Drawn {
	cell: number;
	sx: number[];
	sy: number[];
	points: [number, number][][];
	labels: (LabelPlacement | null)[];
	overlaps: number;
	scene: Scene;
}

/** The drawing in pixels at one cell size, with its labels placed. */
function drawAt(net: Network, drawing: Drawing, cell: number, widths: number[], style: LayoutStyle, settings: LayoutSettings): Drawn {
	const px = (v: number) => Math.round(v * cell * 100) / 100;
	const sx = Array.from(drawing.x, px);
	const sy = Array.from(drawing.y, px);
	const points = drawing.polylines.map((pl) => pl.map(([x, y]) => [px(x), px(y)] as [number, number]));
	const scene = buildScene(
		sx.map((x, i) => ({ x, y: sy[i]! })),
		net.edges.map((e, i) => ({ from: e.a, to: e.b, points: points[i]!, lineCount: e.lines.length })),
		{ ...style, cellSize: cell }
	);
	const height = Math.ceil(settings.fontSize * 1.25);
	const requests: (LabelRequest | null)[] = net.ids.map((_, s) => {
		if (net.labels[s] === '') return null;
		let widest = 0;
		for (const e of net.adj[s]!) widest = Math.max(widest, bundleHalfWidth(net.edges[e]!.lines.length, style));
		return {
			x: sx[s]!,
			y: sy[s]!,
			width: widths[s]!,
			height,
			marker: markerRadius(widest, style),
			neighbours: net.adj[s]!.map((e) => otherEnd(net.edges[e]!, s))
		};
	});
	const placed = placeLabels(scene, requests, { ...settings, cellSize: cell });
	return { cell, sx, sy, points, labels: placed.labels, overlaps: placed.overlaps, scene };
}

/**
 * The previous layout's drawing of each comb edge that is a single hop, in world cells and
 * oriented from the edge's `from` (null where there is none): what the router tries first.
 */
function previousPaths(net: Network, comb: CombGraph, previous: PreviousLayout | undefined): ([number, number][] | null)[] {
	if (!previous?.edges) return [];
	const cell = previous.style?.cellSize ?? 0;
	if (!(cell > 0)) return [];
	const drawn = new Map<string, [number, number][]>();
	for (const e of previous.edges) drawn.set(`${e.from}\u0000${e.to}`, e.points);
	return comb.edges.map((edge) => {
		if (edge.hops.length !== 1) return null;
		const a = net.ids[edge.stations[0]!]!;
		const b = net.ids[edge.stations[1]!]!;
		const forward = drawn.get(`${a}\u0000${b}`);
		const points = forward ?? drawn.get(`${b}\u0000${a}`)?.slice().reverse();
		return points ? points.map(([x, y]) => [x / cell, y / cell] as [number, number]) : null;
	});
}

function round2(v: number): number {
	return Math.round(v * 100) / 100;
}

function boundsOf(
	stations: LayoutResult['stations'],
	edges: LayoutResult['edges'],
	names: LineNamePlacement[],
	radius: number
): Bounds {
	let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
	const add = (x0: number, y0: number, x1: number, y1: number) => {
		minX = Math.min(minX, x0);
		minY = Math.min(minY, y0);
		maxX = Math.max(maxX, x1);
		maxY = Math.max(maxY, y1);
	};
	for (const s of stations) {
		add(s.x - radius, s.y - radius, s.x + radius, s.y + radius);
		if (!s.label) continue;
		const box = labelBox(s.label);
		add(box.x0, box.y0, box.x1, box.y1);
	}
	for (const e of edges) for (const [x, y] of e.points) add(x, y, x, y);
	for (const n of names) add(n.x - n.width / 2, n.y - n.height / 2, n.x + n.width / 2, n.y + n.height / 2);
	if (minX === Infinity) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
	return { minX, minY, maxX, maxY };
}
