/** Axis-aligned box. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
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

function pointBoxDistance(px: number, py: number, b: Box): number {
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
	const inside = (x: number, y: number) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
	if (inside(ax, ay) || inside(bx, by)) return 0;
	const edges: [number, number, number, number][] = [
		[b.x0, b.y0, b.x1, b.y0],
		[b.x1, b.y0, b.x1, b.y1],
		[b.x1, b.y1, b.x0, b.y1],
		[b.x0, b.y1, b.x0, b.y0]
	];
	for (const [cx, cy, dx, dy] of edges) if (segmentsIntersect(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
	let d = Math.min(pointBoxDistance(ax, ay, b), pointBoxDistance(bx, by, b));
	for (const [cx, cy] of edges) d = Math.min(d, pointSegmentDistance(cx, cy, ax, ay, bx, by));
	return d;
}

/** True when a line of half-width `half` along a→b covers part of the box. */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, half: number, b: Box): boolean {
	return segmentBoxDistance(ax, ay, bx, by, b) < half - 1e-9;
}

export function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
	return pointBoxDistance(cx, cy, b) < r - 1e-9;
}
