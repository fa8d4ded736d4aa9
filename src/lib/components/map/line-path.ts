import type { XY } from './types';

/** Coordinates to three decimals, as d3-shape writes them: the map's paths stay as they were. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * SVG path data through the points; octilinear maps keep sharp corners (the stroke rounds them).
 * Straight segments only, so a few lines here instead of d3-shape in every page's JavaScript.
 */
export function linePath(points: readonly XY[]): string {
	if (points.length === 0) return '';
	const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
	return points.length === 1 ? `${d}Z` : d;
}
