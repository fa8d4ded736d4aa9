import type { XY } from '$lib/components/map/types';

/**
 * The corners of a staircase through the points: each value holds until the next point's x, then
 * steps (a salary changes on the day of the move, not gradually). Draw it with `linePath`.
 */
export function stepAfter(points: readonly XY[]): XY[] {
	return points.flatMap(([x, y], i): XY[] => (i === 0 ? [[x, y]] : [[x, points[i - 1]![1]], [x, y]]));
}
