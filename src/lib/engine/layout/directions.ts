import type { Compass } from './types';

/**
 * The eight octilinear directions, counter-clockwise as seen on screen, starting east.
 * Screen y points down, so "north" is dy = -1.
 */
export const DX = [1, 1, 0, -1, -1, -1, 0, 1] as const;
export const DY = [0, -1, -1, -1, 0, 1, 1, 1] as const;
export const COMPASS: readonly Compass[] = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'];

export const opposite = (d: number): number => (d + 4) & 7;
export const isDiagonal = (d: number): boolean => (d & 1) === 1;

/** How far a path turns when it goes on in `to` after arriving in `from`: 0 (straight) .. 4 (reverse). */
export function turnSteps(from: number, to: number): number {
	const t = Math.abs(from - to) & 7;
	return t > 4 ? 8 - t : t;
}

/** Counter-clockwise steps from direction a to direction b, in 1..8 (a full turn when equal). */
export function ccwSteps(a: number, b: number): number {
	const s = (b - a) & 7;
	return s === 0 ? 8 : s;
}

/** The octilinear direction of a unit grid step, or -1 when (dx, dy) is not one. */
export function directionOf(dx: number, dy: number): number {
	for (let d = 0; d < 8; d++) if (DX[d] === dx && DY[d] === dy) return d;
	return -1;
}

/** Counter-clockwise screen angle of a vector in [0, 2π). */
export function screenAngle(dx: number, dy: number): number {
	const a = Math.atan2(-dy, dx);
	return a < 0 ? a + 2 * Math.PI : a;
}

/** True when a segment of this direction is horizontal, vertical or at 45°. */
export function isOctilinear(dx: number, dy: number, eps = 1e-6): boolean {
	const ax = Math.abs(dx);
	const ay = Math.abs(dy);
	if (ax < eps && ay < eps) return true;
	return ax < eps || ay < eps || Math.abs(ax - ay) < eps * Math.max(1, ax);
}
