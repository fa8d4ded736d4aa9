import type { LayoutEdgeInput, LayoutInput, Point } from './types';

/** Id prefix of the nodes this step adds: they are no stations (empty label, no marker). */
export const CROSSING_NODE_PREFIX = 'crossing:';

/** Where two hops cross in the geography without sharing a station. */
export interface CrossingNode {
	id: string;
	position: Point;
	/** The two input hops that cross here, as `from→to`. */
	hops: [string, string];
}

/** Parameters this close to a hop's end count as the end: the hops touch at a station, not cross. */
const END_EPSILON = 1e-3;

export const isCrossingNode = (id: string) => id.startsWith(CROSSING_NODE_PREFIX);

/**
 * Planarizes a geographic network the way the published pipeline does before it draws an
 * octilinear map (LOOM's line graph, Bast, Brosi & Storandt): where two hops cross in the
 * geography without a shared station (one line passes over or under another), a node is put
 * at the crossing and both hops are split there. The layout then keeps the crossing as a point
 * where the lines pass through each other, instead of being free to draw it anywhere (or
 * counting it against itself). The new nodes have an empty label, so they get no label; their
 * ids start with CROSSING_NODE_PREFIX so a drawing can leave out their marker. Hops are taken
 * as straight segments between their stations' positions (the input has no track shapes);
 * stations without a position take no part. Pure and deterministic; an input without such
 * crossings is returned unchanged.
 */
export function insertCrossingNodes(input: LayoutInput): { input: LayoutInput; crossings: CrossingNode[] } {
	const at = new Map(input.stations.map((s) => [s.id, s.position]));
	const hops = input.edges.map((e) => ({ e, a: at.get(e.from), b: at.get(e.to) }));
	const crossings: CrossingNode[] = [];
	/** Per hop index: the crossings on it, by the parameter along from → to. */
	const cuts = new Map<number, { t: number; id: string }[]>();
	const byPoint = new Map<string, CrossingNode>();
	const cut = (i: number, t: number, id: string) => {
		const list = cuts.get(i) ?? [];
		if (!list.some((c) => c.id === id)) list.push({ t, id });
		cuts.set(i, list);
	};

	const boxes = hops.map(({ a, b }) =>
		a && b ? { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) } : null
	);
	for (let i = 0; i < hops.length; i++) {
		const p = hops[i]!;
		const bi = boxes[i];
		if (!bi) continue;
		for (let j = i + 1; j < hops.length; j++) {
			const q = hops[j]!;
			const bj = boxes[j];
			if (!bj || bj.x0 > bi.x1 || bj.x1 < bi.x0 || bj.y0 > bi.y1 || bj.y1 < bi.y0) continue;
			if (p.e.from === q.e.from || p.e.from === q.e.to || p.e.to === q.e.from || p.e.to === q.e.to) continue;
			const hit = properIntersection(p.a!, p.b!, q.a!, q.b!);
			if (!hit) continue;
			// Three or more hops through one point share one node.
			const key = `${hit.x.toFixed(3)},${hit.y.toFixed(3)}`;
			let node = byPoint.get(key);
			if (!node) {
				node = { id: `${CROSSING_NODE_PREFIX}${hopName(p.e)}×${hopName(q.e)}`, position: { x: hit.x, y: hit.y }, hops: [hopName(p.e), hopName(q.e)] };
				byPoint.set(key, node);
				crossings.push(node);
			}
			cut(i, hit.t, node.id);
			cut(j, hit.u, node.id);
		}
	}
	if (crossings.length === 0) return { input, crossings };

	/** Per split hop (`from→to`): the stops from → crossings → to. */
	const chains = new Map<string, string[]>();
	const edges: LayoutEdgeInput[] = [];
	input.edges.forEach((e, i) => {
		const list = cuts.get(i);
		if (!list) return void edges.push(e);
		const chain = [e.from, ...list.sort((x, y) => x.t - y.t).map((c) => c.id), e.to];
		chains.set(hopName(e), chain);
		for (let k = 0; k + 1 < chain.length; k++) edges.push({ from: chain[k]!, to: chain[k + 1]!, lines: e.lines });
	});
	const lines = input.lines.map((l) => {
		const stations: string[] = [];
		const added = new Set<string>();
		l.stations.forEach((s, k) => {
			stations.push(s);
			const next = l.stations[k + 1];
			if (next === undefined) return;
			const forward = chains.get(`${s}→${next}`);
			const backward = chains.get(`${next}→${s}`);
			const inner = forward ? forward.slice(1, -1) : backward ? backward.slice(1, -1).reverse() : [];
			for (const c of inner) if (!added.has(c)) stations.push(c), added.add(c);
		});
		// A branching line lists some hops' ends apart: their crossings go last (the list gives
		// direction and output, not hops).
		for (const e of input.edges)
			if (e.lines.includes(l.id)) for (const c of chains.get(hopName(e))?.slice(1, -1) ?? []) if (!added.has(c)) stations.push(c), added.add(c);
		return { ...l, stations };
	});
	return {
		input: {
			...input,
			stations: [...input.stations, ...crossings.map((c) => ({ id: c.id, label: '', position: { x: c.position.x, y: c.position.y } }))],
			edges,
			lines
		},
		crossings
	};
}

const hopName = (e: { from: string; to: string }) => `${e.from}→${e.to}`;

/** The point where segments ab and cd cross inside both (not at or near an end), with its parameters. */
function properIntersection(a: Point, b: Point, c: Point, d: Point): (Point & { t: number; u: number }) | null {
	const rx = b.x - a.x, ry = b.y - a.y;
	const sx = d.x - c.x, sy = d.y - c.y;
	const den = rx * sy - ry * sx;
	if (Math.abs(den) < 1e-12 * Math.hypot(rx, ry) * Math.hypot(sx, sy)) return null; // parallel (or overlapping)
	const t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / den;
	const u = ((c.x - a.x) * ry - (c.y - a.y) * rx) / den;
	if (t <= END_EPSILON || t >= 1 - END_EPSILON || u <= END_EPSILON || u >= 1 - END_EPSILON) return null;
	return { x: a.x + t * rx, y: a.y + t * ry, t, u };
}

/**
 * How a layout drew the crossing nodes: `nodes` of them, and at `linesCross` of them the two
 * lines really pass through each other (their hops alternate around the node, so each line
 * goes on across the other). Elsewhere the lines only touch there and turn back.
 */
export function crossingNodeDrawing(result: { stations: { id: string }[]; edges: { from: string; to: string; lines: string[]; points: [number, number][] }[] }): {
	nodes: number;
	linesCross: number;
} {
	const around = new Map<string, { angle: number; lines: string }[]>();
	for (const s of result.stations) if (isCrossingNode(s.id)) around.set(s.id, []);
	for (const e of result.edges)
		for (const [end, pts] of [
			[e.from, e.points],
			[e.to, e.points.slice().reverse()]
		] as const) {
			const list = around.get(end);
			if (list && pts.length > 1) list.push({ angle: Math.atan2(pts[1]![1] - pts[0]![1], pts[1]![0] - pts[0]![0]), lines: [...e.lines].sort().join(' ') });
		}
	let linesCross = 0;
	for (const list of around.values()) {
		list.sort((p, q) => p.angle - q.angle);
		if (list.length === 4 && list[0]!.lines === list[2]!.lines && list[1]!.lines === list[3]!.lines && list[0]!.lines !== list[1]!.lines) linesCross++;
	}
	return { nodes: around.size, linesCross };
}
