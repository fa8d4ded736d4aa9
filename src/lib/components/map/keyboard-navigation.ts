import type { MapGeometry } from './line-geometry';
import type { XY } from './types';

/** One way out of a station: riding `line` to the neighbouring stop `to`, leaving in `direction`. */
export interface NavLink {
	line: string;
	to: string;
	/** Unit vector of the first drawn segment, as the eye sees the line leave (y down). */
	direction: XY;
}

/** Where keyboard focus is on the map: a station, and the line the traveller is looking along. */
export interface MapCursor {
	station: string;
	line: string;
}

export type NavGraph = ReadonlyMap<string, readonly NavLink[]>;

export const ARROW_DIRECTIONS = {
	ArrowRight: [1, 0],
	ArrowLeft: [-1, 0],
	ArrowUp: [0, -1],
	ArrowDown: [0, 1]
} as const satisfies Record<string, XY>;
export type ArrowKey = keyof typeof ARROW_DIRECTIONS;

/**
 * A neighbour counts as "in that direction" within about 70° of the arrow, so a diagonal hop
 * answers both of its arrows and a line running straight up never answers Right.
 */
const MIN_COSINE = 0.34;

export function isArrowKey(key: string): key is ArrowKey {
	return key in ARROW_DIRECTIONS;
}

/** Links between consecutive stops of every line, both ways, with the direction they are drawn in. */
export function navigationGraph(lines: readonly { id: string; stations: readonly string[] }[], geometry: MapGeometry): NavGraph {
	const graph = new Map<string, NavLink[]>();
	const add = (line: string, from: string, to: string) => {
		const first = geometry.hop(line, from, to)[0];
		if (!first) return;
		const dx = first.to[0] - first.from[0];
		const dy = first.to[1] - first.from[1];
		const length = Math.hypot(dx, dy);
		const links = graph.get(from) ?? [];
		links.push({ line, to, direction: [dx / length, dy / length] });
		graph.set(from, links);
	};
	for (const line of lines)
		for (let i = 0; i + 1 < line.stations.length; i++) {
			add(line.id, line.stations[i]!, line.stations[i + 1]!);
			add(line.id, line.stations[i + 1]!, line.stations[i]!);
		}
	return graph;
}

/** Lines that leave a station, in the order they were first met. */
export function linesAt(graph: NavGraph, station: string): string[] {
	return [...new Set((graph.get(station) ?? []).map((l) => l.line))];
}

function best(links: readonly NavLink[], towards: XY): NavLink | null {
	let found: NavLink | null = null;
	let bestCosine = MIN_COSINE;
	for (const link of links) {
		const cosine = link.direction[0] * towards[0] + link.direction[1] * towards[1];
		if (cosine > bestCosine + 1e-9) {
			found = link;
			bestCosine = cosine;
		}
	}
	return found;
}

/**
 * The stop an arrow key leads to: the geometrically best neighbour on the current line, or,
 * when the current line does not go that way, the best neighbour on another line here
 * (which then becomes the current line). Null when nothing lies in that direction.
 */
export function move(graph: NavGraph, cursor: MapCursor, key: ArrowKey): MapCursor | null {
	const links = graph.get(cursor.station) ?? [];
	const towards = ARROW_DIRECTIONS[key];
	const chosen = best(
		links.filter((l) => l.line === cursor.line),
		towards
	) ?? best(links, towards);
	return chosen ? { station: chosen.to, line: chosen.line } : null;
}

/** Changes to the next line serving the station (wrapping), as a traveller would at an interchange. */
export function changeLine(graph: NavGraph, cursor: MapCursor): MapCursor {
	const lines = linesAt(graph, cursor.station);
	if (lines.length === 0) return cursor;
	const next = lines[(lines.indexOf(cursor.line) + 1) % lines.length]!;
	return { station: cursor.station, line: next };
}
