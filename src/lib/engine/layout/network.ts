import { LayoutInputError } from './errors';
import type { LayoutInput, Point } from './types';

export interface NetEdge {
	/** Station indices in the input's orientation (from, to). */
	a: number;
	b: number;
	/** Line indices riding this hop, ascending. */
	lines: number[];
}

/** The input indexed by number, checked once so later stages can trust it. */
export interface Network {
	ids: string[];
	index: Map<string, number>;
	labels: string[];
	position: (Point | undefined)[];
	pinned: (Point | undefined)[];
	edges: NetEdge[];
	/** Per station: incident edge indices. */
	adj: number[][];
	lineIds: string[];
	lineColours: string[];
	/** The name a line is written with where its colour is close to another's ('' for none). */
	lineNames: string[];
	/** Stops per line in the input's order (not necessarily all joined by hops). */
	lineStations: number[][];
	/** The edge joining two stations, or undefined. */
	edgeBetween(a: number, b: number): number | undefined;
}

const MAX_DEGREE = 8;

function finitePoint(p: Point | undefined, what: string): Point | undefined {
	if (p === undefined) return undefined;
	if (typeof p !== 'object' || p === null || !Number.isFinite(p.x) || !Number.isFinite(p.y))
		throw new LayoutInputError(`${what} must be {x, y} with finite numbers, got ${JSON.stringify(p)}`);
	return { x: p.x, y: p.y };
}

/**
 * Checks and indexes the input. The hops are the input's edges; a hop listed twice (say once
 * per line) is merged and its lines united. A line's station list gives its direction and
 * the output, not hops: a branching line cannot be one list of consecutive stops.
 */
export function buildNetwork(input: LayoutInput, options: { maxDegree?: number } = {}): Network {
	// The octilinear map has eight directions; the overview (overview.ts) lifts the limit.
	const maxDegree = options.maxDegree ?? MAX_DEGREE;
	const ids: string[] = [];
	const index = new Map<string, number>();
	const labels: string[] = [];
	const position: (Point | undefined)[] = [];
	const pinned: (Point | undefined)[] = [];
	for (const s of input.stations) {
		if (typeof s.id !== 'string' || s.id === '') throw new LayoutInputError(`station id must be a non-empty string, got ${JSON.stringify(s.id)}`);
		if (index.has(s.id)) throw new LayoutInputError(`duplicate station id '${s.id}'`);
		if (typeof s.label !== 'string') throw new LayoutInputError(`station '${s.id}': label must be a string`);
		index.set(s.id, ids.length);
		ids.push(s.id);
		labels.push(s.label);
		position.push(finitePoint(s.position, `station '${s.id}': position`));
		pinned.push(finitePoint(s.pinned, `station '${s.id}': pinned`));
	}

	const lineIndex = new Map<string, number>();
	const lineIds: string[] = [];
	const lineColours: string[] = [];
	const lineNames: string[] = [];
	const lineStations: number[][] = [];
	for (const l of input.lines) {
		if (typeof l.id !== 'string' || l.id === '') throw new LayoutInputError(`line id must be a non-empty string, got ${JSON.stringify(l.id)}`);
		if (lineIndex.has(l.id)) throw new LayoutInputError(`duplicate line id '${l.id}'`);
		lineIndex.set(l.id, lineIds.length);
		lineIds.push(l.id);
		lineColours.push(l.colour);
		if (l.name !== undefined && typeof l.name !== 'string') throw new LayoutInputError(`line '${l.id}': name must be a string`);
		lineNames.push(l.name?.trim() ?? '');
		lineStations.push(
			l.stations.map((sid) => {
				const i = index.get(sid);
				if (i === undefined) throw new LayoutInputError(`line '${l.id}': unknown station '${sid}'`);
				return i;
			})
		);
	}

	const edges: NetEdge[] = [];
	const edgeByPair = new Map<number, number>();
	const n = ids.length;
	const addHop = (a: number, b: number, line: number | undefined, what: string) => {
		if (a === b) throw new LayoutInputError(`${what}: a hop must join two different stations, got '${ids[a]}' twice`);
		const key = a < b ? a * n + b : b * n + a;
		let e = edgeByPair.get(key);
		if (e === undefined) {
			e = edges.length;
			edgeByPair.set(key, e);
			edges.push({ a, b, lines: [] });
		}
		const lines = edges[e]!.lines;
		if (line !== undefined && !lines.includes(line)) lines.push(line);
	};
	for (const e of input.edges) {
		const a = index.get(e.from);
		const b = index.get(e.to);
		if (a === undefined) throw new LayoutInputError(`edge ${e.from}→${e.to}: unknown station '${e.from}'`);
		if (b === undefined) throw new LayoutInputError(`edge ${e.from}→${e.to}: unknown station '${e.to}'`);
		if (e.lines.length === 0) addHop(a, b, undefined, `edge ${e.from}→${e.to}`);
		for (const lid of e.lines) {
			const li = lineIndex.get(lid);
			if (li === undefined) throw new LayoutInputError(`edge ${e.from}→${e.to}: unknown line '${lid}'`);
			addHop(a, b, li, `edge ${e.from}→${e.to}`);
		}
	}
	for (const e of edges) e.lines.sort((x, y) => x - y);

	const adj: number[][] = ids.map(() => []);
	edges.forEach((e, i) => {
		adj[e.a]!.push(i);
		adj[e.b]!.push(i);
	});
	adj.forEach((list, s) => {
		if (list.length > maxDegree)
			throw new LayoutInputError(
				`station '${ids[s]}' has ${list.length} neighbours; an octilinear map allows at most ${maxDegree}`
			);
	});
	const edgeBetween = (a: number, b: number) => edgeByPair.get(a < b ? a * n + b : b * n + a);
	return { ids, index, labels, position, pinned, edges, adj, lineIds, lineColours, lineNames, lineStations, edgeBetween };
}

export const otherEnd = (e: NetEdge, s: number): number => (e.a === s ? e.b : e.a);
