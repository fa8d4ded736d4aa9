import type { LabelPlacement } from './types';

/** Axis-aligned box. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** The box a placed label's text takes (see LabelPlacement). */
export function labelBox(l: LabelPlacement): Box {
	const x0 = l.anchor === 'start' ? l.x : l.anchor === 'middle' ? l.x - l.width / 2 : l.x - l.width;
	return { x0, y0: l.y - l.height / 2, x1: x0 + l.width, y1: l.y + l.height / 2 };
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
	return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
	const vx = bx - ax;
	const vy = by - ay;
	const len2 = vx * vx + vy * vy;
	let t = len2 > 0 ? ((px - ax) * vx + (py - ay) * vy) / len2 : 0;
	t = t < 0 ? 0 : t > 1 ? 1 : t;
	return Math.hypot(px - ax - t * vx, py - ay - t * vy);
}

export function pointBoxDistance(px: number, py: number, b: Box): number {
	const dx = px < b.x0 ? b.x0 - px : px > b.x1 ? px - b.x1 : 0;
	const dy = py < b.y0 ? b.y0 - py : py > b.y1 ? py - b.y1 : 0;
	return Math.hypot(dx, dy);
}

/** Segments properly crossing or touching (shared endpoints excluded by the caller). */
export function segmentsIntersect(
	ax: number, ay: number, bx: number, by: number,
	cx: number, cy: number, dx: number, dy: number
): boolean {
	const o1 = orient(ax, ay, bx, by, cx, cy);
	const o2 = orient(ax, ay, bx, by, dx, dy);
	const o3 = orient(cx, cy, dx, dy, ax, ay);
	const o4 = orient(cx, cy, dx, dy, bx, by);
	if (o1 !== o2 && o3 !== o4) return true;
	if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return true;
	if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return true;
	if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return true;
	if (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return true;
	return false;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
	const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
	return Math.abs(v) < 1e-9 ? 0 : v > 0 ? 1 : -1;
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
	return Math.min(ax, bx) - 1e-9 <= px && px <= Math.max(ax, bx) + 1e-9 && Math.min(ay, by) - 1e-9 <= py && py <= Math.max(ay, by) + 1e-9;
}

/** Distance between a segment and a box (0 when they touch or the segment enters it). */
export function segmentBoxDistance(ax: number, ay: number, bx: number, by: number, b: Box): number {
	// Liang–Barsky clipping: does any part of the segment lie inside the box?
	const dx = bx - ax;
	const dy = by - ay;
	let t0 = 0;
	let t1 = 1;
	let inside = true;
	for (let side = 0; side < 4 && inside; side++) {
		const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
		const q = side === 0 ? ax - b.x0 : side === 1 ? b.x1 - ax : side === 2 ? ay - b.y0 : b.y1 - ay;
		if (p === 0) {
			if (q < 0) inside = false;
			continue;
		}
		const r = q / p;
		if (p < 0) {
			if (r > t1) inside = false;
			else if (r > t0) t0 = r;
		} else if (r < t0) inside = false;
		else if (r < t1) t1 = r;
	}
	if (inside) return 0;
	// Apart: the nearest points are an end of the segment or a corner of the box.
	let d = Math.min(pointBoxDistance(ax, ay, b), pointBoxDistance(bx, by, b));
	d = Math.min(d, pointSegmentDistance(b.x0, b.y0, ax, ay, bx, by), pointSegmentDistance(b.x1, b.y0, ax, ay, bx, by));
	d = Math.min(d, pointSegmentDistance(b.x0, b.y1, ax, ay, bx, by), pointSegmentDistance(b.x1, b.y1, ax, ay, bx, by));
	return d;
}

/** True when a line of half-width `half` along a→b covers part of the box. */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, half: number, b: Box): boolean {
	return segmentBoxDistance(ax, ay, bx, by, b) < half - 1e-9;
}

export function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
	return pointBoxDistance(cx, cy, b) < r - 1e-9;
}
