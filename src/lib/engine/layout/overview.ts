import { screenAngle } from './directions';
import { initialTargets } from './initial-positions';
import { orderLines } from './line-order';
import { buildNetwork, type Network } from './network';
import { resolveSettings, styleOf } from './settings';
import { estimateTextWidth } from './text-width';
import type { Bounds, LabelPlacement, LayoutInput, LayoutResult, LayoutStage, LayoutStation } from './types';

const now = (): number => (globalThis.performance ? globalThis.performance.now() : Date.now());

/**
 * An overview drawing for networks too big or too dense for `layout`: stations where the
 * engine's initial placement puts them (career order left to right, or the position hints),
 * hops as straight segments, labels east of each station without collision checks. It does
 * no octilinear routing, so it has no degree limit and runs in near-linear time; the map is
 * expected to show the labels only once zoomed in far enough for them to be readable.
 */
export function overviewLayout(input: LayoutInput): LayoutResult {
	const t0 = now();
	const timeMs = {} as Record<LayoutStage | 'total', number>;
	let mark = t0;
	const lap = (stage: LayoutStage) => {
		const t = now();
		timeMs[stage] = round2(t - mark);
		mark = t;
	};

	// Crossing reduction costs time quadratic in a layer's hops; an overview read zoomed out
	// does not need the polished order, so fewer sweeps than the metro map unless asked for.
	const settings = resolveSettings({ crossingSweeps: OVERVIEW_SWEEPS, ...input.settings });
	const net = buildNetwork(input, { maxDegree: Infinity });
	const textWidth = input.textWidth ?? estimateTextWidth(settings.fontSize);
	const style = styleOf(settings);
	lap('prepare');

	const targets = initialTargets(net, settings);
	if (targets.source === 'layered') packComponents(net, targets.x, targets.y, settings.layerSpacing, settings.rowSpacing);
	const [gx, gy] = snapToFreeNodes(targets.x, targets.y, targets.kind);
	const cell = settings.cellSize;
	const sx = Array.from(gx, (v) => v * cell);
	const sy = Array.from(gy, (v) => v * cell);
	lap('initial');
	timeMs.routing = 0;
	timeMs.localSearch = 0;

	const angleA = new Float64Array(net.edges.length);
	const angleB = new Float64Array(net.edges.length);
	net.edges.forEach((e, i) => {
		angleA[i] = screenAngle(sx[e.b]! - sx[e.a]!, sy[e.b]! - sy[e.a]!);
		angleB[i] = screenAngle(sx[e.a]! - sx[e.b]!, sy[e.a]! - sy[e.b]!);
	});
	const order = orderLines(net, angleA, angleB);
	lap('lineOrder');

	const height = Math.ceil(settings.fontSize * 1.25);
	const offset = settings.stationRadius + settings.labelGap;
	const stations: LayoutStation[] = net.ids.map((id, s) => {
		const text = net.labels[s]!;
		const label: LabelPlacement | null =
			text === '' ? null : { x: sx[s]! + offset, y: sy[s]!, anchor: 'start', width: Math.ceil(textWidth(text)), height, dir: 'E' };
		return { id, x: sx[s]!, y: sy[s]!, label, ...(net.pinned[s] ? { pinned: true as const } : {}) };
	});
	lap('labels');

	const edges = net.edges.map((e, i) => ({
		from: net.ids[e.a]!,
		to: net.ids[e.b]!,
		lines: order[i]!.map((l) => net.lineIds[l]!),
		points: [
			[sx[e.a]!, sy[e.a]!],
			[sx[e.b]!, sy[e.b]!]
		] as [number, number][]
	}));
	const lines = net.lineIds.map((id, l) => ({
		id,
		colour: net.lineColours[l]!,
		stations: net.lineStations[l]!.map((s) => net.ids[s]!)
	}));
	const bounds = boundsOf(stations, settings.stationRadius);
	timeMs.total = round2(now() - t0);
	return {
		stations,
		edges,
		lines,
		bounds,
		style,
		stats: {
			timeMs,
			grid: {
				width: Math.ceil((bounds.maxX - bounds.minX) / cell) + 1,
				height: Math.ceil((bounds.maxY - bounds.minY) / cell) + 1,
				cellSize: cell
			},
			routedPaths: 0,
			failedPaths: 0,
			routingAttempts: 0,
			orderRelaxed: 0,
			gridCrossings: 0,
			localSearchRounds: 0,
			localSearchMoves: 0,
			searches: 0,
			expandedStates: 0,
			budgetExhausted: false,
			gridRefined: false,
			initial: targets.source,
			lineNames: { placed: 0, unplaced: 0 }
		}
	};
}

