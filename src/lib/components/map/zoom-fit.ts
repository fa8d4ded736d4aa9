import type { ZoomView } from './label-visibility';

export interface Box {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/**
 * The zoom that shows `box` (map units) as large as fits in `extent` (viewBox units) with
 * `padding` around it, centred, and never beyond the allowed scales.
 */
export function fitView(box: Box, extent: Box, padding: number, scale: { min: number; max: number }): ZoomView {
	const width = Math.max(box.maxX - box.minX, 1) + 2 * padding;
	const height = Math.max(box.maxY - box.minY, 1) + 2 * padding;
	const fit = Math.min((extent.maxX - extent.minX) / width, (extent.maxY - extent.minY) / height);
	const k = Math.min(scale.max, Math.max(scale.min, fit));
	const cx = (box.minX + box.maxX) / 2;
	const cy = (box.minY + box.maxY) / 2;
	return { k, x: (extent.minX + extent.maxX) / 2 - k * cx, y: (extent.minY + extent.maxY) / 2 - k * cy };
}

/** The smallest box around some points; null when there are none. */
export function boxAround(points: readonly (readonly [number, number])[]): Box | null {
	if (points.length === 0) return null;
	const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	for (const [x, y] of points) {
		box.minX = Math.min(box.minX, x);
		box.minY = Math.min(box.minY, y);
		box.maxX = Math.max(box.maxX, x);
		box.maxY = Math.max(box.maxY, y);
	}
	return box;
}
