import { line } from 'd3-shape';
import type { XY } from './types';

const draw = line<XY>();

/** SVG path data through the points; octilinear maps keep sharp corners (the stroke rounds them). */
export function linePath(points: readonly XY[]): string {
	return draw(points as XY[]) ?? '';
}