const OVERVIEW_SWEEPS = 2;

/**
 * The layered placement stacks the network's parts one under the other; a taxonomy with
 * derived lines has hundreds of small parts, which makes a strip a hundred times taller than
 * wide. Shelf-packs the parts (largest first) into rows about as wide as the whole is tall,
 * so the overview fills a screen-shaped area. Only for layered targets: hints and pins say
 * where stations belong and are not moved.
 */
function packComponents(net: Network, x: Float64Array, y: Float64Array, gapX: number, gapY: number): void {
	const n = net.ids.length;
	const comp = new Int32Array(n).fill(-1);
	const parts: number[][] = [];
	for (let s = 0; s < n; s++) {
		if (comp[s] !== -1) continue;
		const members = [s];
		comp[s] = parts.length;
		for (let i = 0; i < members.length; i++)
			for (const e of net.adj[members[i]!]!) {
				const w = net.edges[e]!.a === members[i] ? net.edges[e]!.b : net.edges[e]!.a;
				if (comp[w] === -1) {
					comp[w] = parts.length;
					members.push(w);
				}
			}
		parts.push(members);
	}
	if (parts.length < 2) return;
	const boxes = parts.map((members, index) => {
		let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
		for (const s of members) {
			minX = Math.min(minX, x[s]!);
			minY = Math.min(minY, y[s]!);
			maxX = Math.max(maxX, x[s]!);
			maxY = Math.max(maxY, y[s]!);
		}
		// The gap to the right leaves room for the last stop's label.
		return { index, minX, minY, w: maxX - minX + 2 * gapX, h: maxY - minY + gapY, size: members.length };
	});
	const area = boxes.reduce((a, b) => a + b.w * b.h, 0);
	const rowWidth = Math.max(Math.sqrt(area * SCREEN_ASPECT), ...boxes.map((b) => b.w));
	boxes.sort((a, b) => b.h - a.h || b.size - a.size || a.index - b.index);
	let cx = 0, cy = 0, shelf = 0;
	for (const box of boxes) {
		if (cx > 0 && cx + box.w > rowWidth) {
			cx = 0;
			cy += shelf;
			shelf = 0;
		}
		for (const s of parts[box.index]!) {
			x[s] = x[s]! - box.minX + cx;
			y[s] = y[s]! - box.minY + cy;
		}
		cx += box.w;
		shelf = Math.max(shelf, box.h);
	}
}

/** Width over height of the packed overview: a landscape screen, where the map is read. */
const SCREEN_ASPECT = 1.6;

/**
 * Rounds each target to a grid node; a station whose node is taken goes to the nearest free
 * one (rings outwards, nearest by distance, ties in ring order), so no two stations share a
 * spot. Pinned stations claim their nodes first, since they must not move.
 */
function snapToFreeNodes(x: Float64Array, y: Float64Array, kind: Uint8Array): [Int32Array, Int32Array] {
	const n = x.length;
	const gx = new Int32Array(n);
	const gy = new Int32Array(n);
	const taken = new Set<string>();
	const key = (cx: number, cy: number) => `${cx},${cy}`;
	const order = [...Array(n).keys()].sort((a, b) => kind[b]! - kind[a]! || a - b);
	for (const s of order) {
		const rx = Math.round(x[s]!);
		const ry = Math.round(y[s]!);
		let best: [number, number] | null = taken.has(key(rx, ry)) ? null : [rx, ry];
		for (let r = 1; best === null; r++) {
			let bestD = Infinity;
			for (let dx = -r; dx <= r; dx++)
				for (let dy = -r; dy <= r; dy++) {
					if (Math.max(Math.abs(dx), Math.abs(dy)) !== r || taken.has(key(rx + dx, ry + dy))) continue;
					const d = (rx + dx - x[s]!) ** 2 + (ry + dy - y[s]!) ** 2;
					if (d < bestD) {
						bestD = d;
						best = [rx + dx, ry + dy];
					}
				}
		}
		gx[s] = best[0];
		gy[s] = best[1];
		taken.add(key(best[0], best[1]));
	}
	return [gx, gy];
}

function boundsOf(stations: LayoutStation[], radius: number): Bounds {
	let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
	for (const s of stations) {
		const right = s.label ? s.label.x + s.label.width : s.x + radius;
		const half = s.label ? Math.max(radius, s.label.height / 2) : radius;
		minX = Math.min(minX, s.x - radius);
		minY = Math.min(minY, s.y - half);
		maxX = Math.max(maxX, right);
		maxY = Math.max(maxY, s.y + half);
	}
	if (minX === Infinity) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
	return { minX, minY, maxX, maxY };
}

function round2(v: number): number {
	return Math.round(v * 100) / 100;
}
