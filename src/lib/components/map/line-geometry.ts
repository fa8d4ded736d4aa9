import type { LayoutEdge, LayoutResult } from '$lib/engine/layout/types';
import type { XY } from './types';

/** A straight piece of a line's drawing: its centre-line ends and its sideways offset. */
export interface OffsetSegment {
	from: XY;
	to: XY;
	/** Distance along the right-hand normal (-dy, dx) of the walking direction. */
	offset: number;
}

/** Where a line is drawn, and the point(s) where it passes each of its stations. */
export interface LineCourse {
	points: XY[];
	at: Map<string, XY[]>;
}

const EPS = 1e-6;
/** A corner whose miter would reach further than this many offsets is bevelled instead. */
const MITER_LIMIT = 4;

function unitNormal(s: OffsetSegment): XY {
	const dx = s.to[0] - s.from[0];
	const dy = s.to[1] - s.from[1];
	const len = Math.hypot(dx, dy);
	return [-dy / len, dx / len];
}

function shift(p: XY, n: XY, by: number): XY {
	return [p[0] + n[0] * by, p[1] + n[1] * by];
}

/**
 * The drawn corner(s) where segment `a` hands over to `b`: the point that lies at a's offset
 * from a's centre-line and at b's offset from b's. Parallel segments with different offsets
 * (a line changing its place in a bundle) and needle-sharp corners get two points instead.
 */
export function joint(a: OffsetSegment, b: OffsetSegment): XY[] {
	const p = a.to;
	const na = unitNormal(a);
	const nb = unitNormal(b);
	const det = na[0] * nb[1] - na[1] * nb[0];
	const parallel = Math.abs(det) < EPS;
	if (parallel && na[0] * nb[0] + na[1] * nb[1] > 0 && Math.abs(a.offset - b.offset) < EPS) return [shift(p, na, a.offset)];
	if (!parallel) {
		const vx = (a.offset * nb[1] - b.offset * na[1]) / det;
		const vy = (na[0] * b.offset - nb[0] * a.offset) / det;
		if (Math.hypot(vx, vy) <= MITER_LIMIT * Math.max(Math.abs(a.offset), Math.abs(b.offset), 1)) return [[p[0] + vx, p[1] + vy]];
	}
	return [shift(p, na, a.offset), shift(p, nb, b.offset)];
}

/** Offset of line `index` among `count` parallel lines, per the layout's edge contract. */
export function parallelOffset(index: number, count: number, spacing: number): number {
	return (index - (count - 1) / 2) * spacing;
}

function sameXY(a: XY, b: XY): boolean {
	return Math.abs(a[0] - b[0]) < EPS && Math.abs(a[1] - b[1]) < EPS;
}

/**
 * Geometry of one laid-out map: draws any line (or part of one, like a route leg) through a
 * sequence of its stations with the parallel offsets the layout chose for shared hops.
 */
export class MapGeometry {
	private readonly edges = new Map<string, LayoutEdge[]>();
	private readonly positions = new Map<string, XY>();

	constructor(private readonly layout: Pick<LayoutResult, 'stations' | 'edges' | 'style'>) {
		for (const s of layout.stations) this.positions.set(s.id, [s.x, s.y]);
		for (const e of layout.edges) {
			const key = pairKey(e.from, e.to);
			const list = this.edges.get(key);
			if (list) list.push(e);
			else this.edges.set(key, [e]);
		}
	}

	position(station: string): XY | undefined {
		return this.positions.get(station);
	}

	/**
	 * The segments of one hop as `line` rides it from `a` to `b`. Walking an edge backwards
	 * mirrors its left and right, so the offset changes sign. A hop the layout does not know
	 * is drawn straight so a stale route still shows rather than breaking the map.
	 */
	hop(line: string, a: string, b: string): OffsetSegment[] {
		const edge = (this.edges.get(pairKey(a, b)) ?? []).find((e) => e.lines.includes(line));
		let points: XY[];
		let offset = 0;
		if (edge) {
			const forward = edge.from === a;
			points = forward ? edge.points : [...edge.points].reverse();
			// Walking the edge backwards negates its normal while the line stays where it is.
			const o = parallelOffset(edge.lines.indexOf(line), edge.lines.length, this.layout.style.lineSpacing);
			offset = forward ? o : -o;
		} else {
			const pa = this.positions.get(a);
			const pb = this.positions.get(b);
			points = pa && pb ? [pa, pb] : [];
		}
		const segments: OffsetSegment[] = [];
		for (let i = 1; i < points.length; i++)
			if (!sameXY(points[i - 1]!, points[i]!)) segments.push({ from: points[i - 1]!, to: points[i]!, offset });
		return segments;
	}

	/** Draws `line` through `stations` (consecutive stops of that line, in either direction). */
	course(line: string, stations: readonly string[]): LineCourse {
		const at = new Map<string, XY[]>();
		const points: XY[] = [];
		let previous: OffsetSegment | null = null;
		const record = (station: string, p: XY[]) => at.set(station, [...(at.get(station) ?? []), ...p]);
		for (let i = 0; i + 1 < stations.length; i++) {
			const segments = this.hop(line, stations[i]!, stations[i + 1]!);
			if (segments.length === 0) continue;
			const first = segments[0]!;
			const corner: XY[] = previous && sameXY(previous.to, first.from) ? joint(previous, first) : [shift(first.from, unitNormal(first), first.offset)];
			record(stations[i]!, corner);
			points.push(...corner);
			for (let j = 1; j < segments.length; j++) points.push(...joint(segments[j - 1]!, segments[j]!));
			previous = segments[segments.length - 1]!;
		}
		if (previous) {
			const end = shift(previous.to, unitNormal(previous), previous.offset);
			record(stations[stations.length - 1]!, [end]);
			points.push(end);
		}
		return { points, at };
	}
}

function pairKey(a: string, b: string): string {
	return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
